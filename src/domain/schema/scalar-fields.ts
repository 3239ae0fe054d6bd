// Parsers for single-valued keys: text, whole numbers, yes/no, dates and closed
// vocabularies. Each drops an unusable value with a diagnostic naming the value and
// what was expected.
import type { DateValue } from "../model/dates";
import { dateInWords, readWrittenDate } from "../model/loose-dates";
import { describeValue } from "./describe-value";
import { hasOwn, type Field } from "./field";
import { lazy } from "./lazy";
import * as z from "./zod";

export function notA(value: unknown, noun: string, expected: string): string {
	return `${describeValue(value)} is not ${noun}; expected ${expected}`;
}

/** Lists choices as prose: `a, b or c`. */
function choices(values: readonly string[]): string {
	return values.length <= 1 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1] ?? ""}`;
}

/**
 * A number, or a whole number written as text (`"3"`), which YAML keeps as a string
 * when quoted and Obsidian writes for a property typed as text. Such text is read,
 * with a warning, so that a mistyped property does not lose scores.
 */
const WHOLE_NUMBER_TEXT = /^\s*[+-]?\d{1,15}\s*$/;

export function numberOf(value: unknown): number | null {
	if (typeof value === "number") return value;
	return typeof value === "string" && WHOLE_NUMBER_TEXT.test(value) ? Number(value) : null;
}

function quotedNumberWarning(value: string, read: string): string {
	return `${describeValue(value)} is text; it is read as ${read}, but write it as a plain number, without quotes`;
}

function wholeNumberRange(min: number, max: number | null): string {
	return max === null ? `a whole number from ${min} up` : `a whole number from ${min} to ${max}`;
}

/**
 * A schema for whole numbers from `min` to `max`, built on first use. A bounded range is
 * a set of literals: a membership test, several times faster than range checks on the
 * indexing path.
 */
export function wholeNumberSchema(min: number, max: number | null) {
	return lazy(() => (max === null ? z.int().check(z.gte(min)) : z.literal(Array.from({ length: max - min + 1 }, (_, i) => min + i))));
}

export function integerField(noun: string, min: number, max: number | null): Field<number | null> {
	const schema = wholeNumberSchema(min, max);
	const expected = wholeNumberRange(min, max);
	return {
		fallback: null,
		read(field, value, report) {
			const number = numberOf(value);
			if (number === null || !schema().safeParse(number).success) {
				report.error(field, notA(value, noun, expected));
				return null;
			}
			if (typeof value === "string") report.warning(field, quotedNumberWarning(value, String(number)));
			return number;
		},
	};
}

const boolean = lazy(() => z.boolean());

export const booleanField: Field<boolean | null> = {
	fallback: null,
	read(field, value, report) {
		const parsed = boolean().safeParse(value);
		if (parsed.success) return parsed.data;
		const text = typeof value === "string" ? value.trim().toLowerCase() : null;
		if (text === "true" || text === "false") {
			report.warning(field, `${describeValue(value)} is text; it is read as ${text}, but write ${text} without quotes`);
			return text === "true";
		}
		report.error(field, notA(value, "a yes/no value", "true or false"));
		return null;
	},
};

/** Text as written, trimmed; a number (a client code such as 4711) is taken as its digits. */
export const textField: Field<string | null> = {
	fallback: null,
	read(field, value, report) {
		if (typeof value === "string") return value.trim() || null;
		if (typeof value === "number" && Number.isFinite(value)) return String(value);
		report.error(field, notA(value, "text", "a single piece of text"));
		return null;
	},
};

/**
 * A date in any form readDate knows: a loose form is read with a warning naming the
 * form to write, and a day and month that could be either way round are an error that
 * gives both readings. A year alone is a date only where `yearAllowed`: an event can be
 * known only to the year, a session or a case's start cannot.
 */
function datesField(yearAllowed: boolean): Field<DateValue | null> {
	const expected = yearAllowed ? "YYYY-MM-DD, YYYY-MM, YYYY or an ISO date-time" : "YYYY-MM-DD, YYYY-MM or an ISO date-time";
	return {
		fallback: null,
		read(field, value, report) {
			const reading = readWrittenDate(value);
			if (reading === null) {
				report.error(field, notA(value, "a date", expected));
				return null;
			}
			if (reading.kind === "ambiguous") {
				const [dayFirst, monthFirst] = reading.readings;
				report.error(
					field,
					`${describeValue(value)} could be ${dateInWords(dayFirst)} or ${dateInWords(monthFirst)}; write ${dayFirst.text} or ${monthFirst.text}`,
				);
				return null;
			}
			const { date } = reading;
			if (date.precision === "year" && !yearAllowed) {
				report.error(field, `${describeValue(value)} is a year alone, which is enough only for a life event's date; write at least the month, as ${date.text}-MM`);
				return null;
			}
			if (reading.kind === "loose") report.warning(field, `${describeValue(value)} is read as ${dateInWords(date)}; write ${date.text}`);
			return date;
		},
	};
}

/** A date to the day or the month. */
export const dateField = datesField(false);

/** When something happened in the client's life, which may be known only to the year. */
export const eventDateField = datesField(true);

/** Ids are matched without case, surrounding space, or spaces and underscores for hyphens. */
function normaliseId(text: string): string {
	return text.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

export interface EnumField<T extends string> extends Field<T | null> {
	/** What a diagnostic says is expected: `one of a, b or c`. */
	readonly expected: string;
	/** The id a value names, or null; reports nothing. */
	match(value: unknown): T | null;
}

/** One of a closed vocabulary; `aliases` maps other names (already normalised) to ids. */
export function enumField<T extends string>(noun: string, values: readonly T[], aliases: Readonly<Record<string, T>> = {}): EnumField<T> {
	const schema = lazy(() => z.enum(values));
	const exact: ReadonlySet<string> = new Set(values);
	const expected = `one of ${choices(values)}`;
	function match(value: unknown): T | null {
		if (typeof value !== "string") return null;
		let id = exact.has(value) ? value : normaliseId(value);
		if (hasOwn(aliases, id)) id = aliases[id] ?? id;
		const parsed = schema().safeParse(id);
		return parsed.success ? parsed.data : null;
	}
	return {
		fallback: null,
		expected,
		match,
		read(field, value, report) {
			const id = match(value);
			if (id === null) report.error(field, notA(value, noun, expected));
			return id;
		},
	};
}
