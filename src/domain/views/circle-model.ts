// The closeness circle as a drawing: nodes, ties and their styles, from the inventory.
import type { CaseBundle } from "../model/case-bundle";
import { personResolver } from "../model/person-links";
import type { PersonRecord } from "../model/records";
import type { PersonStatus } from "../model/vocabulary";
import type { CaseNames } from "../privacy/case-names";
import { CIRCLE_DIMENSIONS, circleLayout, clientMark, type ClientMark, type LabelPlacement } from "./circle-layout";
import type { NoteLinkModel } from "./note-link";
import { nodeLabel } from "./short-labels";
import { CHARACTER_WIDTH, enclosingBox, type Box } from "./text-size";

/** Support and conflict are 0..3 in the notes; null when not recorded. */
export type Level = 0 | 1 | 2 | 3 | null;

export interface CircleNode {
	readonly link: NoteLinkModel;
	/** The name or privacy label, shortened to fit beside the node; drawn followed by its STATUS_MARKS. */
	readonly shortLabel: string;
	/** Names the person and role and says what the drawing encodes. */
	readonly title: string;
	readonly ring: number;
	readonly x: number;
	readonly y: number;
	readonly label: LabelPlacement;
	readonly support: Level;
	readonly status: PersonStatus;
}

export interface CircleTie {
	readonly x1: number;
	readonly y1: number;
	readonly x2: number;
	readonly y2: number;
}

export interface ClientTie extends CircleTie {
	readonly conflict: Level;
}

/** Who the circle shows, before any layout: what `placeCircle` lays out at a label size. */
export interface CirclePeople {
	readonly client: string;
	readonly ringCount: number;
	/** Labels are privacy labels (roles), shortened by rule rather than cut. */
	readonly private: boolean;
	readonly placed: readonly CirclePerson[];
	/** `related` links between placed people, each pair once, by their place in `placed`. */
	readonly related: readonly (readonly [number, number])[];
	readonly unplaced: readonly NoteLinkModel[];
}

export interface CirclePerson {
	readonly link: NoteLinkModel;
	readonly title: string;
	/** The circle as written; a circle beyond the ring count is drawn on the outer ring. */
	readonly circle: number;
	readonly support: Level;
	readonly conflict: Level;
	readonly status: PersonStatus;
}

export interface CircleModel {
	readonly people: CirclePeople;
	/** The labels' font size in drawing units; the drawing shows it scaled with the rest. */
	readonly labelFontSize: number;
	readonly size: number;
	readonly centre: number;
	/** What the drawing covers: the rings and every label, so nothing is cut off. */
	readonly viewBox: Box;
	readonly client: string;
	readonly clientMark: ClientMark;
	readonly rings: readonly { readonly ring: number; readonly radius: number; readonly label: string }[];
	readonly nodes: readonly CircleNode[];
	/** From the client to each person; its style shows the conflict. */
	readonly clientTies: readonly ClientTie[];
	/** `related` links between people, drawn lightly; each pair once. */
	readonly relatedTies: readonly CircleTie[];
	/** People without a circle: listed beside the drawing, not on it. */
	readonly unplaced: readonly NoteLinkModel[];
}

export const NODE_RADIUS = CIRCLE_DIMENSIONS.nodeRadius;
/**
 * Room for a label beside its node, in drawing units: 12 characters at the default
 * size. A larger font gets fewer characters, so the drawing's width stays bounded
 * and `fitCircle` can always reach the size it needs.
 */
const LABEL_ROOM = 12 * CHARACTER_WIDTH * CIRCLE_DIMENSIONS.labelFontSize;
/** Fewest characters a label is given, however large its font. */
const MIN_LABEL = 4;
/** What follows a label for a deceased or estranged person. */
export const STATUS_MARKS: Readonly<Record<PersonStatus, string>> = { living: "", deceased: " †", estranged: " ⊘" };

function level(value: number | null): Level {
	if (value === null || !Number.isFinite(value)) return null;
	return Math.min(3, Math.max(0, Math.round(value))) as Level;
}

function title(person: PersonRecord, names: CaseNames, ringCount: number): string {
	const who = names.private || person.role === null || person.role.trim() === "" ? names.person(person.path) : `${person.name}, ${person.role.trim()}`;
	const facts: string[] = [];
	if (person.circle !== null) facts.push(person.circle > ringCount ? `circle ${person.circle}, drawn on ring ${ringCount}` : `circle ${person.circle}`);
	facts.push(person.support === null ? "support not recorded" : `support ${person.support} of 3`);
	facts.push(person.conflict === null ? "conflict not recorded" : `conflict ${person.conflict} of 3`);
	if (person.status !== "living") facts.push(person.status);
	if (person.disputeStage !== null) facts.push(`dispute: ${person.disputeStage}`);
	return `${who}: ${facts.join(", ")}`;
}

