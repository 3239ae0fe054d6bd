// How a session missed or cancelled (`attended: false`) is told in the sidebar, the
// caseload, the report and the export: by its number and why, never by a date.
import type { NotHeldSession } from "../engine/analysis";
import { sessionText } from "../engine/pre-group";
import type { AbsenceReason } from "../model/vocabulary";

const REASON_WORDS: Readonly<Record<AbsenceReason, string>> = {
	missed: "missed (did not attend)",
	"cancelled-by-client": "cancelled by the client",
	"cancelled-by-therapist": "cancelled by the therapist",
};

/** "missed (did not attend)", "cancelled by the client"; "not held" when no reason is given. */
export function absenceWords(reason: AbsenceReason | null): string {
	return reason === null ? "not held" : REASON_WORDS[reason];
}

/** "Session 5 missed (did not attend); session 7 cancelled by the client"; null when every session was held. */
export function notHeldText(sessions: readonly NotHeldSession[]): string | null {
	if (sessions.length === 0) return null;
	const parts = sessions.map((s) => `${sessionText(s.session)} ${absenceWords(s.reason)}`);
	const text = parts.join("; ");
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "2 missed in a row", "Last session missed"; null when the last session was held. */
export function missedRunText(count: number): string | null {
	if (count === 0) return null;
	return count === 1 ? "Last session missed" : `${count} missed in a row`;
}
