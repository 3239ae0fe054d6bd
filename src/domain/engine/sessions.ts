// The sessions of a case in session order. A session without a usable number (null,
// negative, fractional) has no place in that order: it counts for nothing
// numeric (phase, counts, measure series), but its tasks, date and safety items count.
// A session not held (`attended: false`) keeps its number and its place in the order,
// but its tasks count for nothing and it is not among the sessions held.
import type { SessionRecord } from "../model/records";
import type { NotHeldSession } from "./analysis";
import type { Task } from "../model/vocabulary";

/**
 * The session's number when it is a whole number >= 0, else null. 0 is a group's
 * pre-group meeting: a bundle holds one only for the group protocol (sessionsOfProtocol).
 */
export function sessionNumber(session: SessionRecord): number | null {
	const n = session.session;
	return n !== null && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/** False for a session marked `attended: false`: missed or cancelled. */
export function isHeld(session: SessionRecord): boolean {
	return session.absence === null;
}

export interface NumberedSession {
	readonly number: number;
	readonly record: SessionRecord;
}

export interface SessionIndex {
	/** Sessions with a usable number, by number; notes sharing a number keep path order. */
	readonly numbered: readonly NumberedSession[];
	/** Distinct session numbers, ascending. */
	readonly numbers: readonly number[];
	readonly last: number | null;
	readonly byNumber: ReadonlyMap<number, readonly SessionRecord[]>;
	/** Every task any session held lists, numbered or not. */
	readonly tasksDone: ReadonlySet<Task>;
}

export function indexSessions(sessions: readonly SessionRecord[]): SessionIndex {
	const numbered: NumberedSession[] = [];
	const byNumber = new Map<number, SessionRecord[]>();
	const tasksDone = new Set<Task>();
	for (const record of sessions) {
		if (isHeld(record)) for (const task of record.tasks) tasksDone.add(task);
		const number = sessionNumber(record);
		if (number === null) continue;
		numbered.push({ number, record });
		const same = byNumber.get(number);
		if (same) same.push(record);
		else byNumber.set(number, [record]);
	}
	numbered.sort((a, b) => a.number - b.number);
	const numbers = [...byNumber.keys()].sort((a, b) => a - b);
	return { numbered, numbers, last: numbers[numbers.length - 1] ?? null, byNumber, tasksDone };
}

/** The sessions missed or cancelled, in session order (those without a number last). */
export function notHeldSessions(sessions: readonly SessionRecord[]): NotHeldSession[] {
	const place = sessionPlacer(sessions, Number.MAX_SAFE_INTEGER);
	return sessions
		.filter((record) => !isHeld(record))
		.sort((a, b) => place(a) - place(b))
		.map((record) => ({ session: sessionNumber(record), date: record.date?.text ?? null, reason: record.absence?.reason ?? null, path: record.path }));
}

/**
 * Where a session stands in session order: its number; a note without one comes just
 * after the last numbered session held on or before its date. A note with neither has
 * no known place: `undated` says where the caller puts it.
 */
export function sessionPlacer(sessions: readonly SessionRecord[], undated: number): (session: SessionRecord) => number {
	const dated = sessions.flatMap((s) => {
		const number = sessionNumber(s);
		return number === null || s.date === null ? [] : [{ number, day: s.date.day }];
	});
	return (session) => {
		const number = sessionNumber(session);
		if (number !== null) return number;
		const day = session.date?.day;
		if (day === undefined) return undated;
		return dated.reduce((last, s) => (s.day <= day ? Math.max(last, s.number) : last), 0) + 0.5;
	};
}
