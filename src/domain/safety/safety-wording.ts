// How every face words a safety item, so that the sidebar, the caseload, the report
// and the export say the same thing the same way.
import type { SafetyItem, SafetyNotRecorded } from "../engine/analysis";
import { MEASURE_LABELS } from "../engine/measures/bands";
import { sessionText } from "../engine/pre-group";
import { safetyKeyOf } from "./safety-keys";

/** What a clinician does about an open item: now, not at some later contact. */
export const FOLLOW_UP = "Follow up with the client in this session";

/** "PHQ-9 item 9 scored 2", or "PHQ-9 item 9 could not be read ("3+")". */
export function answerText(item: Pick<SafetyItem, "measure" | "item" | "score" | "raw">): string {
	const name = `${MEASURE_LABELS[item.measure]} item ${item.item}`;
	return item.score === null ? `${name} could not be read (${item.raw})` : `${name} scored ${item.score}`;
}

export function ageText(days: number | null): string | null {
	if (days === null) return null;
	if (days === 0) return "today";
	if (days === 1) return "yesterday";
	return days > 0 ? `${days} days ago` : `dated ${-days} day${days === -1 ? "" : "s"} ahead`;
}

/** "raised in session 5, 12 days ago". */
export function raisedText(item: Pick<SafetyItem, "session" | "raisedDaysAgo">): string {
	const age = ageText(item.raisedDaysAgo);
	return `raised in ${sessionText(item.session)}${age === null ? ", undated" : `, ${age}`}`;
}

/** "PHQ-9 total recorded in session 3 without item 9". */
export function notRecordedText(entry: SafetyNotRecorded): string {
	return `${MEASURE_LABELS[entry.measure]} total recorded in ${sessionText(entry.session)} without item ${safetyKeyOf(entry.measure).item}`;
}
