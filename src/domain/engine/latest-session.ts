// The session a review of the case's safety items is recorded in: the latest one, so
// that its review comes after every item it can cover.
import type { SessionRecord } from "../model/records";
import { sessionPlacer } from "./sessions";

/** The latest session of a case: highest number, sessions without one placed by date; ties go to the later date, then the later path. */
export function latestSession(sessions: readonly SessionRecord[]): SessionRecord | null {
	// A note with neither number nor date is latest only when nothing else is: a review there covers no other session.
	const place = sessionPlacer(sessions, -Infinity);
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
