// Geometry of the primary-measure chart: band shading, the score line, the response and
// remission lines, and life events on the same time axis.
import type { MeasurePoint, MeasureSummary, Timeline, TimelineEntry } from "../engine/analysis";
import { bandFor, MEASURE_LABELS, MEASURE_RANGES } from "../engine/measures/bands";
import { parseDate } from "../model/dates";
import type { EventCategory, Measure } from "../model/vocabulary";
import { dayLabel, linearScale, monthTicks, type Tick } from "./scale";
import { textWidth } from "./text-size";

export interface ChartBox {
	readonly width: number;
	readonly height: number;
	readonly left: number;
	readonly right: number;
	readonly top: number;
	readonly bottom: number;
}

/** The chart's frame; the right margin holds the band names, so it depends on the measure (`chartBox`). */
export const CHART_BOX: ChartBox = { width: 320, height: 200, left: 26, right: 84, top: 14, bottom: 22 };

/** The band names' font size; the stylesheet uses the same. */
export const BAND_LABEL_FONT_SIZE = 9;
export const BAND_LABEL_GAP = 4;

/** CHART_BOX with a right margin wide enough for the measure's longest band name. */
export function chartBox(measure: Measure): ChartBox {
	const widest = Math.max(...MEASURE_RANGES[measure].bands.map((band) => textWidth(band.label, BAND_LABEL_FONT_SIZE)));
	return { ...CHART_BOX, right: Math.ceil(widest) + 2 * BAND_LABEL_GAP };
}

export interface BandRect {
	readonly id: string;
	readonly label: string;
	/** 0 for the mildest band up to 4 for the most severe, spread over the measure's bands. */
	readonly severity: number;
	readonly y: number;
	readonly height: number;
}

export interface ChartPoint {
	readonly x: number;
	readonly y: number;
	readonly score: number;
	readonly session: number;
	readonly path: string;
	readonly title: string;
}

export interface ThresholdLine {
	readonly y: number;
	readonly label: string;
}

export interface ChartEvent {
	readonly x: number;
	readonly category: EventCategory | "none";
	readonly path: string;
	readonly date: string;
}

export interface MeasureChart {
	readonly box: ChartBox;
	/** "date" when every score has a session date; otherwise sessions are spaced by number. */
	readonly axis: "date" | "session";
	readonly bands: readonly BandRect[];
	readonly yTicks: readonly { readonly y: number; readonly label: string }[];
	readonly xTicks: readonly { readonly x: number; readonly label: string }[];
	readonly points: readonly ChartPoint[];
	/** SVG path data of the score line. */
	readonly line: string;
	readonly response: ThresholdLine | null;
	readonly remission: ThresholdLine;
	readonly events: readonly ChartEvent[];
}

const MAX_X_TICKS = 5;
const PAD_DAYS = 3;

function pointTitle(measure: Measure, point: MeasurePoint): string {
	const when = point.date === null ? `Session ${point.session}` : `Session ${point.session}, ${point.date}`;
	return `${when}: ${MEASURE_LABELS[measure]} ${point.score} (${bandFor(measure, point.score).label.toLowerCase()})`;
}

function sessionTicks(first: number, last: number): Tick[] {
	const step = Math.max(1, Math.ceil((last - first + 1) / MAX_X_TICKS));
	const ticks: Tick[] = [];
	for (let session = first; session <= last; session += step) ticks.push({ value: session, label: String(session) });
	return ticks;
}

/** Month starts; a span too short to hold two gets its two ends as days ("12 Nov"). */
function dateTicks(from: number, to: number): Tick[] {
	const months = monthTicks(from, to, MAX_X_TICKS);
	if (months.length >= 2) return months;
	return [from + PAD_DAYS, to - PAD_DAYS].map((day) => ({ value: day, label: dayLabel(day) }));
}

type EventEntry = Extract<TimelineEntry, { kind: "event" }>;

/** Null when the measure has no scores. Events are marked only on a date axis, and only inside it. */
export function measureChart(measure: Measure, summary: MeasureSummary, timeline: Timeline, box: ChartBox = chartBox(measure)): MeasureChart | null {
	const { points } = summary;
	const first = points[0];
	const last = points[points.length - 1];
	if (first === undefined || last === undefined) return null;
	const range = MEASURE_RANGES[measure];
	const y = linearScale(range.min - 0.5, range.max + 0.5, box.height - box.bottom, box.top);
	const days = points.map((point) => (point.date === null ? null : (parseDate(point.date)?.day ?? null)));
	const axis = days.every((day) => day !== null) ? "date" : "session";
	const xValue = (point: MeasurePoint, i: number): number => (axis === "date" ? (days[i] ?? 0) : point.session);
	const from = axis === "date" ? xValue(first, 0) - PAD_DAYS : first.session - 0.5;
	const to = axis === "date" ? xValue(last, points.length - 1) + PAD_DAYS : last.session + 0.5;
	const x = linearScale(from, to, box.left, box.width - box.right);
	const chartPoints = points.map((point, i) => ({
		x: x(xValue(point, i)),
		y: y(point.score),
		score: point.score,
		session: point.session,
		path: point.path,
		title: pointTitle(measure, point),
	}));
	const events =
		axis === "date"
			? timeline.entries
					.filter((entry): entry is EventEntry => entry.kind === "event" && entry.day >= from && entry.day <= to)
					.map((entry) => ({ x: x(entry.day), category: entry.category ?? ("none" as const), path: entry.path, date: entry.date }))
			: [];
	return {
		box,
		axis,
		bands: range.bands.map((band, i) => {
			const top = y(band.max + 0.5);
			const severity = range.bands.length === 1 ? 0 : Math.round((i / (range.bands.length - 1)) * 4);
			return { id: band.id, label: band.label, severity, y: top, height: y(band.min - 0.5) - top };
		}),
		yTicks: range.bands.map((band) => ({ y: y(band.min), label: String(band.min) })),
		xTicks: (axis === "date" ? dateTicks(from, to) : sessionTicks(first.session, last.session)).map((tick) => ({ x: x(tick.value), label: tick.label })),
		points: chartPoints,
		line: chartPoints.map((point, i) => `${i === 0 ? "M" : "L"}${point.x.toFixed(1)} ${point.y.toFixed(1)}`).join(" "),
		response: summary.responseAt === null ? null : { y: y(summary.responseAt), label: `Response ≤ ${formatNumber(summary.responseAt)}` },
		remission: { y: y(summary.remissionBelow - 0.5), label: `Remission < ${summary.remissionBelow}` },
		events,
	};
}

function formatNumber(value: number): string {
	return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
