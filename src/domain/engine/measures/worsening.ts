import { MEASURES } from "../../model/vocabulary";
import type { CaseWarning } from "../analysis";
import { MEASURE_LABELS } from "./bands";
import type { MeasureSeries } from "./series";

/** A score `worseningPoints` or more above the previous score on the same measure. */
export function worseningWarnings(series: MeasureSeries, worseningPoints: number): CaseWarning[] {
	const warnings: CaseWarning[] = [];
	for (const measure of MEASURES) {
		const points = series[measure] ?? [];
		for (let i = 1; i < points.length; i++) {
			const previous = points[i - 1];
			const current = points[i];
			if (previous === undefined || current === undefined) continue;
			const rise = current.score - previous.score;
			if (rise < worseningPoints) continue;
			warnings.push({
				id: "worsening",
				message:
					`${MEASURE_LABELS[measure]} went up from ${previous.score} at session ${previous.session} to ${current.score} at session ${current.session} ` +
					`(+${rise} points): review the change and the risk with the client.`,
				path: current.path,
				session: current.session,
			});
		}
	}
	return warnings;
}
