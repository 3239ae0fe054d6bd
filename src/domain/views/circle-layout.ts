// Geometry of the closeness circle: the client at the centre, rings outwards, each
// person a point on their ring with a label beside it. Pure numbers, so the drawing
// code only draws.
import { fitText, textWidth, type Box } from "./text-size";

export interface CircleSlot {
	readonly key: string;
	/** 1 = innermost. */
	readonly ring: number;
	/** The text beside the node. */
	readonly label: string;
}

export interface LabelPlacement {
	readonly x: number;
	readonly y: number;
	readonly anchor: "start" | "middle" | "end";
	/** Where the text's box sits against y: above it, on it, or below it. */
	readonly baseline: "auto" | "middle" | "hanging";
}

export interface PlacedSlot {
	readonly key: string;
	readonly ring: number;
	readonly x: number;
	readonly y: number;
	/** Radians, 0 = to the right, growing clockwise (SVG's y points down). */
	readonly angle: number;
	readonly label: LabelPlacement;
	/** Where the label's text is expected to fall (estimated, see text-size.ts). */
	readonly labelBox: Box;
}

export interface CircleGeometry {
	readonly size: number;
	readonly centre: number;
	readonly rings: readonly { readonly ring: number; readonly radius: number }[];
	readonly slots: readonly PlacedSlot[];
}

export interface CircleDimensions {
	/** Width and height of the square the rings sit in. */
	readonly size: number;
	readonly innerRadius: number;
	/** Room left outside the outer ring for labels. */
	readonly margin: number;
	readonly nodeRadius: number;
	readonly clientRadius: number;
	readonly labelFontSize: number;
}

export const CIRCLE_DIMENSIONS: CircleDimensions = { size: 340, innerRadius: 56, margin: 40, nodeRadius: 9, clientRadius: 18, labelFontSize: 10 };

export function ringRadii(ringCount: number, dimensions: CircleDimensions = CIRCLE_DIMENSIONS): number[] {
	const outer = dimensions.size / 2 - dimensions.margin;
	if (ringCount <= 1) return [outer];
	const step = (outer - dimensions.innerRadius) / (ringCount - 1);
	return Array.from({ length: ringCount }, (_, i) => dimensions.innerRadius + step * i);
}

/** A label just outside its node, away from the centre, aligned so it grows outwards. */
export function labelPlacement(x: number, y: number, angle: number, distance: number): LabelPlacement {
	const cos = Math.cos(angle);
	const sin = Math.sin(angle);
	const anchor = cos > 0.35 ? "start" : cos < -0.35 ? "end" : "middle";
	const baseline = sin > 0.35 ? "hanging" : sin < -0.35 ? "auto" : "middle";
	return { x: x + cos * distance, y: y + sin * distance, anchor, baseline };
}

/** The box a label's text takes, with room for ascenders and descenders. */
export function labelBox(placement: LabelPlacement, text: string, fontSize: number): Box {
	const width = textWidth(text, fontSize);
	const left = placement.anchor === "start" ? placement.x : placement.anchor === "end" ? placement.x - width : placement.x - width / 2;
	const above = { auto: 1.1, middle: 0.75, hanging: 0.2 }[placement.baseline] * fontSize;
	return { x: left, y: placement.y - above, width, height: 1.5 * fontSize };
}

function squareAround(x: number, y: number, radius: number): Box {
	return { x: x - radius, y: y - radius, width: 2 * radius, height: 2 * radius };
}

/** Boxes closer than this count as touching. */
const CLEARANCE = 2;

function touching(a: Box, b: Box): boolean {
	return a.x < b.x + b.width + CLEARANCE && b.x < a.x + a.width + CLEARANCE && a.y < b.y + b.height + CLEARANCE && b.y < a.y + a.height + CLEARANCE;
}

/** How far round (radians, 0..π) two angles are from each other. */
function angularGap(a: number, b: number): number {
	const gap = Math.abs(a - b) % (2 * Math.PI);
	return Math.min(gap, 2 * Math.PI - gap);
}

/** Room between the client's label and the edge of its mark. */
const CLIENT_PADDING = 4;

export interface ClientMark {
	/** The client's name or privacy label, shortened to clear the inner ring's nodes. */
	readonly label: string;
	/** The accent mark behind it: the client dot, widened into a pill for a long label. */
	readonly box: Box;
}

/** The label is drawn in the accent's text colour, so it must stay inside its mark. */
export function clientMark(name: string, dimensions: CircleDimensions = CIRCLE_DIMENSIONS): ClientMark {
	const centre = dimensions.size / 2;
	const room = 2 * (dimensions.innerRadius - dimensions.nodeRadius - CLEARANCE - CLIENT_PADDING);
	const label = fitText(name, room, dimensions.labelFontSize);
	const half = Math.max(dimensions.clientRadius, textWidth(label, dimensions.labelFontSize) / 2 + CLIENT_PADDING);
	return { label, box: { x: centre - half, y: centre - dimensions.clientRadius, width: 2 * half, height: 2 * dimensions.clientRadius } };
}

/** Angles start at the top of the circle. */
const TOP = -Math.PI / 2;
const ROTATION_STEPS = 12;

