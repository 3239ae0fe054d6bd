// Safety answers that a clinician must see (ipt-rules.md "Safety"). The tool does not
// assess risk; it lists every positive or unreadable answer until a session records
// its review, and names each session whose total came without its safety item.
import { mustBeSeen, type SafetyMeasure } from "../model/safety-reading";
import type { SessionRecord } from "../model/records";
import type { SafetyItem, SafetyNotRecorded } from "./analysis";
import { sessionNumber, sessionPlacer } from "./sessions";

interface Review {
	readonly number: number | null;
	readonly day: number | null;
}

/**
 * A review counts only when it comes after the item was raised: on the item's own
 * note (Record measure clears `risk_reviewed` when it writes a positive answer there),
 * on a session with a higher number, or, where one of the two has no number, on a
 * session dated later. Anything less certain leaves the item open.
 */
function reviewChecker(sessions: readonly SessionRecord[]): (flagged: SessionRecord) => boolean {
	const reviews: Review[] = sessions.filter((s) => s.riskReviewed).map((s) => ({ number: sessionNumber(s), day: s.date?.day ?? null }));
	return (flagged) => {
		if (flagged.riskReviewed) return true;
		const number = sessionNumber(flagged);
		const day = flagged.date?.day ?? null;
		return reviews.some((review) => {
			if (number !== null && review.number !== null) return review.number > number;
			return day !== null && review.day !== null && review.day > day;
		});
	};
}

interface Entry {
	readonly item: SafetyItem;
	/** Its place in session order; an undated note without a number counts as the newest, to be seen first. */
	readonly place: number;
	readonly day: number;
}

/** Open first, then reviewed; within each, newest first: by place, then by date. */
function compareEntries(a: Entry, b: Entry): number {
	if (a.item.reviewed !== b.item.reviewed) return a.item.reviewed ? 1 : -1;
	if (a.place !== b.place) return a.place > b.place ? -1 : 1;
	return b.day - a.day || 0;
}

/**
 * Any answer above 0 is positive, and an answer that cannot be read counts as raised:
 * the rule is there so that none is missed, so it is no setting. `today` is the real
 * day, for each item's age.
 */
export function safetyItems(sessions: readonly SessionRecord[], today: number): SafetyItem[] {
	const isReviewed = reviewChecker(sessions);
	const placeOf = sessionPlacer(sessions, Infinity);
	const entries: Entry[] = [];
	for (const session of sessions) {
		for (const reading of session.safety) {
			if (!mustBeSeen(reading)) continue;
			const day = session.date?.day ?? null;
			const flagged: SafetyItem = {
				measure: reading.measure,
				item: reading.item,
				key: reading.key,
				score: reading.score,
				raw: reading.raw,
				reason: reading.score === null ? "unreadable" : "positive",
				session: sessionNumber(session),
				date: session.date?.text ?? null,
				path: session.path,
				reviewed: isReviewed(session),
				raisedDaysAgo: day === null ? null : today - day,
			};
			entries.push({ item: flagged, place: placeOf(session), day: day ?? -Infinity });
		}
	}
	return entries.sort(compareEntries).map((e) => e.item);
}

const SCALES_WITH_SAFETY_ITEM: readonly SafetyMeasure[] = ["phq9", "hamd", "epds"];

/** Sessions whose total on a scale came without the scale's safety item, oldest first. */
export function safetyNotRecorded(sessions: readonly SessionRecord[]): SafetyNotRecorded[] {
	const placeOf = sessionPlacer(sessions, Infinity);
	const missing: { readonly entry: SafetyNotRecorded; readonly place: number }[] = [];
	for (const session of sessions) {
		for (const measure of SCALES_WITH_SAFETY_ITEM) {
			if (session.scores[measure] === undefined || session.safety.some((r) => r.measure === measure)) continue;
			missing.push({ entry: { path: session.path, session: sessionNumber(session), measure }, place: placeOf(session) });
		}
	}
	// Sessions arrive in path order, and the sort is stable: ties keep it.
	return missing.sort((a, b) => a.place - b.place).map((m) => m.entry);
}
