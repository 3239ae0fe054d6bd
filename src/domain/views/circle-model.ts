// The closeness circle as a drawing: nodes, ties and their styles, from the inventory.
import type { CaseBundle } from "../model/case-bundle";
import { personResolver } from "../model/person-links";
import type { PersonRecord } from "../model/records";
import type { PersonStatus } from "../model/vocabulary";
import type { CaseNames } from "../privacy/case-names";
import { CIRCLE_DIMENSIONS, circleLayout, clientMark, type ClientMark, type LabelPlacement } from "./circle-layout";
import type { NoteLinkModel } from "./note-link";
import { enclosingBox, shortenTo, type Box } from "./text-size";

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

export interface CircleModel {
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
const LABEL_MAX = 12;
/** What follows a label for a deceased or estranged person. */
export const STATUS_MARKS: Readonly<Record<PersonStatus, string>> = { living: "", deceased: " †", estranged: " ⊘" };

function level(value: number | null): Level {
	if (value === null || !Number.isFinite(value)) return null;
	return Math.min(3, Math.max(0, Math.round(value))) as Level;
}

export function shorten(text: string, max = LABEL_MAX): string {
	return shortenTo(text, max);
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

function relatedTies(bundle: CaseBundle, positions: ReadonlyMap<string, { x: number; y: number }>): CircleTie[] {
	const resolve = personResolver(bundle.people);
	const seen = new Set<string>();
	const ties: CircleTie[] = [];
	for (const person of bundle.people) {
		const from = positions.get(person.path);
		if (!from) continue;
		for (const link of person.related) {
			const other = resolve(link);
			const to = other ? positions.get(other.path) : undefined;
			if (!other || !to || other.path === person.path) continue;
			const key = [person.path, other.path].sort().join("\n");
			if (seen.has(key)) continue;
			seen.add(key);
			ties.push({ x1: from.x, y1: from.y, x2: to.x, y2: to.y });
		}
	}
	return ties;
}

function viewBox(centre: number, outerRadius: number, labels: readonly Box[]): Box {
	const rings = { x: centre - outerRadius, y: centre - outerRadius, width: 2 * outerRadius, height: 2 * outerRadius };
	return enclosingBox([rings, ...labels], NODE_RADIUS);
}

export function circleModel(bundle: CaseBundle, names: CaseNames, ringCount: number): CircleModel {
	const placed = bundle.people.filter((person) => person.circle !== null);
	const shortLabels = new Map(placed.map((person) => [person.path, shorten(names.person(person.path))]));
	const client = clientMark(names.client);
	const geometry = circleLayout(
		placed.map((person) => ({ key: person.path, ring: person.circle ?? ringCount, label: (shortLabels.get(person.path) ?? "") + STATUS_MARKS[person.status] })),
		ringCount,
		CIRCLE_DIMENSIONS,
		client.box,
	);
	const people = new Map(bundle.people.map((person) => [person.path, person]));
	const positions = new Map(geometry.slots.map((slot) => [slot.key, slot]));
	const nodes: CircleNode[] = [];
	const clientTies: ClientTie[] = [];
	for (const slot of geometry.slots) {
		const person = people.get(slot.key);
		if (!person) continue;
		nodes.push({
			link: { path: person.path, text: names.person(person.path) },
			shortLabel: shortLabels.get(person.path) ?? "",
			title: title(person, names, ringCount),
			ring: slot.ring,
			x: slot.x,
			y: slot.y,
			label: slot.label,
			support: level(person.support),
			status: person.status,
		});
		clientTies.push({ x1: geometry.centre, y1: geometry.centre, x2: slot.x, y2: slot.y, conflict: level(person.conflict) });
	}
	return {
		size: geometry.size,
		centre: geometry.centre,
		viewBox: viewBox(geometry.centre, geometry.rings[geometry.rings.length - 1]?.radius ?? 0, geometry.slots.map((slot) => slot.labelBox)),
		client: names.client,
		clientMark: client,
		rings: geometry.rings.map(({ ring, radius }) => ({ ring, radius, label: `Circle ${ring}` })),
		nodes,
		clientTies,
		relatedTies: relatedTies(bundle, positions),
		unplaced: bundle.people.filter((person) => person.circle === null).map((person) => ({ path: person.path, text: names.person(person.path) })),
	};
}
