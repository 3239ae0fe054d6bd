// The frontmatter each case command writes (note-format.md). Keys the clinician left
// empty are not written, so the note says only what is known.
import type { ContactFrequency, DisputeStage, EventType, Measure, PersonStatus, ProblemArea, Protocol } from "../model/vocabulary";
import { PROBLEM_AREAS } from "../model/vocabulary";

export type Properties = Record<string, unknown>;

/** A quoted wiki-link as note-format.md asks: `"[[Jordan R]]"` once written. */
export function wikiLink(linktext: string): string {
	return `[[${linktext}]]`;
}

/** Areas in the canonical order, each once. */
export function focusList(areas: Iterable<ProblemArea>): ProblemArea[] {
	const chosen = new Set(areas);
	return PROBLEM_AREAS.filter((area) => chosen.has(area));
}

/** The entries whose value is given; null means "not given". */
function given(entries: Properties): Properties {
	return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== null));
}

export interface NewCase {
	readonly client: string;
	readonly protocol: Protocol;
	readonly plannedSessions: number;
	readonly start: string;
	readonly onset: string | null;
	readonly measure: Measure;
}

export function caseProperties(input: NewCase): Properties {
	return given({
		ipt: "case",
		client: input.client,
		protocol: input.protocol,
		planned_sessions: input.plannedSessions,
		start: input.start,
		onset: input.onset,
		measure: input.measure,
		focus: [],
	});
}

export interface NewPerson {
	readonly name: string;
	readonly role: string | null;
	readonly circle: number | null;
	readonly contact: ContactFrequency | null;
	readonly support: number | null;
	readonly conflict: number | null;
	readonly status: PersonStatus;
	readonly died: string | null;
	readonly disputeStage: DisputeStage | null;
	readonly expectationsReciprocal: boolean | null;
	readonly confidant: boolean | null;
}

export function personProperties(input: NewPerson, caseLink: string): Properties {
	return given({
		ipt: "person",
		case: caseLink,
		name: input.name,
		role: input.role,
		circle: input.circle,
		contact: input.contact,
		support: input.support,
		conflict: input.conflict,
		status: input.status,
		died: input.died,
		dispute_stage: input.disputeStage,
		expectations_reciprocal: input.expectationsReciprocal,
		confidant: input.confidant,
	});
}

export interface NewEvent {
	readonly date: string;
	readonly type: EventType;
	/** Links to person notes, already as `[[...]]`. */
	readonly people: readonly string[];
}

export function eventProperties(input: NewEvent, caseLink: string): Properties {
	return { ipt: "event", case: caseLink, date: input.date, type: input.type, people: [...input.people] };
}

export interface NewSession {
	readonly number: number;
	readonly date: string;
	readonly focus: readonly ProblemArea[];
}

/**
 * No `phase`: it is computed from the number, and an override is the clinician's to add.
 * `homework_review` (empty) and `risk_reviewed: false` are written whatever the template
 * holds, so that the Properties editor offers them as a value and a checkbox to fill.
 */
export function sessionProperties(input: NewSession, caseLink: string): Properties {
	return { ipt: "session", case: caseLink, session: input.number, date: input.date, focus: focusList(input.focus), tasks: [], homework_review: null, risk_reviewed: false };
}

function isEmpty(value: unknown): boolean {
	return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/**
 * The command's properties, then any the template sets that the command does not
 * (tags, a default status): a clinician's own template keeps its extras. Empty
 * template keys are left out, and a template that is not a map adds nothing.
 */
export function withTemplateProperties(own: Properties, template: unknown): Properties {
	if (typeof template !== "object" || template === null || Array.isArray(template)) return own;
	const merged: Properties = { ...own };
	for (const [key, value] of Object.entries(template as Properties)) {
		if (!(key in merged) && !isEmpty(value)) merged[key] = value;
	}
	return merged;
}
