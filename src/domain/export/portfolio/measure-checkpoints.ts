// The measures a portfolio reports: at intake, then every few sessions (the interval
// after which a measure is overdue, 4 by default), each measure in its column.
import { MEASURE_LABELS } from "../../engine/measures/bands";
import { MEASURES, type Measure } from "../../model/vocabulary";
import { section, table } from "../markdown";
import { when, type SummaryContext } from "../summary/context";

interface Checkpoint {
	readonly label: string;
	readonly session: number;
	readonly date: string | null;
	readonly scores: ReadonlyMap<Measure, number>;
}

export function measureCheckpointsSection(context: SummaryContext): string[] {
	const { analysis, settings, bundle } = context;
	const every = settings.measureOverdueSessions;
	const measures = MEASURES.filter((measure) => analysis.measures[measure] !== undefined);
	const heading = `Measures at intake and every ${every} sessions`;
	if (measures.length === 0) return section(heading, [`No scores yet; the primary measure is the ${MEASURE_LABELS[bundle.record.measure]}.`]);
	const bySession = new Map<number, { date: string | null; scores: Map<Measure, number> }>();
	for (const measure of measures) {
		for (const point of analysis.measures[measure]?.points ?? []) {
			const row = bySession.get(point.session) ?? { date: point.date, scores: new Map<Measure, number>() };
			row.scores.set(measure, point.score);
			bySession.set(point.session, row);
		}
	}
	const scored = [...bySession.keys()].sort((a, b) => a - b);
	const intake = scored[0] ?? 1;
	const last = Math.max(analysis.lastSession ?? intake, intake);
	const checkpoints: Checkpoint[] = [];
	const add = (label: string, session: number): void => {
		const row = bySession.get(session);
		checkpoints.push({ label, session, date: row?.date ?? null, scores: row?.scores ?? new Map() });
	};
	add("Intake", intake);
	for (let k = every; k <= last; k += every) if (k > intake) add(`Session ${k}`, k);
	return section(heading, [
		...table(
			[
				{ heading: "Point", value: (row: Checkpoint) => row.label },
				{ heading: "Session", value: (row) => String(row.session) },
				{ heading: "When", value: (row) => (row.scores.size === 0 ? "" : when(context, row.date)) },
				...measures.map((measure) => ({ heading: MEASURE_LABELS[measure], value: (row: Checkpoint) => (row.scores.has(measure) ? String(row.scores.get(measure)) : "not recorded") })),
			],
			checkpoints,
		),
	]);
}
