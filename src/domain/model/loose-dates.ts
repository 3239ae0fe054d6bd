// Dates written the other ways people write them: one-digit months and days
// (`2026-3-5`), `/` or `.` between the parts (`2026/03/05`, `05.03.2026`). Each is read
// as the date it plainly means, so that the reader can name the fix; a date whose day
// and month could be either way round (`12/03/2026`) is not guessed at.
import { parseDate, type DateValue } from "./dates";

export type DateReading =
	/** Written as the note format writes it. */
	| { readonly kind: "exact"; readonly date: DateValue }
	/** Plainly this date, written another way: the fix is to write `date.text`. */
	| { readonly kind: "loose"; readonly date: DateValue }
	/** Day and month could be either way round; both readings, day first then month first. */
	| { readonly kind: "ambiguous"; readonly readings: readonly [DateValue, DateValue] };

const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?$/;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;

function pad(part: string): string {
	return part.padStart(2, "0");
}

function ymd(year: string, month: string, day: string | undefined): DateValue | null {
	return parseDate(day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`);
}

function yearLast(first: string, separator: string, second: string, year: string): DateReading | null {
	const dayFirst = ymd(year, second, first);
	// Dots are the day-first custom (05.03.2026); no calendar writes the month first with them.
	if (separator === ".") return dayFirst === null ? null : { kind: "loose", date: dayFirst };
	const monthFirst = ymd(year, first, second);
	if (dayFirst !== null && monthFirst !== null && dayFirst.day !== monthFirst.day) return { kind: "ambiguous", readings: [dayFirst, monthFirst] };
	const date = dayFirst ?? monthFirst;
	return date === null ? null : { kind: "loose", date };
}

/** Reads a frontmatter date in the format's forms or the other common ones; null when it is no date. */
export function readWrittenDate(value: unknown): DateReading | null {
	const exact = parseDate(value);
	if (exact !== null) return { kind: "exact", date: exact };
	if (typeof value !== "string") return null;
	const text = value.trim();
	const yearFirst = YEAR_FIRST.exec(text);
	if (yearFirst) {
		const date = ymd(yearFirst[1] ?? "", yearFirst[3] ?? "", yearFirst[4]);
		return date === null ? null : { kind: "loose", date };
	}
	const last = YEAR_LAST.exec(text);
	return last ? yearLast(last[1] ?? "", last[2] ?? "", last[3] ?? "", last[4] ?? "") : null;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "12 March 2026", for telling two readings of a date apart. */
export function dateInWords(date: DateValue): string {
	const [year, month, day] = date.text.split("-").map(Number);
	const monthName = MONTH_NAMES[(month ?? 1) - 1] ?? "";
	if (date.precision === "year") return String(year);
	return date.precision === "month" ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}
