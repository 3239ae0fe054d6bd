// Geometry of the primary-measure chart, the one model the sidebar and the exported SVG
// both draw: band shading, the score line, the response and remission lines, life
// events, and marks on the sessions with a positive safety item and on worsening.
// Across is the session number in both: a de-identified export may print no calendar
// date, and two drawings of one case must not disagree about where a score sits.
import type { CaseAnalysis, MeasurePoint, MeasureSummary, SafetyItem } from "../engine/analysis";
import { bandFor, MEASURE_LABELS, MEASURE_RANGES } from "../engine/measures/bands";
import { worseningRises } from "../engine/measures/worsening";
import type { EventCategory, Measure } from "../model/vocabulary";
import { answerText } from "../safety/safety-wording";
import { linearScale, type Scale } from "./scale";
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

/** The lines of the chart; each drawing takes its dash pattern and width from here, so the two look alike. */
export type ChartLine = "score" | "response" | "remission" | "event";

export const CHART_LINE_STYLES: Readonly<Record<ChartLine, { readonly dash: string | null; readonly width: number }>> = {
	score: { dash: null, width: 2 },
	response: { dash: "6 3", width: 1.5 },
	remission: { dash: "2 2", width: 1.5 },
	event: { dash: "1 3", width: 1 },
};

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

/** A session the clinician must see on the chart: a positive (or unreadable) safety item, or a reliable worsening. */
export interface ChartMark {
	readonly kind: "safety" | "worsening";
	readonly session: number;
	readonly x: number;
	readonly y: number;
	/** SVG path data of the mark's shape: a ring round the point for safety, a triangle above it for worsening. */
	readonly shape: string;
	readonly title: string;
	readonly path: string;
}

export interface MeasureChart {
	readonly box: ChartBox;
	readonly bands: readonly BandRect[];
	readonly yTicks: readonly { readonly y: number; readonly label: string }[];
	readonly xTicks: readonly { readonly x: number; readonly label: string }[];
	readonly points: readonly ChartPoint[];
	/** SVG path data of the score line. */
	readonly line: string;
	readonly response: ThresholdLine | null;
	readonly remission: ThresholdLine;
	readonly events: readonly ChartEvent[];
	/** Safety marks first: drawn last, so that nothing covers them. */
	readonly marks: readonly ChartMark[];
}

export interface ChartOptions {
	/** A date as the drawing may show it (a de-identified export gives "week 3"); as written by default. */
	readonly dateText?: (date: string) => string;
	readonly box?: ChartBox;
}

const MAX_X_TICKS = 6;
const SAFETY_RING = 6.5;
const TRIANGLE = 4.5;

function pointTitle(measure: Measure, point: MeasurePoint, dateText: (date: string) => string): string {
	const when = point.date === null ? `Session ${point.session}` : `Session ${point.session}, ${dateText(point.date)}`;
	return `${when}: ${MEASURE_LABELS[measure]} ${point.score} (${bandFor(measure, point.score).label.toLowerCase()})`;
}

function sessionTicks(first: number, last: number): { value: number; label: string }[] {
	const step = Math.max(1, Math.ceil((last - first + 1) / MAX_X_TICKS));
	const ticks: { value: number; label: string }[] = [];
	for (let session = first; session <= last; session += step) ticks.push({ value: session, label: String(session) });
	return ticks;
}

/**
 * Where a day falls on the session axis: between the dated sessions either side of it,
 * in proportion to the days. Null outside the dated sessions.
 */
function sessionAt(day: number, anchors: readonly { session: number; day: number }[]): number | null {
	for (let i = 0; i < anchors.length; i++) {
		const at = anchors[i];
		const next = anchors[i + 1];
		if (at === undefined) continue;
		if (day === at.day) return at.session;
		if (next !== undefined && day > at.day && day < next.day) return at.session + ((next.session - at.session) * (day - at.day)) / (next.day - at.day);
	}
	return null;
}

/** Each dated session once, in session order, keeping only those whose days also run in order. */
function dayAnchors(timeline: CaseAnalysis["timeline"]): { session: number; day: number }[] {
	const bySession = new Map<number, number>();
	for (const entry of timeline.entries) if (entry.kind === "measure" && !bySession.has(entry.session)) bySession.set(entry.session, entry.day);
	const anchors: { session: number; day: number }[] = [];
	for (const [session, day] of [...bySession].sort(([a], [b]) => a - b)) {
		const last = anchors[anchors.length - 1];
		if (last === undefined || day > last.day) anchors.push({ session, day });
	}
	return anchors;
}

/** The outline of a mark centred on (x, y), on the chart and in its legend. */
export function markShape(kind: ChartMark["kind"], x: number, y: number): string {
	return kind === "safety" ? ring(x, y, SAFETY_RING) : triangle(x, y, TRIANGLE);
}

