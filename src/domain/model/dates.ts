// Dates as the note format allows them: YYYY-MM-DD, YYYY-MM (month precision), YYYY
// (year precision, which only some fields accept) or an ISO date-time. Everything is
// reduced to a whole UTC day number so comparisons and month arithmetic never depend
// on the machine's time zone.

export type DatePrecision = "day" | "month" | "year";

export interface DateValue {
	/** Normalised text: `YYYY-MM-DD`, `YYYY-MM` for month precision, `YYYY` for year precision. */
	readonly text: string;
	/** Days since 1970-01-01; a month- or year-precision date counts as its first day. */
	readonly day: number;
	readonly precision: DatePrecision;
}

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** A year alone as YAML reads `2019` unquoted: a number. Four digits, as the text form. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;
/**
 * An ISO 8601 date-time in the extended form, with what RFC 3339 and YAML timestamps
 * add: `T`, `t`, spaces or tabs between date and time; the time to the hour, minute or
 * second (a leap second included), with a decimal fraction (`.` or `,`) on the last
 * part; an optional zone: `Z`, `z`, or an offset `+01`, `+01:00` or `+0100`, also
 * YAML's one-digit hour (`-5`), after optional spaces or tabs. Only the date is kept.
 */
const DATE_TIME_RE =
	/^(\d{4})-(\d{2})-(\d{2})(?:[Tt]|[ \t]+)(?:[01]\d|2[0-3])(?::[0-5]\d(?::(?:[0-5]\d|60))?)?(?:[.,]\d+)?(?:[ \t]*(?:[Zz]|[+-](?:(?:[01]\d|2[0-3])(?::?[0-5]\d)?|\d(?::[0-5]\d)?)))?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function pad(n: number, width = 2): string {
	return String(n).padStart(width, "0");
}

export function dayFromParts(year: number, month: number, dayOfMonth: number): number {
	if (year >= 100) return Math.floor(Date.UTC(year, month - 1, dayOfMonth) / DAY_MS);
	// Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear takes the year as given.
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, dayOfMonth);
	return Math.floor(date.getTime() / DAY_MS);
}

export function partsFromDay(day: number): { year: number; month: number; dayOfMonth: number } {
	const d = new Date(day * DAY_MS);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, dayOfMonth: d.getUTCDate() };
}

export function isoFromDay(day: number): string {
	const { year, month, dayOfMonth } = partsFromDay(day);
	return `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}`;
}

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
	return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

function fromYear(year: number): DateValue | null {
	return year < 1 ? null : { text: pad(year, 4), day: dayFromParts(year, 1, 1), precision: "year" };
}

function fromParts(year: number, month: number, dayOfMonth: number | null): DateValue | null {
	if (month < 1 || month > 12 || year < 1) return null;
	if (dayOfMonth === null) {
		return { text: `${pad(year, 4)}-${pad(month)}`, day: dayFromParts(year, month, 1), precision: "month" };
	}
	if (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return null;
	return { text: `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}`, day: dayFromParts(year, month, dayOfMonth), precision: "day" };
}

/** Reads a frontmatter date; null when the value is not a real date in an accepted form. */
export function parseDate(value: unknown): DateValue | null {
	if (value instanceof Date) {
		const time = value.getTime();
		if (Number.isNaN(time)) return null;
		return fromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
	}
	if (typeof value === "number") return Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR ? fromYear(value) : null;
	if (typeof value !== "string") return null;
	const text = value.trim();
	const plain = DATE_RE.exec(text);
	if (plain) {
		if (plain[2] === undefined) return fromYear(Number(plain[1]));
		return fromParts(Number(plain[1]), Number(plain[2]), plain[3] === undefined ? null : Number(plain[3]));
	}
	// A date-time keeps the calendar date the clinician wrote, whatever its offset.
	const withTime = DATE_TIME_RE.exec(text);
	if (withTime) return fromParts(Number(withTime[1]), Number(withTime[2]), Number(withTime[3]));
	return null;
}

/** The same day of the month `months` later (or earlier), clamped to the month's end. */
export function addMonths(day: number, months: number): number {
	const { year, month, dayOfMonth } = partsFromDay(day);
	const total = year * 12 + (month - 1) + months;
	const y = Math.floor(total / 12);
	const m = total - y * 12 + 1;
	return dayFromParts(y, m, Math.min(dayOfMonth, daysInMonth(y, m)));
}

const MONTHS_IN: Readonly<Record<DatePrecision, number>> = { day: 0, month: 1, year: 12 };

/** The last day of the period a date stands for: the day itself, or the end of its month or year. */
export function lastDayOf(date: DateValue): number {
	return date.precision === "day" ? date.day : addMonths(date.day, MONTHS_IN[date.precision]) - 1;
}

/** Whole calendar months from `from` to `to` (negative when `to` is earlier). */
export function wholeMonthsBetween(from: number, to: number): number {
	const a = partsFromDay(from);
	const b = partsFromDay(to);
	let months = (b.year - a.year) * 12 + (b.month - a.month);
	if (months > 0 && b.dayOfMonth < a.dayOfMonth) months -= 1;
	if (months < 0 && b.dayOfMonth > a.dayOfMonth) months += 1;
	return months;
}

/** The local calendar date of a moment, as the clinician's clock shows it (the caller passes the moment). */
export function localCalendarDate(moment: Date): string {
	return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
