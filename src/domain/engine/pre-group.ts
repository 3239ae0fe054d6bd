// WHO Group IPT (2016) meets each member alone before the group starts: that meeting is
// `session: 0`, counted in the initial phase and not among the planned group sessions.
// Any other protocol numbers its sessions from 1, and a session 0 there is a mistake.
import type { CaseRecord, SessionRecord } from "../model/records";
import type { Diagnostic } from "../model/diagnostic";
import type { Protocol } from "../model/vocabulary";

/** The number of the first session a protocol has: 0 for group, where it is the pre-group meeting. */
export function firstSessionNumber(protocol: Protocol): 0 | 1 {
	return protocol === "group" ? 0 : 1;
}

/** "session 5", "session 0 (the pre-group meeting)". */
export function sessionName(n: number): string {
	return n === 0 ? "session 0 (the pre-group meeting)" : `session ${n}`;
}

/** As `sessionName`, for a session note that may have no usable number. */
export function sessionText(session: number | null): string {
	return session === null ? "a session without a number" : sessionName(session);
}

function strayZero(session: SessionRecord, record: CaseRecord): boolean {
	return session.session === 0 && firstSessionNumber(record.protocol) !== 0;
}

/** The case's sessions as the rules read them: outside the group protocol a session 0 has no usable number. */
export function sessionsOfProtocol(record: CaseRecord, sessions: readonly SessionRecord[]): SessionRecord[] {
	return sessions.map((session) => (strayZero(session, record) ? { ...session, session: null } : session));
}

/** The error a session 0 gets in a case that is not a group case: on the session note, its `session` field. */
export function strayZeroDiagnostic(session: SessionRecord, record: CaseRecord): Diagnostic | null {
	if (!strayZero(session, record)) return null;
	return {
		path: session.path,
		field: "session",
		severity: "error",
		message: `session: 0 is the pre-group meeting of the group protocol, but the case (${record.path}) follows the ${record.protocol} protocol, whose sessions are numbered from 1; renumber the note, or set protocol: group on the case note.`,
	};
}
