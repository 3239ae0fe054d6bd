// The primary measure over sessions: a line over its severity bands, with the response
// and remission thresholds, life events, and marks on positive safety items and on
// worsening. The model, line styles and legend are the exported SVG's too.
import { BAND_LABEL_GAP, CHART_LINE_STYLES, chartLegend, markShape, type ChartLine, type LegendEntry, type MeasureChart } from "../../../domain/views/measure-chart";
import type { MeasureSummaryLine, MeasuresModel } from "../../../domain/views/measures-model";
import { drawCategoryMark } from "./category-mark";
import { onActivate, renderEmpty, renderNoteLink, type OpenNote } from "./note-link";
import { renderWhy, type OpenWhys } from "./why";

/** Dash and width from the shared styles; colour comes from the stylesheet. */
function styled(line: ChartLine): Record<string, string | number> {
	const { dash, width } = CHART_LINE_STYLES[line];
	return dash === null ? { "stroke-width": width } : { "stroke-width": width, "stroke-dasharray": dash };
}

const SWATCH = 18;

function renderLegend(parent: HTMLElement, entries: readonly LegendEntry[]): void {
	const legend = parent.createDiv({ cls: "ipt-legend ipt-chart-legend" });
	for (const entry of entries) {
		const item = legend.createSpan({ cls: ["ipt-legend-item", `ipt-legend-${entry.kind}`] });
		if (entry.kind !== "axis") {
			const svg = item.createSvg("svg", { cls: "ipt-legend-swatch", attr: { viewBox: `0 0 ${SWATCH} 12`, width: SWATCH, height: 12, "aria-hidden": "true" } });
			if (entry.kind === "safety" || entry.kind === "worsening") svg.createSvg("path", { cls: `ipt-mark-${entry.kind}`, attr: { d: markShape(entry.kind, SWATCH / 2, 6) } });
			else svg.createSvg("line", { cls: `ipt-${entry.kind}-line`, attr: { x1: 1, y1: 6, x2: SWATCH - 1, y2: 6, ...styled(entry.kind) } });
		}
		item.createSpan({ text: entry.label });
	}
}

function renderChart(parent: HTMLElement, chart: MeasureChart, label: string, open: OpenNote): void {
	const { box } = chart;
	const plotRight = box.width - box.right;
	const plotBottom = box.height - box.bottom;
	const svg = parent.createSvg("svg", { cls: "ipt-chart-svg", attr: { viewBox: `0 0 ${box.width} ${box.height}`, role: "group", "aria-label": `${label} over sessions` } });
	for (const band of chart.bands) {
		svg.createSvg("rect", { cls: ["ipt-band", `ipt-band-severity-${band.severity}`], attr: { x: box.left, y: band.y, width: plotRight - box.left, height: band.height } });
		svg.createSvg("text", { cls: "ipt-band-label", attr: { x: plotRight + BAND_LABEL_GAP, y: band.y + band.height / 2, "dominant-baseline": "middle" } }).setText(band.label);
	}
	for (const tick of chart.yTicks) {
		svg.createSvg("text", { cls: "ipt-tick-label", attr: { x: box.left - 4, y: tick.y, "text-anchor": "end", "dominant-baseline": "middle" } }).setText(tick.label);
	}
	for (const tick of chart.xTicks) {
		svg.createSvg("line", { cls: "ipt-tick", attr: { x1: tick.x, y1: plotBottom, x2: tick.x, y2: plotBottom + 4 } });
		svg.createSvg("text", { cls: "ipt-tick-label", attr: { x: tick.x, y: plotBottom + 14, "text-anchor": "middle" } }).setText(tick.label);
	}
	for (const event of chart.events) {
		svg.createSvg("line", { cls: "ipt-event-line", attr: { x1: event.x, y1: box.top, x2: event.x, y2: plotBottom, ...styled("event") } });
		drawCategoryMark(svg, event.category, event.x, box.top - 6, 8).createSvg("title").setText(`Life event on ${event.date}`);
	}
	svg.createSvg("line", { cls: "ipt-remission-line", attr: { x1: box.left, y1: chart.remission.y, x2: plotRight, y2: chart.remission.y, ...styled("remission") } });
	if (chart.response) svg.createSvg("line", { cls: "ipt-response-line", attr: { x1: box.left, y1: chart.response.y, x2: plotRight, y2: chart.response.y, ...styled("response") } });
	svg.createSvg("path", { cls: "ipt-score-line", attr: { d: chart.line, ...styled("score") } });
	for (const point of chart.points) {
		const dot = svg.createSvg("circle", { cls: "ipt-score-point", attr: { cx: point.x, cy: point.y, r: 3.5, tabindex: 0, role: "link", "aria-label": point.title } });
		onActivate(dot, (event) => open(point.path, event));
	}
	for (const mark of chart.marks) {
		const shape = svg.createSvg("path", { cls: ["ipt-chart-mark", `ipt-mark-${mark.kind}`], attr: { d: mark.shape, tabindex: 0, role: "link", "aria-label": mark.title } });
		onActivate(shape, (event) => open(mark.path, event));
	}
	renderLegend(parent, chartLegend(chart, label));
}

function renderSummary(parent: HTMLElement, line: MeasureSummaryLine, whys: OpenWhys): void {
	const row = parent.createDiv({ cls: ["ipt-measure-summary", `ipt-measure-${line.measure}`] });
	row.createSpan({ cls: "ipt-measure-name", text: line.label });
	row.createSpan({ cls: "ipt-measure-text", text: line.text });
	for (const badge of line.badges) {
		row.createSpan({ cls: ["ipt-badge", badge.good ? "is-yes" : "is-no"], text: badge.text });
		renderWhy(row, badge.rule, whys, `measure ${line.measure}`);
	}
}

export function renderMeasures(parent: HTMLElement, model: MeasuresModel, open: OpenNote, whys: OpenWhys): void {
	if (model.summary === null || model.chart === null) renderEmpty(parent, `No ${model.primaryLabel} scores yet.`);
	else {
		renderSummary(parent, model.summary, whys);
		renderChart(parent.createDiv({ cls: "ipt-chart" }), model.chart, model.primaryLabel, open);
	}
	for (const other of model.others) renderSummary(parent, other, whys);
	if (model.worsening.length === 0) return;
	const list = parent.createEl("ul", { cls: "ipt-worsening" });
	for (const warning of model.worsening) {
		const item = list.createEl("li");
		item.createSpan({ text: `${warning.text} ` });
		renderNoteLink(item, warning.link, open);
	}
}
