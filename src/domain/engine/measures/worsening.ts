import { MEASURES } from "../../model/vocabulary";
import type { EngineSettings } from "../../settings/engine-settings";
import type { CaseWarning, MeasurePoint } from "../analysis";
import { MEASURE_LABELS } from "./bands";
import type { MeasureSeries } from "./series";
import { measureRule } from "../rules/catalogue";

/**
 * The rise a score shows: against the previous score when that rise is reliable,
 * else against the lowest score so far, so that a steady climb of small steps (10,
 * 13, 16, 19) is caught once it adds up to a reliable change.
 */
function riseOf(current: MeasurePoint, previous: MeasurePoint, lowest: MeasurePoint, reliable: number): { from: MeasurePoint; rise: number } | null {
	if (current.score - previous.score >= reliable) return { from: previous, rise: current.score - previous.score };
	if (current.score - lowest.score >= reliable) return { from: lowest, rise: current.score - lowest.score };
	return null;
}

/** A score at least the measure's reliable change above the previous score or the lowest so far. */
export function worseningWarnings(series: MeasureSeries, settings: EngineSettings): CaseWarning[] {
	const warnings: CaseWarning[] = [];
	for (const measure of MEASURES) {
		const points = series[measure] ?? [];
		const reliable = settings.reliableChange[measure];
		let lowest = points[0];
		for (let i = 1; i < points.length; i++) {
			const previous = points[i - 1];
			const current = points[i];
			if (previous === undefined || current === undefined || lowest === undefined) continue;
			const found = riseOf(current, previous, lowest, reliable);
			if (current.score < lowest.score) lowest = current;
			if (found === null) continue;
			const { from, rise } = found;
			const since = from === previous ? "" : ", its lowest so far,";
			warnings.push({
				id: "worsening",
				message:
					`${MEASURE_LABELS[measure]} went up from ${from.score} at session ${from.session}${since} to ${current.score} at session ${current.session} ` +
					`(+${rise} points, a reliable change is ${reliable}): review the change and the risk with the client.`,
				path: current.path,
				session: current.session,
				rule: measureRule("worsening", settings, measure),
			});
		}
	}
	return warnings;
}
