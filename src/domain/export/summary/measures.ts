// The measures: a summary row per measure, every score by session, and the chart.
import type { MeasurePoint, MeasureSummary } from "../../engine/analysis";
import { bandFor, MEASURE_LABELS } from "../../engine/measures/bands";
import { CHANGE_LABELS, remissionLabel } from "../../engine/measures/outcome-text";
import { MEASURES, type Measure } from "../../model/vocabulary";
import { count, section, table, yesNo } from "../markdown";
import { when, type SummaryContext } from "./context";

interface MeasureRow {
	readonly measure: Measure;
	readonly summary: MeasureSummary;
}

interface SessionScores {
	readonly session: number;
	readonly date: string | null;
	readonly scores: Map<Measure, number>;
}

/** One row per session with any score, each measure in its column. */
function bySession(rows: readonly MeasureRow[]): SessionScores[] {
	const sessions = new Map<number, SessionScores>();
	const add = (measure: Measure, point: MeasurePoint): void => {
		const row = sessions.get(point.session) ?? { session: point.session, date: point.date, scores: new Map<Measure, number>() };
		row.scores.set(measure, point.score);
		sessions.set(point.session, row);
	};
	for (const { measure, summary } of rows) for (const point of summary.points) add(measure, point);
	return [...sessions.values()].sort((a, b) => a.session - b.session);
}

export function measuresSection(context: SummaryContext): string[] {
	const { bundle, analysis, names, pictures } = context;
	const primary = bundle.record.measure;
	const rows = MEASURES.flatMap((measure): MeasureRow[] => {
		const summary = analysis.measures[measure];
		return summary ? [{ measure, summary }] : [];
	});
	if (rows.length === 0) return section("Measures", [`No scores yet; the primary measure is the ${MEASURE_LABELS[primary]}.`]);
	const lines = [
		...table(
			[
				{ heading: "Measure", value: (row: MeasureRow) => `${MEASURE_LABELS[row.measure]}${row.measure === primary ? " (primary)" : ""}` },
				{ heading: "Scores", value: (row) => count(row.summary.count, "score") },
				{ heading: "Baseline", value: (row) => (row.summary.baseline === null ? `None (first score at session ${row.summary.first.session})` : String(row.summary.baseline)) },
				{ heading: "Latest", value: (row) => String(row.summary.latest) },
				{ heading: "Band of latest", value: (row) => bandFor(row.measure, row.summary.latest).label },
				{ heading: "Response", value: (row) => (row.summary.baseline === null ? "Not reckoned" : yesNo(row.summary.response)) },
				{ heading: "Remission", value: (row) => remissionLabel(row.summary) },
				{ heading: "Reliable change", value: (row) => (row.summary.change === null ? "Not reckoned" : CHANGE_LABELS[row.summary.change]) },
			],
			rows,
		),
		"",
		...table(
			[
				{ heading: "Session", value: (row: SessionScores) => String(row.session) },
				{ heading: "When", value: (row) => when(context, row.date) },
				...rows.map(({ measure }) => ({ heading: MEASURE_LABELS[measure], value: (row: SessionScores) => String(row.scores.get(measure) ?? "") })),
			],
			bySession(rows),
		),
	];
	const worsening = analysis.warnings.filter((warning) => warning.id === "worsening");
	if (worsening.length > 0) lines.push("", ...worsening.map((warning) => `- Worsening: ${names.redact(warning.message)}`));
	lines.push(
		"",
		pictures.measures === null
			? `No ${MEASURE_LABELS[primary]} scores yet, so no chart.`
			: `![${MEASURE_LABELS[primary]} scores of ${names.client}](${pictures.measures})`,
	);
	return section("Measures", lines);
}
