import type { Measure } from "../../model/vocabulary";
import { MEASURES } from "../../model/vocabulary";
import type { EngineSettings } from "../../settings/engine-settings";
import type { ChangeCategory, MeasurePoint, MeasureSummary } from "../analysis";
import { bandOf, isRemission, isResponse, responseCeiling } from "./bands";
import type { MeasureSeries } from "./series";
import { changeRule, measureRule } from "../rules/catalogue";

/** Reliable change from baseline to latest (ipt-rules.md "Measures"). */
export function changeCategory(baseline: number, latest: number, reliableChange: number, remissionBelow: number): ChangeCategory {
	if (baseline - latest >= reliableChange) return isRemission(latest, remissionBelow) ? "recovered" : "improved";
	if (latest - baseline >= reliableChange) return "deteriorated";
	return "no-reliable-change";
}

/**
 * Remission is sustained: two scores in a row below the cut-off, so that one good
 * week is not read as the end of the episode.
 */
function sustainedRemission(points: readonly MeasurePoint[], below: number): boolean {
	const lastTwo = points.slice(-2);
	return lastTwo.length === 2 && lastTwo.every((p) => isRemission(p.score, below));
}

/**
 * Baseline, latest, band, count, response, remission and reliable change for each
 * measure the case has scores on. A baseline is a score taken by `baselineBy` (the last
 * session of the initial phase): a first score later in treatment says where the client
 * was then, not where treatment started.
 */
export function measureSummaries(series: MeasureSeries, settings: EngineSettings, baselineBy: number): Partial<Record<Measure, MeasureSummary>> {
	const out: Partial<Record<Measure, MeasureSummary>> = {};
	for (const measure of MEASURES) {
		const points = series[measure];
		const first = points?.[0];
		const last = points?.[points.length - 1];
		if (points === undefined || first === undefined || last === undefined) continue;
		const baseline = first.session <= baselineBy ? first.score : null;
		const remissionBelow = settings.remissionBelow[measure];
		const reliableChange = settings.reliableChange[measure];
		const change = baseline === null ? null : changeCategory(baseline, last.score, reliableChange, remissionBelow);
		out[measure] = {
			baseline,
			baselineSession: baseline === null ? null : first.session,
			first,
			latest: last.score,
			band: bandOf(measure, last.score),
			count: points.length,
			response: baseline !== null && isResponse(baseline, last.score, settings.responseReductionPercent),
			belowRemission: isRemission(last.score, remissionBelow),
			remission: sustainedRemission(points, remissionBelow),
			change,
			changeRule: change === null ? null : changeRule(change, settings, measure),
			responseRule: baseline === null ? null : measureRule("response", settings, measure),
			remissionRule: measureRule("remission", settings, measure),
			reliableChange,
			responseAt: baseline === null ? null : responseCeiling(baseline, settings.responseReductionPercent),
			remissionBelow,
			points,
		};
	}
	return out;
}
