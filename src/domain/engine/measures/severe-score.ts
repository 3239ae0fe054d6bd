import { MEASURES } from "../../model/vocabulary";
import type { EngineSettings } from "../../settings/engine-settings";
import type { CaseWarning } from "../analysis";
import { bandFor, MEASURE_LABELS } from "./bands";
import type { MeasureSeries } from "./series";
import { measureRule } from "../rules/catalogue";

/** The latest score of a measure in its top band: severity that the next session must take up. */
export function severeScoreWarnings(series: MeasureSeries, settings: EngineSettings): CaseWarning[] {
	return MEASURES.flatMap((measure): CaseWarning[] => {
		const points = series[measure] ?? [];
		const latest = points[points.length - 1];
		const from = settings.severeFrom[measure];
		if (latest === undefined || latest.score < from) return [];
		const label = MEASURE_LABELS[measure];
		return [
			{
				id: "severe-score",
				message:
					`The latest ${label} score is ${latest.score} at session ${latest.session} (${bandFor(measure, latest.score).label.toLowerCase()}, ${from} or more): ` +
					"review severity and risk, and whether IPT alone is enough.",
				path: latest.path,
				session: latest.session,
				rule: measureRule("severe-score", settings, measure),
			},
		];
	});
}
