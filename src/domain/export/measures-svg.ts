// The primary measure's chart as a standalone SVG file, drawn from the same chart model
// and legend as the sidebar, with its line styles: severity bands shaded darker as they
// get worse, the scores as a line, the thresholds told apart by dash pattern, and marks
// on positive safety items and worsening. Everything is in currentColor, so marks are
// told apart by shape and weight.
import { CHART_LINE_STYLES, chartLegend, markShape, type ChartEvent, type ChartLine, type LegendEntry, type MeasureChart, type ThresholdLine } from "../views/measure-chart";
import { textWidth } from "../views/text-size";
import { element, svgDocument, textElement } from "./svg";

export interface MeasuresSvgInput {
	readonly chart: MeasureChart;
	/** "PHQ-9". */
	readonly measureLabel: string;
	readonly client: string;
	/** What a life event's marker says when hovered. */
	readonly eventTitle: (event: ChartEvent) => string;
	/** One more sentence for the description, such as that the file is pseudonymised. */
	readonly note: string | null;
}

const SMALL = 8;
const LEGEND_FONT = 10;
const LEGEND_ROW = 16;
const SWATCH = 16;

function lineStyle(line: ChartLine): Record<string, string | number | null> {
	const style = CHART_LINE_STYLES[line];
	return { stroke: "currentColor", "stroke-width": style.width, "stroke-dasharray": style.dash };
}

function threshold(chart: MeasureChart, line: ThresholdLine, kind: "response" | "remission"): string {
	const { box } = chart;
	return element("line", { x1: box.left, y1: line.y, x2: box.width - box.right, y2: line.y, ...lineStyle(kind) }, [textElement("title", {}, line.label)]);
}

function markStyle(kind: "safety" | "worsening"): Record<string, string | number> {
	return kind === "safety" ? { fill: "none", stroke: "currentColor", "stroke-width": 2 } : { fill: "currentColor" };
}

function swatch(entry: LegendEntry, x: number, y: number): string[] {
	if (entry.kind === "axis") return [];
	if (entry.kind === "safety" || entry.kind === "worsening") return [element("path", { d: markShape(entry.kind, x + SWATCH / 2, y), ...markStyle(entry.kind) })];
	return [element("line", { x1: x, y1: y, x2: x + SWATCH, y2: y, ...lineStyle(entry.kind) })];
}

/** The legend's entries left to right, a new row when one would run past the right edge; returns the rows used. */
function legend(entries: readonly LegendEntry[], top: number, left: number, right: number): { children: string[]; rows: number } {
	const children: string[] = [];
	let x = left;
	let row = 0;
	for (const entry of entries) {
		const lead = entry.kind === "axis" ? 0 : SWATCH + 4;
		const width = lead + textWidth(entry.label, LEGEND_FONT);
		if (x > left && x + width > right) {
			x = left;
			row++;
		}
		const y = top + row * LEGEND_ROW;
		children.push(...swatch(entry, x, y), textElement("text", { x: x + lead, y, "dominant-baseline": "middle", "font-size": LEGEND_FONT }, entry.label));
		x += width + 12;
	}
	return { children, rows: row + 1 };
}

export function measuresSvg(input: MeasuresSvgInput): string {
	const { chart, measureLabel } = input;
	const { box } = chart;
	const plotWidth = box.width - box.left - box.right;
	const bottom = box.height - box.bottom;
	const children: string[] = [];
	for (const band of chart.bands) {
		children.push(
			element("rect", { x: box.left, y: band.y, width: plotWidth, height: band.height, fill: "currentColor", "fill-opacity": 0.03 + 0.04 * band.severity }, [textElement("title", {}, band.label)]),
			textElement("text", { x: box.width - box.right + 4, y: band.y + band.height / 2, "dominant-baseline": "middle", "font-size": SMALL }, band.label),
		);
	}
	children.push(element("rect", { x: box.left, y: box.top, width: plotWidth, height: bottom - box.top, fill: "none", stroke: "currentColor", "stroke-opacity": 0.4 }));
	for (const tick of chart.yTicks) children.push(textElement("text", { x: box.left - 3, y: tick.y, "text-anchor": "end", "dominant-baseline": "middle", "font-size": SMALL }, tick.label));
	for (const tick of chart.xTicks) children.push(textElement("text", { x: tick.x, y: bottom + 11, "text-anchor": "middle", "font-size": SMALL }, tick.label));
	children.push(threshold(chart, chart.remission, "remission"));
	if (chart.response !== null) children.push(threshold(chart, chart.response, "response"));
	for (const event of chart.events) {
		children.push(element("line", { x1: event.x, y1: box.top, x2: event.x, y2: bottom, ...lineStyle("event"), "stroke-opacity": 0.55 }, [textElement("title", {}, input.eventTitle(event))]));
	}
	children.push(element("path", { d: chart.line, fill: "none", ...lineStyle("score"), "stroke-linejoin": "round" }));
	for (const point of chart.points) children.push(element("circle", { cx: point.x, cy: point.y, r: 3, fill: "currentColor" }, [textElement("title", {}, point.title)]));
	for (const mark of chart.marks) children.push(element("path", { d: mark.shape, ...markStyle(mark.kind) }, [textElement("title", {}, mark.title)]));
	const drawn = legend(chartLegend(chart, measureLabel), box.height + LEGEND_ROW / 2, box.left, box.width);
	children.push(...drawn.children);
	const scores = chart.points.map((point) => point.score).join(", ");
	const marked = chart.marks.map((mark) => `${mark.title}.`).join(" ");
	return svgDocument(
		{
			width: box.width,
			height: box.height + LEGEND_ROW * drawn.rows + 4,
			title: `${measureLabel} scores of ${input.client}`,
			description: `${chart.points.length} ${measureLabel} score${chart.points.length === 1 ? "" : "s"} in session order: ${scores}.${marked === "" ? "" : ` ${marked}`}${input.note === null ? "" : ` ${input.note}`}`,
		},
		children,
	);
}
