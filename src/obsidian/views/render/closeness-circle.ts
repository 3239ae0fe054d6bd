// The closeness circle in SVG: the client at the centre, people on their rings. Support
// fills the node; conflict styles the tie to the client with colour and a dash pattern.
import type { CircleModel, CircleNode, Level } from "../../../domain/views/circle-model";
import { CIRCLE_LEGEND } from "../../../domain/views/circle-legend";
import { fitCircle, NODE_RADIUS, STATUS_MARKS } from "../../../domain/views/circle-model";
import { announceHover, onActivate, renderNoteLink, type OpenNote } from "./note-link";

const RING_LABEL_ANGLE = (-105 * Math.PI) / 180;

function levelClass(kind: "support" | "conflict", level: Level): string {
	return `ipt-${kind}-${level === null ? "unknown" : level}`;
}

function renderNode(svg: SVGSVGElement, node: CircleNode, open: OpenNote): void {
	// Obsidian shows an element's aria-label as its tooltip; an SVG <title> too would add
	// a second, native one.
	const group = svg.createSvg("g", {
		cls: ["ipt-circle-node", levelClass("support", node.support), `ipt-status-${node.status}`],
		attr: { tabindex: 0, role: "link", "aria-label": node.title },
	});
	group.createSvg("circle", { cls: "ipt-node-dot", attr: { cx: node.x, cy: node.y, r: NODE_RADIUS } });
	if (node.status === "estranged") {
		const d = NODE_RADIUS * 0.7;
		group.createSvg("line", { cls: "ipt-node-strike", attr: { x1: node.x - d, y1: node.y + d, x2: node.x + d, y2: node.y - d } });
	}
	group.createSvg("text", {
		cls: "ipt-node-label",
		attr: { x: node.label.x, y: node.label.y, "text-anchor": node.label.anchor, "dominant-baseline": node.label.baseline },
	}).setText(node.shortLabel + STATUS_MARKS[node.status]);
	onActivate(group, (event) => open(node.link.path, event));
	announceHover(group, node.link.path);
}

function renderLegend(parent: HTMLElement): void {
	const legend = parent.createDiv({ cls: "ipt-legend" });
	for (const line of CIRCLE_LEGEND) legend.createSpan({ cls: ["ipt-legend-item", `ipt-legend-${line.kind}`], text: line.label });
}

function drawCircle(figure: HTMLElement, model: CircleModel, open: OpenNote): SVGSVGElement {
	const svg = figure.createSvg("svg", {
		cls: "ipt-circle-svg",
		attr: { viewBox: `${model.viewBox.x} ${model.viewBox.y} ${model.viewBox.width} ${model.viewBox.height}`, role: "group", "aria-label": `Closeness circle of ${model.client}` },
	});
	figure.prepend(svg);
	// The labels' size comes from the model, which fitted it to the width drawn.
	figure.setCssProps({ "--ipt-circle-font": `${model.labelFontSize}px` });
	for (const ring of model.rings) {
		svg.createSvg("circle", { cls: "ipt-ring", attr: { cx: model.centre, cy: model.centre, r: ring.radius } });
		// Off the vertical, where the first person of each ring sits.
		const at = { x: model.centre + ring.radius * Math.cos(RING_LABEL_ANGLE), y: model.centre + ring.radius * Math.sin(RING_LABEL_ANGLE) };
		svg.createSvg("text", { cls: "ipt-ring-label", attr: { x: at.x, y: at.y - 3, "text-anchor": "middle" } }).setText(String(ring.ring));
	}
	// One path for all of them: they share a style and carry no label, and a large
	// inventory has dozens.
	if (model.relatedTies.length > 0) {
		const d = model.relatedTies.map((tie) => `M${tie.x1} ${tie.y1}L${tie.x2} ${tie.y2}`).join("");
		svg.createSvg("path", { cls: "ipt-tie-related", attr: { d } });
	}
	for (const tie of model.clientTies) {
		svg.createSvg("line", { cls: ["ipt-tie-client", levelClass("conflict", tie.conflict)], attr: { x1: tie.x1, y1: tie.y1, x2: tie.x2, y2: tie.y2 } });
	}
	const mark = model.clientMark.box;
	svg.createSvg("rect", { cls: "ipt-client-dot", attr: { x: mark.x, y: mark.y, width: mark.width, height: mark.height, rx: mark.height / 2 } });
	svg.createSvg("text", { cls: "ipt-client-label", attr: { x: model.centre, y: model.centre, "text-anchor": "middle", "dominant-baseline": "middle" } }).setText(model.clientMark.label);
	for (const node of model.nodes) renderNode(svg, node, open);
	return svg;
}

/** The theme's small font size in pixels, as the figure's own styles resolve it. */
function smallFontPx(figure: HTMLElement): number {
	const probe = figure.createSpan({ cls: "ipt-circle-font-probe" });
	const px = parseFloat(probe.win.getComputedStyle(probe).fontSize);
	probe.remove();
	return px;
}

/**
 * Lays the circle out again whenever the width it is drawn at changes, so that its
 * labels never show smaller than the theme's small font. Stops once the figure leaves
 * the page (a redraw replaced it).
 */
function keepLabelsReadable(figure: HTMLElement, model: CircleModel, open: OpenNote, svg: SVGSVGElement): void {
	const Observer = (figure.win as unknown as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
	if (Observer === undefined) return;
	let drawn = svg;
	let shown = model.labelFontSize;
	let width = 0;
	const observer = new Observer(() => {
		if (!figure.isConnected) {
			observer.disconnect();
			return;
		}
		const now = drawn.getBoundingClientRect().width;
		if (now === 0 || now === width) return;
		width = now;
		const fitted = fitCircle(model, now, smallFontPx(figure));
		if (fitted.labelFontSize === shown) return;
		shown = fitted.labelFontSize;
		drawn.remove();
		drawn = drawCircle(figure, fitted, open);
	});
	observer.observe(figure);
}

export function renderClosenessCircle(parent: HTMLElement, model: CircleModel, open: OpenNote): void {
	const figure = parent.createDiv({ cls: "ipt-circle" });
	const svg = drawCircle(figure, model, open);
	if (model.nodes.length === 0 && model.unplaced.length === 0) figure.createEl("p", { cls: "ipt-empty", text: "No person notes yet: add the people of the interpersonal inventory." });
	if (model.unplaced.length > 0) {
		const unplaced = figure.createDiv({ cls: "ipt-unplaced" });
		unplaced.createSpan({ text: "No circle set: " });
		model.unplaced.forEach((link, i) => {
			if (i > 0) unplaced.appendText(", ");
			renderNoteLink(unplaced, link, open);
		});
	}
	renderLegend(figure);
	keepLabelsReadable(figure, model, open, svg);
}
