// Reading what a clinician typed into a form: each reader gives the value to write,
// or the message to show beside the field.
import { parseDate } from "../model/dates";
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

const DATE_FORM = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** YYYY-MM-DD, or YYYY-MM when only the month is known; null for an empty optional date. */
export function readDate(text: string, required: true): Parsed<string>;
export function readDate(text: string, required: false): Parsed<string | null>;
export function readDate(text: string, required: boolean): Parsed<string | null> {
	const value = text.trim();
	if (value === "") return required ? problem("A date is required, like 2026-03-14.") : ok(null);
	const date = DATE_FORM.test(value) ? parseDate(value) : null;
	if (date === null) return problem("Use a date like 2026-03-14, or 2026-03 when only the month is known.");
	return ok(date.text);
}
