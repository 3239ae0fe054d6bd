// A case whose `start` falls after a session was held: most often a case note created
// today for a client whose earlier sessions were moved in. A note to fix, so a
// diagnostic of the case note (note-format.md), not a clinical warning.
import type { CaseBundle } from "../model/case-bundle";
import type { DateValue } from "../model/dates";
import type { Diagnostic } from "../model/diagnostic";
import type { SessionRecord } from "../model/records";

/** Surely later: a date known only to the month is compared by month. */
function isAfter(start: DateValue, held: DateValue): boolean {
	if (start.precision === "day" && held.precision === "day") return start.day > held.day;
	return start.text.slice(0, 7) > held.text.slice(0, 7);
}

/** The earliest dated session; on one day, the lowest number. */
function firstHeld(sessions: readonly SessionRecord[]): { readonly session: SessionRecord; readonly date: DateValue } | null {
	let first: { session: SessionRecord; date: DateValue } | null = null;
	for (const session of sessions) {
		const { date } = session;
		if (date === null) continue;
		const earlier = first === null || date.day < first.date.day || (date.day === first.date.day && (session.session ?? Infinity) < (first.session.session ?? Infinity));
		if (earlier) first = { session, date };
	}
	return first;
}

/** A warning on the case note's `start` when the case's earliest dated session was held before it. */
export function startAfterFirstSession(bundle: CaseBundle): Diagnostic | null {
	const start = bundle.record.start;
	const first = firstHeld(bundle.sessions);
	if (start === null || first === null || !isAfter(start, first.date)) return null;
	const which = first.session.session === null ? "a session" : `session ${first.session.session}`;
	return {
		path: bundle.path,
		field: "start",
		severity: "warning",
		message: `start: ${start.text} is after the first session (${which}, held ${first.date.text}, in "${first.session.path}"); set start to ${first.date.text} or earlier, or correct that session's date.`,
	};
}
