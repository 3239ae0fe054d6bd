// When "today", "onset" and the look-back window are for one case (ipt-rules.md).
import { addMonths, lastDayOf, parseDate, partsFromDay, wholeMonthsBetween, type DateValue } from "../model/dates";
import type { CaseBundle } from "../model/case-bundle";
import type { EngineSettings } from "../settings/engine-settings";
import type { Timeline } from "./analysis";
import { sessionNumber } from "./sessions";

export type OnsetSource = NonNullable<Timeline["onsetSource"]>;

export interface CaseClock {
	/** The latest day the dated sessions allow (see latestSessionDay), else the real date passed in. */
	readonly today: number;
	readonly onset: DateValue | null;
	readonly onsetSource: OnsetSource | null;
	/** The onset's day; today when the case gives no onset at all. */
	readonly anchor: number;
	readonly windowStart: number;
	readonly windowEnd: number;
}

function sessionOneDate(bundle: CaseBundle): DateValue | null {
	let earliest: DateValue | null = null;
	for (const session of bundle.sessions) {
		if (sessionNumber(session) !== 1 || session.date === null) continue;
		if (earliest === null || session.date.day < earliest.day) earliest = session.date;
	}
	return earliest;
}

function findOnset(bundle: CaseBundle): { onset: DateValue; source: OnsetSource } | null {
	const { onset, start } = bundle.record;
	if (onset !== null) return { onset, source: "onset" };
	if (start !== null) return { onset: start, source: "start" };
	const first = sessionOneDate(bundle);
	return first === null ? null : { onset: first, source: "session-1" };
}

/**
 * The latest day a session's date allows. A month-only date says the session was held
 * on some day of that month; reading it as the 1st would move today, and with it the
 * end of the look-back window, back by up to a month, so that events later that month
 * fall outside the window. So it counts as the month's last day, capped by the real
 * today: a session cannot have been held after today. The cap stops at the month's 1st,
 * since a note dated in a month still to come keeps the earliest day it names, as a
 * day-precise date ahead of the real today keeps its day. (Session dates are never a
 * year alone; were one read, the same rule would take the end of its year.)
 */
function latestDayAllowed(date: DateValue, realToday: number): number {
	if (date.precision === "day") return date.day;
	return Math.max(date.day, Math.min(lastDayOf(date), realToday));
}

function latestSessionDay(bundle: CaseBundle, realToday: number): number | null {
	let latest: number | null = null;
	for (const session of bundle.sessions) {
		if (session.date === null || !Number.isFinite(session.date.day)) continue;
		const day = latestDayAllowed(session.date, realToday);
		if (latest === null || day > latest) latest = day;
	}
	return latest;
}

/** Throws only when `today` itself is not a date: that is a caller's bug, not a vault's. */
export function caseClock(bundle: CaseBundle, settings: EngineSettings, today: string): CaseClock {
	const realToday = parseDate(today);
	if (realToday === null) throw new RangeError(`analyseCase: today must be a YYYY-MM-DD date, got ${JSON.stringify(today)}`);
	const todayDay = latestSessionDay(bundle, realToday.day) ?? realToday.day;
	const found = findOnset(bundle);
	// Without any onset the window still needs an end and a start: it ends today and
	// reaches the usual number of months back from today.
	const anchor = found?.onset.day ?? todayDay;
	return {
		today: todayDay,
		onset: found?.onset ?? null,
		onsetSource: found?.source ?? null,
		anchor,
		windowStart: addMonths(anchor, -settings.windowMonths),
		windowEnd: todayDay,
	};
}

/** A month- or year-precision date is within a range when any day of its month or year is. */
export function dateWithin(date: DateValue, from: number, to: number): boolean {
	return lastDayOf(date) >= from && date.day <= to;
}

/** Months counted on a calendar of months, e.g. 2026 * 12 + 3 for March 2026. */
function monthIndex(day: number): number {
	const { year, month } = partsFromDay(day);
	return year * 12 + month;
}

/**
 * Whole months from the anchor to the day, by the calendar of the window's edges
 * (addMonths: 6 months before 31 May is 30 November), so that a date on an edge reads
 * as exactly on it and never as "over".
 */
function monthsReached(anchor: number, day: number, step: 1 | -1): number {
	const reached = (n: number) => step * (day - addMonths(anchor, step * n)) >= 0;
	let months = Math.max(0, Math.abs(wholeMonthsBetween(anchor, day)) - 1);
	while (reached(months + 1)) months += 1;
	return months;
}

function plural(count: number, unit: string): string {
	return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/**
 * "2 months before onset", "over 2 months before onset", "12 days after onset": exact
 * enough that a clinician can tell a date on a window's edge from one just past it. A
 * date known only to the month (or an onset known only to the month) is placed by
 * months alone, since its day could fall on either side of any day count; one known
 * only to the year, by years alone.
 */
export function relativeToOnset(date: DateValue, clock: CaseClock): string {
	const anchorName = clock.onset === null ? "today" : "onset";
	if (date.precision === "year" || clock.onset?.precision === "year") {
		const years = partsFromDay(clock.anchor).year - partsFromDay(date.day).year;
		if (years === 0) return `in the same year as ${anchorName}`;
		return `about ${plural(Math.abs(years), "year")} ${years > 0 ? "before" : "after"} ${anchorName}`;
	}
	if (date.precision === "month" || clock.onset?.precision === "month") {
		const months = monthIndex(clock.anchor) - monthIndex(date.day);
		if (months === 0) return `in the same month as ${anchorName}`;
		return `about ${plural(Math.abs(months), "month")} ${months > 0 ? "before" : "after"} ${anchorName}`;
	}
	if (date.day === clock.anchor) return `on the day of ${anchorName}`;
	const step = date.day < clock.anchor ? -1 : 1;
	const direction = step === -1 ? "before" : "after";
	const months = monthsReached(clock.anchor, date.day, step);
	if (months === 0) return `${plural(Math.abs(clock.anchor - date.day), "day")} ${direction} ${anchorName}`;
	const exact = addMonths(clock.anchor, step * months) === date.day;
	return `${exact ? "" : "over "}${plural(months, "month")} ${direction} ${anchorName}`;
}
