// One shape per event category, so the timeline and the chart never rely on colour alone.
import type { EventCategory } from "../../../domain/model/vocabulary";

type Category = EventCategory | "none";

/** Draws the category's shape centred on (x, y), `size` across. */
export function drawCategoryMark(parent: SVGElement, category: Category, x: number, y: number, size: number): SVGElement {
	const h = size / 2;
	const cls = ["ipt-category-mark", `ipt-category-${category}`];
	switch (category) {
		case "death":
			return parent.createSvg("rect", { cls, attr: { x: x - h, y: y - h, width: size, height: size } });
		case "transition":
			return parent.createSvg("polygon", { cls, attr: { points: `${x},${y - h} ${x + h},${y + h} ${x - h},${y + h}` } });
		case "dispute":
			return parent.createSvg("polygon", { cls, attr: { points: `${x},${y - h} ${x + h},${y} ${x},${y + h} ${x - h},${y}` } });
		default:
			return parent.createSvg("circle", { cls, attr: { cx: x, cy: y, r: h } });
	}
}

/** The shape alone, inline with text. */
export function renderCategoryIcon(parent: HTMLElement, category: Category): void {
	const svg = parent.createSvg("svg", { cls: "ipt-category-icon", attr: { viewBox: "0 0 12 12", width: 12, height: 12, "aria-hidden": "true" } });
	drawCategoryMark(svg, category, 6, 6, 9);
}
