import { MEASURES } from "../../model/vocabulary";
import type { EngineSettings } from "../../settings/engine-settings";
import type { CaseWarning, MeasurePoint } from "../analysis";
import { MEASURE_LABELS } from "./bands";
import type { MeasureSeries } from "./series";
import { measureRule } from "../rules/catalogue";

/** A score that is a reliable change above an earlier one: the warning, and the point a chart marks. */
export interface Rise {
	readonly from: MeasurePoint;
	readonly to: MeasurePoint;
	readonly rise: number;
	/** `from` is the lowest score so far rather than the previous one. */
	readonly sinceLowest: boolean;
}

/**
 * The rise a score shows: against the previous score when that rise is reliable,
 * else against the lowest score so far, so that a steady climb of small steps (10,
 * 13, 16, 19) is caught once it adds up to a reliable change.
 */
function riseOf(current: MeasurePoint, previous: MeasurePoint, lowest: MeasurePoint, reliable: number): Rise | null {
	if (current.score - previous.score >= reliable) return { from: previous, to: current, rise: current.score - previous.score, sinceLowest: false };
	if (current.score - lowest.score >= reliable) return { from: lowest, to: current, rise: current.score - lowest.score, sinceLowest: true };
	return null;
}

/** Each score at least `reliable` points above the previous score or the lowest so far, in session order. */
export function worseningRises(points: readonly MeasurePoint[], reliable: number): Rise[] {
	const rises: Rise[] = [];
	let lowest = points[0];
	for (let i = 1; i < points.length; i++) {
		const previous = points[i - 1];
		const current = points[i];
		if (previous === undefined || current === undefined || lowest === undefined) continue;
		const found = riseOf(current, previous, lowest, reliable);
		if (current.score < lowest.score) lowest = current;
		if (found !== null) rises.push(found);
	}
	return rises;
}

/** A score at least the measure's reliable change above the previous score or the lowest so far. */
export function worseningWarnings(series: MeasureSeries, settings: EngineSettings): CaseWarning[] {
	return MEASURES.flatMap((measure) => {
		const reliable = settings.reliableChange[measure];
		return worseningRises(series[measure] ?? [], reliable).map(({ from, to, rise, sinceLowest }): CaseWarning => ({
			id: "worsening",
			message:
				`${MEASURE_LABELS[measure]} went up from ${from.score} at session ${from.session}${sinceLowest ? ", its lowest so far," : ""} to ${to.score} at session ${to.session} ` +
				`(+${rise} points, a reliable change is ${reliable}): review the change and the risk with the client.`,
			path: to.path,
			session: to.session,
			rule: measureRule("worsening", settings, measure),
		}));
	});
}
