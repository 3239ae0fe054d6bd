// Each measure's scores in session order, the base of summaries, worsening and the timeline.
import type { Measure } from "../../model/vocabulary";
import { MEASURES } from "../../model/vocabulary";
import type { MeasurePoint } from "../analysis";
import type { NumberedSession } from "../sessions";

/** A usable score: a finite number (the schema has already checked the range). */
export function scoreOf(record: NumberedSession["record"], measure: Measure): number | null {
	const score = record.scores[measure];
	return score !== undefined && Number.isFinite(score) ? score : null;
}

export type MeasureSeries = Readonly<Partial<Record<Measure, readonly MeasurePoint[]>>>;

/** Only numbered sessions: a score has a place in a series only through its session number. */
export function measureSeries(numbered: readonly NumberedSession[]): MeasureSeries {
	const series: Partial<Record<Measure, MeasurePoint[]>> = {};
	for (const { number, record } of numbered) {
		for (const measure of MEASURES) {
			const score = scoreOf(record, measure);
			if (score === null) continue;
			const point: MeasurePoint = { session: number, date: record.date?.text ?? null, score, path: record.path };
			(series[measure] ??= []).push(point);
		}
	}
	return series;
}
