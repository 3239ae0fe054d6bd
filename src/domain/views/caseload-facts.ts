// What a clinician scans the caseload for beyond the phase: when the client was last
// seen, how many sessions in a row were missed, and where the primary measure stands
// against the score before.
import type { CaseAnalysis } from "../engine/analysis";
import { MEASURE_LABELS } from "../engine/measures/bands";
import type { CaseBundle } from "../model/case-bundle";
import { isHeld } from "../engine/sessions";
import { parseDate } from "../model/dates";

export interface LastSeen {
	/** The latest session date, as written. */
	readonly date: string;
	/** Days from it to today; negative for a session dated ahead. */
	readonly days: number;
	/** "2026-11-20 · 13 days ago". */
	readonly text: string;
}

function daysText(days: number): string {
	if (days === 0) return "today";
	if (days === 1) return "yesterday";
	if (days < 0) return days === -1 ? "tomorrow" : `in ${-days} days`;
	return `${days} days ago`;
}

/** The latest dated session held (a missed one is no sighting); null when none has a date. */
export function lastSeen(bundle: CaseBundle, today: string): LastSeen | null {
	const todayDay = parseDate(today)?.day;
	let latest = null;
	for (const session of bundle.sessions) {
		if (isHeld(session) && session.date !== null && (latest === null || session.date.day > latest.day)) latest = session.date;
	}
	if (latest === null || todayDay === undefined) return null;
	const days = todayDay - latest.day;
	return { date: latest.text, days, text: `${latest.text} · ${daysText(days)}` };
}

/**
 * How many of the last sessions, one after another back from the highest number, the
 * client missed or cancelled: 0 when the last was held. A session the therapist
 * cancelled says nothing about the client's attendance: it is passed over, neither
 * counted nor ending the run.
 */
export function missedInARow(analysis: CaseAnalysis): number {
	const reasons = new Map(analysis.notHeld.map((s) => [s.session, s.reason]));
	let count = 0;
	for (let n = analysis.lastSession; n !== null && reasons.has(n); n -= 1) {
		if (reasons.get(n) !== "cancelled-by-therapist") count += 1;
	}
	return count;
}

/** Scores on these scales rise as symptoms worsen: up is worse. */
export type Trend = "up" | "down" | "flat" | "first";

export interface PrimaryScore {
	readonly latest: number;
	readonly trend: Trend;
	/** "PHQ-9 12, up from 9", "PHQ-9 7, first score". */
	readonly text: string;
}

const TREND_WORDS: Readonly<Record<Trend, (previous: number) => string>> = {
	up(previous) { return `up from ${previous}`; },
	down(previous) { return `down from ${previous}`; },
	flat() { return "same as before"; },
	first() { return "first score"; },
};

/** The case's own measure, latest score against the one before; null before any score. */
export function primaryScore(bundle: CaseBundle, analysis: CaseAnalysis): PrimaryScore | null {
	const measure = bundle.record.measure;
	const points = analysis.measures[measure]?.points ?? [];
	const last = points[points.length - 1];
	if (last === undefined) return null;
	const previous = points[points.length - 2];
	const trend: Trend = previous === undefined ? "first" : last.score > previous.score ? "up" : last.score < previous.score ? "down" : "flat";
	return { latest: last.score, trend, text: `${MEASURE_LABELS[measure]} ${last.score}, ${TREND_WORDS[trend](previous?.score ?? last.score)}` };
}
