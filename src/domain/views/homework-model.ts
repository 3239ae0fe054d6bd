// Homework of the latest sessions, each with how the next session found it done.
import { indexSessions, isHeld, type NumberedSession } from "../engine/sessions";
import type { SessionRecord } from "../model/records";
import type { HomeworkReview } from "../model/vocabulary";
import type { CaseNames } from "../privacy/case-names";
import { REVIEW_LABELS } from "./labels";
import type { NoteLinkModel } from "./note-link";

export interface HomeworkEntry {
	readonly link: NoteLinkModel;
	readonly session: number;
	readonly date: string | null;
	readonly items: readonly string[];
	/** The next session's `homework_review`; null when none is recorded or there is no next session yet. */
	readonly review: HomeworkReview | null;
	/** "Done (reviewed in session 8)", "Not reviewed yet". */
	readonly reviewText: string;
}

export interface HomeworkModel {
	/** Newest first. */
	readonly entries: readonly HomeworkEntry[];
}

const SHOWN_SESSIONS = 3;

export interface HomeworkStep {
	readonly session: NumberedSession;
	/** The session after it, where its homework is reviewed. */
	readonly next: NumberedSession | undefined;
}

/**
 * Every session held once per number (the first note by path, as the engine counts
 * them), in order, each with the next one held: homework waits over a missed session.
 */
export function homeworkSteps(sessions: readonly SessionRecord[]): HomeworkStep[] {
	const once = indexSessions(sessions.filter(isHeld)).numbered.filter((entry, i, all) => all[i - 1]?.number !== entry.number);
	return once.map((session, i) => ({ session, next: once[i + 1] }));
}

/** "Done (reviewed in session 8)", "Review not recorded in session 8", "Not reviewed yet". */
export function reviewText(next: NumberedSession | undefined): string {
	if (!next) return "Not reviewed yet";
	const review = next.record.homeworkReview;
	return review === null ? `Review not recorded in session ${next.number}` : `${REVIEW_LABELS[review]} (reviewed in session ${next.number})`;
}

export function homeworkModel(sessions: readonly SessionRecord[], names: CaseNames): HomeworkModel {
	const entries = homeworkSteps(sessions)
		.slice(-SHOWN_SESSIONS)
		.map(({ session: { number, record }, next }) => ({
			link: { path: record.path, text: names.note(record.path) },
			session: number,
			date: record.date?.text ?? null,
			items: record.homework.map((item) => names.redact(item)),
			review: next?.record.homeworkReview ?? null,
			reviewText: reviewText(next),
		}));
	return { entries: entries.reverse() };
}
