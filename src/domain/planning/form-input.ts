// Reading what a clinician typed into a form: each reader gives the value to write,
// or the message to show beside the field.
import { dateInWords, readWrittenDate } from "../model/loose-dates";
import { safeFileName } from "./file-names";

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

function ok<T>(value: T): Parsed<T> {
	return { ok: true, value };
}

function problem<T>(message: string): Parsed<T> {
	return { ok: false, message };
}

/** Text that names a note: required, and with something left once unsafe characters go. */
export function readName(text: string, what: string): Parsed<string> {
	const value = text.trim();
	if (value === "") return problem(`${what} is required.`);
	if (safeFileName(value) === "") return problem(`${what} needs at least one letter or digit.`);
	return ok(value);
}

/** A whole number from min to max; empty text is `fallback` when one is given. */
export function readWholeNumber(text: string, min: number, max: number, fallback?: number): Parsed<number> {
	const value = text.trim();
	if (value === "" && fallback !== undefined) return ok(fallback);
	if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) return problem(`Enter a whole number from ${min} to ${max}.`);
	return ok(Number(value));
}

/** The format's own forms a form takes: a date-time is no answer to "when". */
const DATE_FORM = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export interface DateFormOptions {
	/** A year alone is an answer: for when something happened in the client's life. */
	readonly year?: boolean;
}

/**
 * YYYY-MM-DD, or YYYY-MM when only the month is known (YYYY where `year` allows it);
 * null for an empty optional date. What the notes accept with a warning (`2026-3-14`,
 * `14/03/2026`) is taken and written in the format's form; a day and month that could
 * be either way round are asked about.
 */
export function readDate(text: string, required: true, options?: DateFormOptions): Parsed<string>;
export function readDate(text: string, required: false, options?: DateFormOptions): Parsed<string | null>;
export function readDate(text: string, required: boolean, options: DateFormOptions = {}): Parsed<string | null> {
	const value = text.trim();
	if (value === "") return required ? problem("A date is required, like 2026-03-14.") : ok(null);
	const reading = readWrittenDate(value);
	if (reading?.kind === "ambiguous") {
		const [dayFirst, monthFirst] = reading.readings;
		return problem(`${value} could be ${dateInWords(dayFirst)} or ${dateInWords(monthFirst)}: write ${dayFirst.text} or ${monthFirst.text}.`);
	}
	const date = reading === null || (reading.kind === "exact" && !DATE_FORM.test(value)) ? null : reading.date;
	if (date === null || (date.precision === "year" && options.year !== true)) {
		return problem(options.year === true ? "Use a date like 2026-03-14, or 2026-03 or 2026 when only the month or the year is known." : "Use a date like 2026-03-14, or 2026-03 when only the month is known.");
	}
	return ok(date.text);
}
