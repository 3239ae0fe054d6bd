// The closeness circle as a JSON Canvas the clinician can rearrange: the client in the
// middle, a group per ring, each person on their ring, a tie from the client labelled
// with support and conflict and coloured by conflict. Ids follow the note's path, so a
// re-export finds the nodes the clinician moved, and reading the canvas back finds who
// now sits on which ring.
import type { CaseBundle } from "../model/case-bundle";
import type { PersonRecord } from "../model/records";
import type { CaseNames } from "../privacy/case-names";
import type { CircleModel } from "../views/circle-model";
import type { CanvasColor, CanvasDocument, CanvasEdge, CanvasNode } from "./json-canvas";

/** Canvas units per unit of the drawing: the sidebar's circle is small, a canvas is roomy. */
const SCALE = 5;
const PERSON = { width: 180, height: 60 };
const CLIENT = { width: 160, height: 70 };
const CLIENT_ID = "ipt-client";

/** Conflict 0 green, 1 yellow, 2 orange, 3 red: the canvas's preset colours. */
const CONFLICT_COLORS: readonly CanvasColor[] = ["4", "3", "2", "1"];

/** A short stable id from a path (FNV-1a), so the canvas holds no name in its ids. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (const char of text) {
		h ^= char.codePointAt(0) ?? 0;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, "0");
}

export function personNodeId(path: string): string {
	return `ipt-person-${hash(path)}`;
}

/** Where the rings are on the canvas, as first exported: their radii around the centre. */
export interface CanvasRings {
	readonly radii: readonly { readonly ring: number; readonly radius: number }[];
}

export function canvasRings(circle: CircleModel): CanvasRings {
	return { radii: circle.rings.map((r) => ({ ring: r.ring, radius: r.radius * SCALE })) };
}

/** The ring whose circle passes nearest a point this far from the client. */
export function ringAt(distance: number, rings: CanvasRings): number | null {
	let best: { ring: number; off: number } | null = null;
	for (const { ring, radius } of rings.radii) {
		const off = Math.abs(distance - radius);
		if (best === null || off < best.off) best = { ring, off };
	}
	return best?.ring ?? null;
}

function centreOf(node: CanvasNode): { x: number; y: number } {
	return { x: node.x + node.width / 2, y: node.y + node.height / 2 };
}

function tieLabel(person: PersonRecord): string {
	const level = (value: number | null): string => (value === null ? "not recorded" : String(value));
	return `support ${level(person.support)} · conflict ${level(person.conflict)}`;
}

/**
 * `names` decide what the canvas shows: with names, a file node per person (the canvas
 * opens the note); de-identified, a text node with the person's role label. `previous`
 * is the canvas as it is in the vault: a person the clinician moved keeps their place
 * while it still lies on the ring the notes give.
 */
export function circleCanvas(bundle: CaseBundle, circle: CircleModel, names: CaseNames, previous: CanvasDocument | null): CanvasDocument {
	const rings = canvasRings(circle);
	const toCanvas = (at: number): number => (at - circle.centre) * SCALE;
	const nodes: CanvasNode[] = [...rings.radii]
		.sort((a, b) => b.radius - a.radius)
		.map(({ ring, radius }) => ({ id: `ipt-ring-${ring}`, type: "group", label: `Ring ${ring}`, x: -Math.round(radius), y: -Math.round(radius), width: 2 * Math.round(radius), height: 2 * Math.round(radius) }));
	const before = new Map((previous?.nodes ?? []).map((node) => [node.id, node]));
	const client = before.get(CLIENT_ID);
	const clientAt = client ? centreOf(client) : { x: 0, y: 0 };
	nodes.push({ id: CLIENT_ID, type: "text", text: `**${names.client}**`, x: Math.round(clientAt.x - CLIENT.width / 2), y: Math.round(clientAt.y - CLIENT.height / 2), ...CLIENT });
	const people = new Map(bundle.people.map((person) => [person.path, person]));
	const edges: CanvasEdge[] = [];
	for (const node of circle.nodes) {
		const person = people.get(node.link.path);
		if (!person) continue;
		const id = personNodeId(person.path);
		const moved = before.get(id);
		const keep = moved !== undefined && ringAt(Math.hypot(centreOf(moved).x - clientAt.x, centreOf(moved).y - clientAt.y), rings) === node.ring;
		// JSON Canvas positions are integers.
		const x = keep ? moved.x : Math.round(toCanvas(node.x) - PERSON.width / 2);
		const y = keep ? moved.y : Math.round(toCanvas(node.y) - PERSON.height / 2);
		const color = person.conflict === null ? undefined : CONFLICT_COLORS[Math.min(3, Math.max(0, Math.round(person.conflict)))];
		const place = { id, x, y, ...PERSON, ...(color === undefined ? {} : { color }) };
		nodes.push(names.private ? { ...place, type: "text", text: names.person(person.path) } : { ...place, type: "file", file: person.path });
		edges.push({ id: `ipt-tie-${hash(person.path)}`, fromNode: CLIENT_ID, toNode: id, label: tieLabel(person), ...(color === undefined ? {} : { color }) });
	}
	return { nodes, edges };
}

export interface RingChange {
	readonly path: string;
	readonly from: number | null;
	readonly to: number;
}

/** Each person whose node now lies nearest another ring than their note's `circle`, measured from the client's node. */
export function ringChanges(bundle: CaseBundle, circle: CircleModel, canvas: CanvasDocument): RingChange[] {
	const rings = canvasRings(circle);
	const byId = new Map(canvas.nodes.map((node) => [node.id, node]));
	const client = byId.get(CLIENT_ID);
	const at = client ? centreOf(client) : { x: 0, y: 0 };
	const people = new Map(bundle.people.map((person) => [person.path, person]));
	const changes: RingChange[] = [];
	// Against the ring drawn, not the note's number: a circle beyond the last ring is drawn on it and is no change.
	for (const drawn of circle.nodes) {
		const person = people.get(drawn.link.path);
		const node = byId.get(personNodeId(drawn.link.path));
		if (!person || !node) continue;
		const c = centreOf(node);
		const ring = ringAt(Math.hypot(c.x - at.x, c.y - at.y), rings);
		if (ring !== null && ring !== drawn.ring) changes.push({ path: person.path, from: person.circle, to: ring });
	}
	return changes;
}
