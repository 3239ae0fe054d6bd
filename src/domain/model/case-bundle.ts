import type { CaseRecord, EventRecord, PersonRecord, SessionRecord, SupervisionRecord } from "./records";

/**
 * One client's notes as the index gathers them: the case note and every person, event
 * and session note that belongs to it, each list sorted by path. This is the whole
 * input of the clinical engine; its supervision notes are read only by the supervision
 * totals and the portfolio.
 */
export interface CaseBundle {
	readonly path: string;
	readonly record: CaseRecord;
	readonly people: readonly PersonRecord[];
	readonly events: readonly EventRecord[];
	readonly sessions: readonly SessionRecord[];
	readonly supervision: readonly SupervisionRecord[];
}

/** The case note and every note of its people, sessions, events and supervision. */
export function caseNotePaths(bundle: CaseBundle): string[] {
	return [
		bundle.path,
		...bundle.people.map((p) => p.path),
		...bundle.sessions.map((s) => s.path),
		...bundle.events.map((e) => e.path),
		...bundle.supervision.map((s) => s.path),
	];
}