function ring(x: number, y: number, r: number): string {
	return `M${(x - r).toFixed(1)} ${y.toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
}

function triangle(x: number, y: number, size: number): string {
	return `M${x.toFixed(1)} ${(y - size).toFixed(1)}L${(x + size).toFixed(1)} ${(y + size * 0.7).toFixed(1)}L${(x - size).toFixed(1)} ${(y + size * 0.7).toFixed(1)}Z`;
}

function safetyTitle(item: SafetyItem): string {
	return `Session ${item.session ?? "?"}: ${answerText(item)}, ${item.reviewed ? "reviewed" : "open"}`;
}

function chartMarks(measure: Measure, summary: MeasureSummary, safety: readonly SafetyItem[], at: { x: Scale; y: Scale; top: number; from: number; to: number }): ChartMark[] {
	const scoreAt = new Map(summary.points.map((point) => [point.session, point]));
	const marks: ChartMark[] = [];
	for (const item of safety) {
		const session = item.session;
		if (session === null || session < at.from || session > at.to) continue;
		const point = scoreAt.get(session);
		const x = at.x(session);
		const y = point === undefined ? at.top + SAFETY_RING : at.y(point.score);
		marks.push({ kind: "safety", session, x, y, shape: markShape("safety", x, y), title: safetyTitle(item), path: item.path });
	}
	for (const { from, to, rise } of worseningRises(summary.points, summary.reliableChange)) {
		const x = at.x(to.session);
		const y = at.y(to.score) - SAFETY_RING - TRIANGLE - 2;
		const title = `Session ${to.session}: ${MEASURE_LABELS[measure]} up ${rise} points from session ${from.session} (a reliable change is ${summary.reliableChange})`;
		marks.push({ kind: "worsening", session: to.session, x, y, shape: markShape("worsening", x, y), title, path: to.path });
	}
	return marks;
}

/** Null when the measure has no scores. Events and marks are drawn only inside the sessions the scores span. */
export function measureChart(measure: Measure, summary: MeasureSummary, analysis: Pick<CaseAnalysis, "timeline" | "safety">, options: ChartOptions = {}): MeasureChart | null {
	const { points } = summary;
	const first = points[0];
	const last = points[points.length - 1];
	if (first === undefined || last === undefined) return null;
	const box = options.box ?? chartBox(measure);
	const dateText = options.dateText ?? ((date: string) => date);
	const range = MEASURE_RANGES[measure];
	const y = linearScale(range.min - 0.5, range.max + 0.5, box.height - box.bottom, box.top);
	const from = first.session - 0.5;
	const to = last.session + 0.5;
	const x = linearScale(from, to, box.left, box.width - box.right);
	const chartPoints = points.map((point) => ({ x: x(point.session), y: y(point.score), score: point.score, session: point.session, path: point.path, title: pointTitle(measure, point, dateText) }));
	const anchors = dayAnchors(analysis.timeline);
	const events = analysis.timeline.entries.flatMap((entry) => {
		if (entry.kind !== "event") return [];
		const session = sessionAt(entry.day, anchors);
		if (session === null || session < from || session > to) return [];
		return [{ x: x(session), category: entry.category ?? ("none" as const), path: entry.path, date: entry.date }];
	});
	return {
		box,
		bands: range.bands.map((band, i) => {
			const top = y(band.max + 0.5);
			const severity = range.bands.length === 1 ? 0 : Math.round((i / (range.bands.length - 1)) * 4);
			return { id: band.id, label: band.label, severity, y: top, height: y(band.min - 0.5) - top };
		}),
		yTicks: range.bands.map((band) => ({ y: y(band.min), label: String(band.min) })),
		xTicks: sessionTicks(first.session, last.session).map((tick) => ({ x: x(tick.value), label: tick.label })),
		points: chartPoints,
		line: chartPoints.map((point, i) => `${i === 0 ? "M" : "L"}${point.x.toFixed(1)} ${point.y.toFixed(1)}`).join(" "),
		response: summary.responseAt === null ? null : { y: y(summary.responseAt), label: `Response ≤ ${formatNumber(summary.responseAt)}` },
		remission: { y: y(summary.remissionBelow - 0.5), label: `Remission < ${summary.remissionBelow}` },
		events,
		marks: chartMarks(measure, summary, analysis.safety, { x, y, top: box.top, from, to }),
	};
}

function formatNumber(value: number): string {
	return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** One entry of the chart's legend, which both drawings show in this order. */
export interface LegendEntry {
	readonly kind: ChartLine | ChartMark["kind"] | "axis";
	readonly label: string;
}

/** What the chart's legend says: only what the chart shows, and what runs across. */
export function chartLegend(chart: MeasureChart, measureLabel: string): LegendEntry[] {
	const entries: LegendEntry[] = [{ kind: "score", label: `${measureLabel} score` }];
	if (chart.response !== null) entries.push({ kind: "response", label: chart.response.label });
	entries.push({ kind: "remission", label: chart.remission.label });
	if (chart.events.length > 0) entries.push({ kind: "event", label: "Life event" });
	if (chart.marks.some((mark) => mark.kind === "safety")) entries.push({ kind: "safety", label: "Safety item above 0" });
	if (chart.marks.some((mark) => mark.kind === "worsening")) entries.push({ kind: "worsening", label: "Reliable worsening" });
	entries.push({ kind: "axis", label: "Across: session number" });
	return entries;
}
