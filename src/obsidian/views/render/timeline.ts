// Life events on a time axis with onset and the look-back window, then the same events as a list.
import type { TimelineModel } from "../../../domain/views/timeline-model";
import { drawCategoryMark, renderCategoryIcon } from "./category-mark";
import { renderEmpty, renderNoteLink, type OpenNote } from "./note-link";

const WIDTH = 320;
const HEIGHT = 64;
const LEFT = 10;
const RIGHT = 10;
const AXIS_Y = 36;

function renderAxis(parent: HTMLElement, model: TimelineModel): void {
	const svg = parent.createSvg("svg", { cls: "ipt-timeline-svg", attr: { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, "aria-hidden": "true" } });
	const x = (at: number): number => LEFT + at * (WIDTH - LEFT - RIGHT);
	if (model.window) {
		svg.createSvg("rect", { cls: "ipt-window", attr: { x: x(model.window.start), y: AXIS_Y - 12, width: Math.max(1, x(model.window.end) - x(model.window.start)), height: 24 } });
		svg.createSvg("text", { cls: "ipt-axis-label", attr: { x: x(model.window.start) + 3, y: AXIS_Y - 15 } }).setText("Look-back window");
	}
	svg.createSvg("line", { cls: "ipt-axis", attr: { x1: LEFT, y1: AXIS_Y, x2: WIDTH - RIGHT, y2: AXIS_Y } });
	for (const tick of model.ticks) {
		svg.createSvg("line", { cls: "ipt-tick", attr: { x1: x(tick.at), y1: AXIS_Y, x2: x(tick.at), y2: AXIS_Y + 4 } });
		svg.createSvg("text", { cls: "ipt-tick-label", attr: { x: x(tick.at), y: AXIS_Y + 16, "text-anchor": "middle" } }).setText(tick.label);
	}
	if (model.onset) {
		svg.createSvg("line", { cls: "ipt-onset", attr: { x1: x(model.onset.at), y1: AXIS_Y - 20, x2: x(model.onset.at), y2: AXIS_Y + 8 } });
		svg.createSvg("text", { cls: "ipt-onset-label", attr: { x: x(model.onset.at), y: AXIS_Y - 23, "text-anchor": "middle" } }).setText("Onset");
	}
	for (const event of model.events) {
		const mark = drawCategoryMark(svg, event.category, x(event.at), AXIS_Y, 11);
		mark.toggleClass("is-before-axis", event.before);
		mark.createSvg("title").setText(`${event.date}: ${event.type}`);
	}
}

export function renderTimeline(parent: HTMLElement, model: TimelineModel, open: OpenNote): void {
	renderAxis(parent, model);
	const facts = parent.createDiv({ cls: "ipt-timeline-facts" });
	facts.createDiv({ cls: "ipt-timeline-onset", text: model.onset ? `Onset ${model.onset.date}, from ${model.onset.source}` : "No onset: add onset to the case note." });
	if (model.window) facts.createDiv({ cls: "ipt-timeline-window", text: `Look-back window ${model.window.from} to ${model.window.to}` });
	if (model.events.length === 0) {
		renderEmpty(parent, "No dated life events yet.");
		return;
	}
	const list = parent.createEl("ol", { cls: "ipt-timeline-list" });
	for (const event of model.events) {
		const item = list.createEl("li", { cls: ["ipt-timeline-event", `ipt-category-${event.category}`] });
		item.toggleClass("is-in-window", event.inWindow);
		renderCategoryIcon(item, event.category);
		item.createSpan({ cls: "ipt-event-date", text: event.date });
		item.createSpan({ cls: "ipt-event-type", text: event.type });
		renderNoteLink(item, event.link, open);
		item.createSpan({ cls: "ipt-event-window", text: event.inWindow ? "in window" : "outside window" });
	}
}