interface Ring {
	readonly ring: number;
	readonly radius: number;
	readonly members: readonly CircleSlot[];
}

function placeRing({ ring, radius, members }: Ring, rotation: number, centre: number, dimensions: CircleDimensions): PlacedSlot[] {
	const step = (2 * Math.PI) / members.length;
	return members.map((slot, i) => {
		const angle = TOP + rotation + i * step;
		const x = centre + radius * Math.cos(angle);
		const y = centre + radius * Math.sin(angle);
		const label = labelPlacement(x, y, angle, dimensions.nodeRadius + 4);
		return { key: slot.key, ring, angle, x, y, label, labelBox: labelBox(label, slot.label, dimensions.labelFontSize) };
	});
}

/** Pairs of label or node boxes of `ring` that touch each other or anything placed before. */
function collisions(ring: readonly PlacedSlot[], placed: readonly Box[], nodeRadius: number): number {
	const boxes = ring.flatMap((slot) => [slot.labelBox, squareAround(slot.x, slot.y, nodeRadius)]);
	let count = 0;
	boxes.forEach((box, i) => {
		for (const other of placed) if (touching(box, other)) count++;
		// A node and its own label never touch; skip that pair.
		for (let j = i + 1 + (i % 2 === 0 ? 1 : 0); j < boxes.length; j++) if (touching(box, boxes[j] as Box)) count++;
	});
	return count;
}

/** How many label distances a crowded ring tries: beside the node, then a line or two further out. */
const LABEL_STEPS = 3;

/**
 * On a crowded ring no turn keeps every label clear, so a label that would touch one
 * already placed (inside, or earlier on its ring) moves a line further out, alternating
 * with its neighbours, as long as that touches less.
 */
function staggerLabels(ring: readonly PlacedSlot[], members: readonly CircleSlot[], placedBefore: readonly Box[], dimensions: CircleDimensions): PlacedSlot[] {
	const taken = [...placedBefore, ...ring.map((slot) => squareAround(slot.x, slot.y, dimensions.nodeRadius))];
	const hitsOf = (box: Box): number => taken.filter((other) => touching(box, other)).length;
	return ring.map((slot, i) => {
		const text = members[i]?.label ?? "";
		let best = slot;
		let bestHits = hitsOf(slot.labelBox);
		for (let step = 1; step < LABEL_STEPS && bestHits > 0; step++) {
			const label = labelPlacement(slot.x, slot.y, slot.angle, dimensions.nodeRadius + 4 + step * 1.3 * dimensions.labelFontSize);
			const box = labelBox(label, text, dimensions.labelFontSize);
			const hits = hitsOf(box);
			if (hits < bestHits) {
				best = { ...slot, label, labelBox: box };
				bestHits = hits;
			}
		}
		taken.push(best.labelBox);
		return best;
	});
}

/**
 * Spreads each ring's slots evenly, clockwise in the order given (callers pass a stable
 * order, so a redraw puts everyone where they were). Each ring, inner first, is turned
 * by the fraction of a step that leaves the fewest labels and nodes touching, then the
 * widest gap to the people inside; ties go to the smallest turn, so a lone inner ring
 * starts at the top. It depends only on the slots, so the same people come out the same.
 * A ring beyond `ringCount` is drawn on the outer ring. `client` is the mark at the centre.
 */
export function circleLayout(slots: readonly CircleSlot[], ringCount: number, dimensions: CircleDimensions = CIRCLE_DIMENSIONS, client: Box = clientMark("", dimensions).box): CircleGeometry {
	const radii = ringRadii(ringCount, dimensions);
	const centre = dimensions.size / 2;
	const byRing = new Map<number, CircleSlot[]>();
	for (const slot of slots) {
		const ring = Math.min(Math.max(1, Math.round(slot.ring)), radii.length);
		byRing.set(ring, [...(byRing.get(ring) ?? []), slot]);
	}
	const placed: PlacedSlot[] = [];
	const boxes: Box[] = [client];
	for (const [ring, members] of [...byRing].sort(([a], [b]) => a - b)) {
		const layout = { ring, radius: radii[ring - 1] ?? 0, members };
		const step = (2 * Math.PI) / members.length;
		let best: { slots: PlacedSlot[]; collisions: number; gap: number } | null = null;
		for (let k = 0; k < ROTATION_STEPS; k++) {
			const candidate = placeRing(layout, (k / ROTATION_STEPS) * step, centre, dimensions);
			const hits = collisions(candidate, boxes, dimensions.nodeRadius);
			let gap = Math.PI;
			for (const slot of candidate) for (const other of placed) gap = Math.min(gap, angularGap(slot.angle, other.angle));
			if (best === null || hits < best.collisions || (hits === best.collisions && gap > best.gap + 1e-9)) best = { slots: candidate, collisions: hits, gap };
		}
		for (const slot of staggerLabels(best?.slots ?? [], members, boxes, dimensions)) {
			placed.push(slot);
			boxes.push(slot.labelBox, squareAround(slot.x, slot.y, dimensions.nodeRadius));
		}
	}
	return { size: dimensions.size, centre, rings: radii.map((radius, i) => ({ ring: i + 1, radius })), slots: placed };
}
