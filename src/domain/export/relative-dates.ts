// Dates in a de-identified export, told relative to the first session ("week 5",
// "3 months before start") so that no calendar date can place the case.
import { sessionNumber } from "../engine/sessions";
import type { CaseBundle } from "../model/case-bundle";
import { parseDate, partsFromDay, wholeMonthsBetween, type DateValue } from "../model/dates";
import { unicodePattern } from "../model/unicode-pattern";

export interface DateAnchor {
	/** The day that is the first day of "week 1". */
	readonly day: number;
	/** What that day is, for the summary's reader: "the first session". */
	readonly what: string;
}

/** The first session's date (the lowest session number with a date), else the case's start; null when neither is known. */
export function dateAnchor(bundle: CaseBundle): DateAnchor | null {
	let first: { number: number; day: number } | null = null;
	for (const session of bundle.sessions) {
		const number = sessionNumber(session);
		const day = session.date?.day;
		if (number === null || day === undefined) continue;
		if (first === null || number < first.number || (number === first.number && day < first.day)) first = { number, day };
	}
	if (first !== null) return { day: first.day, what: `the first session (session ${first.number})` };
	const start = bundle.record.start;
	return start === null ? null : { day: start.day, what: "the case's start date" };
}

function plural(count: number, unit: string): string {
	return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** Shown for a date when the case gives nothing to count from: the date itself would identify. */
export const DATE_LEFT_OUT = "date left out";

/** "week 5" on or after the anchor (its own week is week 1); "3 months before start" before it. */
export function relativeDate(date: DateValue, anchor: DateAnchor | null): string {
	if (anchor === null) return DATE_LEFT_OUT;
	if (date.precision === "year") return relativeYear(date, anchor);
	const days = date.day - anchor.day;
	if (days >= 0) return `${date.precision === "month" ? "around " : ""}week ${Math.floor(days / 7) + 1}`;
	const months = wholeMonthsBetween(date.day, anchor.day);
	if (months >= 24) return `${plural(Math.floor(months / 12), "year")} before start`;
	if (months >= 1 || date.precision === "month") return `${plural(Math.max(1, months), "month")} before start`;
	const weeks = Math.floor(-days / 7);
	return weeks >= 1 ? `${plural(weeks, "week")} before start` : `${plural(-days, "day")} before start`;
}

/** A year alone is told by years: "the year of the start", "2 years before start", "around week 40". */
function relativeYear(date: DateValue, anchor: DateAnchor): string {
	const years = partsFromDay(anchor.day).year - partsFromDay(date.day).year;
	if (years === 0) return "in the year of the start";
	if (years > 0) return `${plural(years, "year")} before start`;
	return `around week ${Math.floor((date.day - anchor.day) / 7) + 1}`;
}

// An ISO date, with the time of day when one follows: the whole of it goes, and an "on"
// before it, which a relative date does not take. The character before is captured and
// put back: no lookbehind, which older mobile WebViews lack.
const ISO_DATE = unicodePattern(String.raw`(^|[^\p{L}\p{N}])(?:([Oo]n) )?(\d{4}-\d{2}(?:-\d{2})?)(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\p{L}\p{N}])`, "g");
// A year alone after "in", as the engine words a date known only to the year ("died in
// 2019"). Only 19xx and 20xx: "in 1500 words" is no date.
const IN_YEAR = unicodePattern(String.raw`(^|[^\p{L}\p{N}])([Ii]n) ((?:19|20)\d{2})(?![\p{L}\p{N}-])`, "g");

/** "on 2026-11-09" -> "in week 5", "on 2026-08-01" -> "1 month before start". */
function withPreposition(on: string | undefined, relative: string): string {
	if (on === undefined) return relative;
	if (!/^(week|around)/.test(relative)) return relative;
	return `${on === "On" ? "In" : "in"} ${relative}`;
}

/**
 * Free text with every ISO date (2026-11-09, 2026-11) and every year after "in" (in
 * 2019) made relative; other spellings of dates are not recognised.
 */
export function relativeDatesIn(text: string, anchor: DateAnchor | null): string {
	return text
		.replace(ISO_DATE(), (match: string, before: string, on: string | undefined, iso: string) => {
			const date = parseDate(iso);
			return date === null ? match : before + withPreposition(on, relativeDate(date, anchor));
		})
		.replace(IN_YEAR(), (match: string, before: string, preposition: string, year: string) => {
			const date = parseDate(year);
			if (date === null) return match;
			const relative = relativeDate(date, anchor);
			if (relative.startsWith("in ")) return before + preposition + relative.slice(2);
			return before + (/^(week|around)/.test(relative) ? `${preposition} ${relative}` : relative);
		});
}

// How the engine words a count from today, which it uses when a case gives no onset,
// start or dated session: today is then the day of the export. See withoutCountsFromToday.
const COUNT_FROM_TODAY = /, (?:(?:about|over) )?\d+ (?:day|month|year)s? (?:before|after) today|, in the same (?:month|year) as today|, on the day of today/g;

/**
 * The text without "3 months before today" and the like: for a case with nothing to
 * count from (no anchor), today is the day of the export, which the reader of an export
 * knows, so such a count would date the event.
 */
export function withoutCountsFromToday(text: string): string {
	return text.replace(COUNT_FROM_TODAY, "");
}
