// Homework of the latest sessions, each with how the next session found it done.
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

/** One note per session number (the first by path, as the engine does), in number order. */
function numbered(sessions: readonly SessionRecord[]): { number: number; record: SessionRecord }[] {
	const byNumber = new Map<number, SessionRecord>();
	for (const record of sessions) {
		if (record.session !== null && !byNumber.has(record.session)) byNumber.set(record.session, record);
	}
	return [...byNumber].sort(([a], [b]) => a - b).map(([number, record]) => ({ number, record }));
}

function reviewText(next: { number: number; record: SessionRecord } | undefined): string {
	if (!next) return "Not reviewed yet";
	const review = next.record.homeworkReview;
	return review === null ? `Review not recorded in session ${next.number}` : `${REVIEW_LABELS[review]} (reviewed in session ${next.number})`;
}

export function homeworkModel(sessions: readonly SessionRecord[], names: CaseNames): HomeworkModel {
	const ordered = numbered(sessions);
	const entries = ordered.slice(-SHOWN_SESSIONS).map(({ number, record }) => {
		const next = ordered[ordered.findIndex((entry) => entry.number === number) + 1];
		return {
			link: { path: record.path, text: names.note(record.path) },
			session: number,
			date: record.date?.text ?? null,
			items: record.homework.map((item) => names.redact(item)),
			review: next?.record.homeworkReview ?? null,
			reviewText: reviewText(next),
		};
	});
	return { entries: entries.reverse() };
}
