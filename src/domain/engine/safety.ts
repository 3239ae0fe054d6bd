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
	readonly day: number;
}

/** Open first, then reviewed; within each, newest first. Items without a session number lead their group, newest date first, since their place is unknown. */
function compareEntries({ item: a, day: dayA }: Entry, { item: b, day: dayB }: Entry): number {
	if (a.reviewed !== b.reviewed) return a.reviewed ? 1 : -1;
	if (a.session !== null && b.session !== null) return b.session - a.session;
	if (a.session !== b.session) return a.session === null ? -1 : 1;
	return dayB - dayA || 0;
}

/** Any score above 0 is positive: the rule is there so that none is missed, so it is no setting. */
export function safetyItems(sessions: readonly SessionRecord[]): SafetyItem[] {
	const isReviewed = reviewChecker(sessions);
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
			entries.push({ item: flagged, day: session.date?.day ?? -Infinity });
		}
	}
	return entries.sort(compareEntries).map((e) => e.item);
}