function relatedPairs(bundle: CaseBundle, placed: readonly PersonRecord[]): [number, number][] {
	const resolve = personResolver(bundle.people);
	const index = new Map(placed.map((person, i) => [person.path, i]));
	const seen = new Set<string>();
	const pairs: [number, number][] = [];
	placed.forEach((person, i) => {
		for (const link of person.related) {
			const other = resolve(link);
			const j = other === null || other === undefined ? undefined : index.get(other.path);
			if (j === undefined || j === i) continue;
			const key = `${Math.min(i, j)} ${Math.max(i, j)}`;
			if (seen.has(key)) continue;
			seen.add(key);
			pairs.push([i, j]);
		}
	});
	return pairs;
}

function viewBox(centre: number, outerRadius: number, labels: readonly Box[]): Box {
	const rings = { x: centre - outerRadius, y: centre - outerRadius, width: 2 * outerRadius, height: 2 * outerRadius };
	return enclosingBox([rings, ...labels], NODE_RADIUS);
}

/** Who is drawn where, with their names or privacy labels; no geometry yet. */
export function circlePeople(bundle: CaseBundle, names: CaseNames, ringCount: number): CirclePeople {
	const placed = bundle.people.filter((person) => person.circle !== null);
	return {
		client: names.client,
		ringCount,
		private: names.private,
		placed: placed.map((person) => ({
			link: { path: person.path, text: names.person(person.path) },
			title: title(person, names, ringCount),
			circle: person.circle ?? ringCount,
			support: level(person.support),
			conflict: level(person.conflict),
			status: person.status,
		})),
		related: relatedPairs(bundle, placed),
		unplaced: bundle.people.filter((person) => person.circle === null).map((person) => ({ path: person.path, text: names.person(person.path) })),
	};
}

/** The characters a label may take at `fontSize`. */
export function labelLength(fontSize: number): number {
	return Math.max(MIN_LABEL, Math.floor(LABEL_ROOM / (CHARACTER_WIDTH * fontSize)));
}

/** The circle laid out with its labels at `labelFontSize` drawing units. */
export function placeCircle(people: CirclePeople, labelFontSize: number = CIRCLE_DIMENSIONS.labelFontSize): CircleModel {
	const dimensions = { ...CIRCLE_DIMENSIONS, labelFontSize };
	const max = labelLength(labelFontSize);
	const shortLabels = new Map(people.placed.map((person) => [person.link.path, nodeLabel(person.link.text, max, people.private)]));
	const client = clientMark(people.client, dimensions);
	const geometry = circleLayout(
		people.placed.map((person) => ({ key: person.link.path, ring: person.circle, label: (shortLabels.get(person.link.path) ?? "") + STATUS_MARKS[person.status] })),
		people.ringCount,
		dimensions,
		client.box,
	);
	const byPath = new Map(people.placed.map((person) => [person.link.path, person]));
	const positions = new Map(geometry.slots.map((slot) => [slot.key, slot]));
	const nodes: CircleNode[] = [];
	const clientTies: ClientTie[] = [];
	for (const slot of geometry.slots) {
		const person = byPath.get(slot.key);
		if (!person) continue;
		nodes.push({ link: person.link, shortLabel: shortLabels.get(slot.key) ?? "", title: person.title, ring: slot.ring, x: slot.x, y: slot.y, label: slot.label, support: person.support, status: person.status });
		clientTies.push({ x1: geometry.centre, y1: geometry.centre, x2: slot.x, y2: slot.y, conflict: person.conflict });
	}
	const relatedTies = people.related.flatMap(([a, b]) => {
		const from = positions.get(people.placed[a]?.link.path ?? "");
		const to = positions.get(people.placed[b]?.link.path ?? "");
		return from && to ? [{ x1: from.x, y1: from.y, x2: to.x, y2: to.y }] : [];
	});
	return {
		people,
		labelFontSize,
		size: geometry.size,
		centre: geometry.centre,
		viewBox: viewBox(geometry.centre, geometry.rings[geometry.rings.length - 1]?.radius ?? 0, geometry.slots.map((slot) => slot.labelBox)),
		client: people.client,
		clientMark: client,
		rings: geometry.rings.map(({ ring, radius }) => ({ ring, radius, label: `Circle ${ring}` })),
		nodes,
		clientTies,
		relatedTies,
		unplaced: people.unplaced,
	};
}

export function circleModel(bundle: CaseBundle, names: CaseNames, ringCount: number): CircleModel {
	return placeCircle(circlePeople(bundle, names, ringCount));
}

/** A label a little larger than asked, so that a few rounds of fitting reach the size. */
const FIT_MARGIN = 1.02;
const FIT_ROUNDS = 8;

/**
 * The circle laid out again so that, drawn `widthPx` wide, its labels show at least
 * `minFontPx` (the theme's small font size, which the face reads). A larger font takes
 * more room, which shrinks the drawing, so this takes a few rounds; labels have bounded
 * room (LABEL_ROOM), so the rounds settle.
 */
export function fitCircle(model: CircleModel, widthPx: number, minFontPx: number): CircleModel {
	let fitted = model;
	for (let round = 0; round < FIT_ROUNDS; round++) {
		if ((fitted.labelFontSize * widthPx) / fitted.viewBox.width >= minFontPx) return fitted;
		fitted = placeCircle(model.people, (FIT_MARGIN * minFontPx * fitted.viewBox.width) / widthPx);
	}
	return fitted;
}
