import type { Measure } from "../../model/vocabulary";
import { MEASURES } from "../../model/vocabulary";
import type { MeasureSummary } from "../analysis";
import { bandOf, isRemission, isResponse } from "./bands";
import type { MeasureSeries } from "./series";

/** Baseline, latest, band, count, response and remission for each measure the case has scores on. */
export function measureSummaries(series: MeasureSeries): Partial<Record<Measure, MeasureSummary>> {
	const out: Partial<Record<Measure, MeasureSummary>> = {};
	for (const measure of MEASURES) {
		const points = series[measure];
		const first = points?.[0];
		const last = points?.[points.length - 1];
		if (points === undefined || first === undefined || last === undefined) continue;
		out[measure] = {
			baseline: first.score,
			latest: last.score,
			band: bandOf(measure, last.score),
			count: points.length,
			response: isResponse(first.score, last.score),
			remission: isRemission(measure, last.score),
			points,
		};
	}
	return out;
}
