// Positive safety items, so that none is missed (ipt-rules.md "Safety"). The tool does
// not assess risk; it lists each positive item until a session records its review.
import type { SessionRecord } from "../model/records";
import type { SafetyItem, SafetyMeasure } from "./analysis";
import { sessionNumber } from "./sessions";

const SAFETY_ITEMS: readonly { measure: SafetyMeasure; item: number; score: (s: SessionRecord) => number | null | undefined }[] = [
	{ measure: "phq9", item: 9, score: (s) => s.phq9Items?.[8] },
	{ measure: "hamd", item: 3, score: (s) => s.hamdItem3 },
	{ measure: "epds", item: 10, score: (s) => s.epdsItem10 },
];

/**
 * Who can review what. A review counts for the same note, for any session with the
 * same or a lower number, and, where one of the two has no number, for any session
 * dated on or before the review.
 */
function reviewChecker(sessions: readonly SessionRecord[]): (flagged: SessionRecord) => boolean {
	let maxNumber = -Infinity;
	let maxDay = -Infinity;
	let maxUnnumberedDay = -Infinity;
	for (const session of sessions) {
		if (!session.riskReviewed) continue;
		const number = sessionNumber(session);
		const day = session.date?.day ?? -Infinity;
		if (number !== null) maxNumber = Math.max(maxNumber, number);
		maxDay = Math.max(maxDay, day);
		if (number === null) maxUnnumberedDay = Math.max(maxUnnumberedDay, day);
	}
	return (flagged) => {
		if (flagged.riskReviewed) return true;
		const number = sessionNumber(flagged);
		if (number !== null && maxNumber >= number) return true;
		const day = flagged.date?.day;
		if (day === undefined) return false;
		return (number === null ? maxDay : maxUnnumberedDay) >= day;
	};
}

interface Entry {
	readonly item: SafetyItem;
	/** Its place in session order: the session number, or between numbered sessions by date. */
	readonly place: number;
	readonly day: number;
}

/**
 * Where a session stands in session order. A note without a number comes just after the
 * last numbered session held on or before its date; without a date its place is unknown,
 * so it counts as the newest, to be seen first.
 */
function placer(sessions: readonly SessionRecord[]): (session: SessionRecord) => number {
	const dated = sessions.flatMap((s) => {
		const number = sessionNumber(s);
		return number === null || s.date === null ? [] : [{ number, day: s.date.day }];
	});
	return (session) => {
		const number = sessionNumber(session);
		if (number !== null) return number;
		const day = session.date?.day;
		if (day === undefined) return Infinity;
		return dated.reduce((last, s) => (s.day <= day ? Math.max(last, s.number) : last), 0) + 0.5;
	};
}

/** Open first, then reviewed; within each, newest first: by place, then by date. */
function compareEntries(a: Entry, b: Entry): number {
	if (a.item.reviewed !== b.item.reviewed) return a.item.reviewed ? 1 : -1;
	if (a.place !== b.place) return a.place > b.place ? -1 : 1;
	return b.day - a.day || 0;
}

/** Any score above 0 is positive: the rule is there so that none is missed, so it is no setting. */
export function safetyItems(sessions: readonly SessionRecord[]): SafetyItem[] {
	const isReviewed = reviewChecker(sessions);
	const placeOf = placer(sessions);
	const entries: Entry[] = [];
	for (const session of sessions) {
		for (const { measure, item, score: scoreIn } of SAFETY_ITEMS) {
			const score = scoreIn(session);
			if (score === null || score === undefined || !(score >= 1)) continue;
			const flagged: SafetyItem = {
				measure,
				item,
				score,
				session: sessionNumber(session),
				date: session.date?.text ?? null,
				path: session.path,
				reviewed: isReviewed(session),
			};
			entries.push({ item: flagged, place: placeOf(session), day: session.date?.day ?? -Infinity });
		}
	}
	return entries.sort(compareEntries).map((e) => e.item);
}
