import type { Measure } from "../../model/vocabulary";
import { MEASURES } from "../../model/vocabulary";
import type { EngineSettings } from "../../settings/engine-settings";
import type { MeasureSummary } from "../analysis";
import { bandOf, isRemission, isResponse, responseCeiling } from "./bands";
import type { MeasureSeries } from "./series";

/** Baseline, latest, band, count, response and remission for each measure the case has scores on. */
export function measureSummaries(series: MeasureSeries, settings: EngineSettings): Partial<Record<Measure, MeasureSummary>> {
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
			response: isResponse(first.score, last.score, settings.responseReductionPercent),
			remission: isRemission(last.score, settings.remissionBelow[measure]),
			responseAt: responseCeiling(first.score, settings.responseReductionPercent),
			remissionBelow: settings.remissionBelow[measure],
			points,
		};
	}
	return out;
}
