// The session a review of the case's safety items is recorded in: the latest one, so
// that its review comes after every item it can cover.
import type { SessionRecord } from "../model/records";
import { sessionNumber } from "./sessions";

/**
 * Where a session stands: its number; a note without one, just after the last numbered
 * session held on or before its date. A note with neither has no known place, so it is
 * latest only when nothing else is: a review there covers no other session.
 */
function placeOf(numbered: readonly { number: number; day: number | null }[]): (session: SessionRecord) => number {
	return (session) => {
		const number = sessionNumber(session);
		if (number !== null) return number;
		const day = session.date?.day;
		if (day === undefined) return -Infinity;
		return numbered.reduce((last, s) => (s.day !== null && s.day <= day ? Math.max(last, s.number) : last), 0) + 0.5;
	};
}

/** The latest session of a case: highest number, sessions without one placed by date; ties go to the later date, then the later path. */
export function latestSession(sessions: readonly SessionRecord[]): SessionRecord | null {
	const numbered = sessions.flatMap((s) => {
		const number = sessionNumber(s);
		return number === null ? [] : [{ number, day: s.date?.day ?? null }];
	});
	const place = placeOf(numbered);
	let latest: { session: SessionRecord; key: readonly [number, number, string] } | null = null;
	for (const session of sessions) {
		const key = [place(session), session.date?.day ?? -Infinity, session.path] as const;
		if (latest === null || isAfter(key, latest.key)) latest = { session, key };
	}
	return latest?.session ?? null;
}

function isAfter(a: readonly [number, number, string], b: readonly [number, number, string]): boolean {
	if (a[0] !== b[0]) return a[0] > b[0];
	if (a[1] !== b[1]) return a[1] > b[1];
	return a[2] > b[2];
}
