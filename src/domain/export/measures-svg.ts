// The primary measure's chart as a standalone SVG file, drawn from the views' chart
// geometry: severity bands shaded darker as they get worse, the scores as a line, and
// the remission and response thresholds told apart by dash pattern, with a legend.
import type { ChartEvent, MeasureChart, ThresholdLine } from "../views/measure-chart";
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

const REMISSION_DASH = "6 3";
const RESPONSE_DASH = "1.5 3";
const EVENT_DASH = "2 2";
const SMALL = 8;

function threshold(chart: MeasureChart, line: ThresholdLine, dash: string): string {
	const { box } = chart;
	return element("line", { x1: box.left, y1: line.y, x2: box.width - box.right, y2: line.y, stroke: "currentColor", "stroke-width": 1.2, "stroke-dasharray": dash }, [
		textElement("title", {}, line.label),
	]);
}

function legendEntry(x: number, y: number, dash: string | null, text: string): string[] {
	return [
		element("line", { x1: x, y1: y, x2: x + 16, y2: y, stroke: "currentColor", "stroke-width": dash === null ? 2 : 1.2, "stroke-dasharray": dash }),
		textElement("text", { x: x + 20, y, "dominant-baseline": "middle" }, text),
	];
}

const LEGEND_ROW = 16;

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
	children.push(threshold(chart, chart.remission, REMISSION_DASH));
	if (chart.response !== null) children.push(threshold(chart, chart.response, RESPONSE_DASH));
	for (const event of chart.events) {
		children.push(
			element("line", { x1: event.x, y1: box.top, x2: event.x, y2: bottom, stroke: "currentColor", "stroke-opacity": 0.55, "stroke-dasharray": EVENT_DASH }, [
				textElement("title", {}, input.eventTitle(event)),
			]),
		);
	}
	children.push(element("path", { d: chart.line, fill: "none", stroke: "currentColor", "stroke-width": 2, "stroke-linejoin": "round" }));
	for (const point of chart.points) children.push(element("circle", { cx: point.x, cy: point.y, r: 3, fill: "currentColor" }, [textElement("title", {}, point.title)]));
	const first = box.height + LEGEND_ROW / 2;
	children.push(...legendEntry(box.left, first, null, `${measureLabel} score`), ...legendEntry(box.left + 100, first, REMISSION_DASH, chart.remission.label));
	if (chart.response !== null) children.push(...legendEntry(box.left + 200, first, RESPONSE_DASH, chart.response.label));
	const across = chart.axis === "date" ? "Across: date" : "Across: session number";
	children.push(...(chart.events.length > 0 ? legendEntry(box.left, first + LEGEND_ROW, EVENT_DASH, `Life event. ${across}`) : [textElement("text", { x: box.left, y: first + LEGEND_ROW, "dominant-baseline": "middle" }, across)]));
	const scores = chart.points.map((point) => point.score).join(", ");
	return svgDocument(
		{
			width: box.width,
			height: box.height + LEGEND_ROW * 2 + 4,
			title: `${measureLabel} scores of ${input.client}`,
			description: `${chart.points.length} ${measureLabel} score${chart.points.length === 1 ? "" : "s"} in session order: ${scores}.${input.note === null ? "" : ` ${input.note}`}`,
		},
		children,
	);
}
