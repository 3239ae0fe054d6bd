// The closeness circle as a standalone SVG file, drawn from the views' circle model.
// Support fills the node; conflict styles the line to the client by dash pattern as well
// as colour, so the picture reads in grey print too. A legend says what each means.
import type { CircleModel, CircleNode, Level } from "../views/circle-model";
import { NODE_RADIUS, STATUS_MARKS } from "../views/circle-model";
import { circleLegendLabel } from "../views/circle-legend";
import { element, PAPER, svgDocument, textElement } from "./svg";

type LevelKey = "0" | "1" | "2" | "3" | "unknown";

function levelKey(level: Level): LevelKey {
	return level === null ? "unknown" : (String(level) as LevelKey);
}

interface LineStyle {
	readonly stroke: string;
	readonly width: number;
	readonly dash: string | null;
	readonly opacity: number;
}

/** Solid for none, dotted for some, dashed for marked, dash-dot for severe; faint when not recorded. */
const CONFLICT_LINES: Readonly<Record<LevelKey, LineStyle>> = {
	"0": { stroke: "currentColor", width: 1, dash: null, opacity: 0.7 },
	"1": { stroke: "#b7791f", width: 1.5, dash: "2 3", opacity: 1 },
	"2": { stroke: "#dd6b20", width: 2, dash: "6 4", opacity: 1 },
	"3": { stroke: "#c53030", width: 2.5, dash: "9 3 2 3", opacity: 1 },
	unknown: { stroke: "currentColor", width: 0.75, dash: null, opacity: 0.35 },
};

/** The more support, the darker the fill; an empty node with a dotted edge when not recorded. */
const SUPPORT_FILLS: Readonly<Record<LevelKey, number>> = { "0": 0.06, "1": 0.3, "2": 0.6, "3": 0.95, unknown: 0 };

const LEVEL_NAMES: Readonly<Record<LevelKey, string>> = { "0": "0", "1": "1", "2": "2", "3": "3", unknown: "not recorded" };
const LEVEL_KEYS: readonly LevelKey[] = ["0", "1", "2", "3", "unknown"];


function line(x1: number, y1: number, x2: number, y2: number, style: LineStyle, title?: string): string {
	const attrs = { x1, y1, x2, y2, stroke: style.stroke, "stroke-width": style.width, "stroke-dasharray": style.dash, "stroke-opacity": style.opacity === 1 ? null : style.opacity };
	return title === undefined ? element("line", attrs) : element("line", attrs, [textElement("title", {}, title)]);
}

function dot(x: number, y: number, r: number, support: LevelKey): string {
	const recorded = support !== "unknown";
	return element("circle", {
		cx: x,
		cy: y,
		r,
		fill: recorded ? "currentColor" : PAPER,
		"fill-opacity": recorded ? SUPPORT_FILLS[support] : null,
		stroke: "currentColor",
		"stroke-dasharray": recorded ? null : "2 2",
	});
}

function node(model: CircleNode): string {
	const parts = [textElement("title", {}, model.title), dot(model.x, model.y, NODE_RADIUS, levelKey(model.support))];
	if (model.status === "estranged") {
		const d = NODE_RADIUS * 0.7;
		parts.push(element("line", { x1: model.x - d, y1: model.y + d, x2: model.x + d, y2: model.y - d, stroke: "currentColor", "stroke-width": 1.5 }));
	}
	parts.push(
		textElement(
			"text",
			{ x: model.label.x, y: model.label.y, "text-anchor": model.label.anchor, "dominant-baseline": model.label.baseline },
			model.shortLabel + STATUS_MARKS[model.status],
		),
	);
	return element("g", {}, parts);
}

const LEGEND_ROW = 18;
const LEGEND_LEFT = 12;
const LEGEND_KEYS_LEFT = 24;
const LEGEND_STEP = 34;

/** The shared legend: each scale's line followed by its keys from 0 to 3 and "not recorded", then the rest. */
function legend(top: number): string[] {
	const y = (row: number): number => top + LEGEND_ROW * row;
	const label = (row: number, text: string) => textElement("text", { x: LEGEND_LEFT, y: y(row), "dominant-baseline": "middle" }, text);
	const items = [label(0, circleLegendLabel("support")), label(2, circleLegendLabel("conflict"))];
	LEVEL_KEYS.forEach((key, i) => {
		const x = LEGEND_KEYS_LEFT + LEGEND_STEP * i;
		items.push(dot(x, y(1), 5, key), textElement("text", { x: x + 8, y: y(1), "dominant-baseline": "middle" }, LEVEL_NAMES[key]));
		items.push(line(x - 6, y(3), x + 8, y(3), CONFLICT_LINES[key]), textElement("text", { x: x + 11, y: y(3), "dominant-baseline": "middle" }, LEVEL_NAMES[key]));
	});
	items.push(label(4, `${circleLegendLabel("related")}. ${circleLegendLabel("status")}.`), label(5, `${circleLegendLabel("rings")}.`));
	return items;
}

const LEGEND_HEIGHT = LEGEND_ROW * 6 + 8;
/** Room beside the drawing for long labels on the outer ring's left and right. */
const SIDE_ROOM = 44;

/** `note` is one more sentence for the file's description, such as that it is pseudonymised. */
export function circleSvg(model: CircleModel, note: string | null): string {
	const children: string[] = [];
	for (const ring of model.rings) {
		children.push(
			element("circle", { cx: model.centre, cy: model.centre, r: ring.radius, fill: "none", stroke: "currentColor", "stroke-opacity": 0.3 }),
			textElement("text", { x: model.centre, y: model.centre - ring.radius - 3, "text-anchor": "middle", "fill-opacity": 0.6 }, String(ring.ring)),
		);
	}
	for (const tie of model.relatedTies) children.push(line(tie.x1, tie.y1, tie.x2, tie.y2, { stroke: "currentColor", width: 1, dash: null, opacity: 0.25 }));
	model.clientTies.forEach((tie, i) => {
		const person = model.nodes[i]?.link.text ?? "Person";
		const conflict = tie.conflict === null ? "conflict not recorded" : `conflict ${tie.conflict} of 3`;
		children.push(line(tie.x1, tie.y1, tie.x2, tie.y2, CONFLICT_LINES[levelKey(tie.conflict)], `${model.client} and ${person}: ${conflict}`));
	});
	children.push(
		element("circle", { cx: model.centre, cy: model.centre, r: NODE_RADIUS * 2, fill: "currentColor", "fill-opacity": 0.12, stroke: "currentColor" }),
		textElement("text", { x: model.centre, y: model.centre, "text-anchor": "middle", "dominant-baseline": "middle", "font-weight": "bold", "font-size": 8 }, model.client),
	);
	children.push(...model.nodes.map(node), ...legend(model.size + LEGEND_ROW / 2));
	const placed = `${model.nodes.length} ${model.nodes.length === 1 ? "person" : "people"} on ${model.rings.length} circles around ${model.client}`;
	const unplaced = model.unplaced.length === 0 ? "" : `; ${model.unplaced.length} without a circle, not drawn`;
	return svgDocument(
		{ width: model.size + 2 * SIDE_ROOM, height: model.size + LEGEND_HEIGHT, title: `Closeness circle of ${model.client}`, description: `${placed}${unplaced}.${note === null ? "" : ` ${note}`}` },
		[element("g", { transform: `translate(${SIDE_ROOM} 0)` }, children)],
	);
}
