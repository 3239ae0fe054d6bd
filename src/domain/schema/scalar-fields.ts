// Parsers for single-valued keys: text, whole numbers, yes/no, dates and closed
// vocabularies. Each drops an unusable value with a diagnostic naming the value and
// what was expected.
import type { DateValue } from "../model/dates";
import { dateInWords, readWrittenDate } from "../model/loose-dates";
import type { Aliases } from "../model/vocabulary";
import { describeValue } from "./describe-value";
import { hasOwn, type Field } from "./field";
import { editDistance } from "./key-spelling";
import { isWholeNumber } from "./whole-number";
import { lazy } from "../lazy";

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

export function integerField(noun: string, min: number, max: number | null): Field<number | null> {
	const expected = wholeNumberRange(min, max);
	return {
		fallback: null,
		read(field, value, report) {
			const number = numberOf(value);
			if (!isWholeNumber(number, min, max)) {
				report.error(field, notA(value, noun, expected));
				return null;
			}
			if (typeof value === "string") report.warning(field, quotedNumberWarning(value, String(number)));
			return number;
		},
	};
}

export const booleanField: Field<boolean | null> = {
	fallback: null,
	read(field, value, report) {
		if (typeof value === "boolean") return value;
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
 * A date in any form readWrittenDate knows: a loose form is read with a warning naming the
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
	/** The id a value names, by id or alias, or null; reports nothing. */
	match(value: unknown): T | null;
}

/**
 * The id a slip of the pen most likely meant (`standrad`, `formualtion`), or null: one
 * edit, two for names of 8 letters or more, with an adjacent swap counting as one.
 */
function nearestId<T extends string>(text: string, names: readonly (readonly [string, T])[]): T | null {
	let best: T | null = null;
	let bestDistance = Infinity;
	for (const [name, id] of names) {
		const limit = name.length >= 8 ? 2 : 1;
		const distance = editDistance(text, name, limit);
		if (distance <= limit && distance < bestDistance) {
			best = id;
			bestDistance = distance;
		}
	}
	return best;
}

function lookUp<T extends string>(table: Aliases<T>, text: string): T | null {
	const key = normaliseId(text);
	return hasOwn(table, key) ? (table[key] ?? null) : null;
}

/**
 * One of a closed vocabulary, matched without case or separators. Another name for a
 * value (`aliases`, normalised keys) is read with a warning naming the id to write,
 * while `established` names (the literature's names of the problem areas, documented
 * as accepted since the first format) are read without one. A value that is none of
 * these is an error, with "did you mean" when it is one slip from a value or a name.
 */
export function enumField<T extends string>(noun: string, values: readonly T[], aliases: Aliases<T> = {}, established: Aliases<T> = {}): EnumField<T> {
	// Every kind's fields are made as main.js loads; what they look values up in is made
	// when the first note is read (see domain/lazy.ts).
	const exact = lazy((): ReadonlySet<string> => new Set(values));
	const expected = lazy(() => `one of ${choices(values)}`);
	const names = lazy((): readonly (readonly [string, T])[] => [...values.map((id) => [id, id] as const), ...Object.entries(established), ...Object.entries(aliases)]);
	function idOf(text: string): T | null {
		const id = exact().has(text) ? text : normaliseId(text);
		return exact().has(id) ? (id as T) : lookUp(established, text);
	}
	return {
		fallback: null,
		get expected() {
			return expected();
		},
		match: (value) => (typeof value === "string" ? (idOf(value) ?? lookUp(aliases, value)) : null),
		read(field, value, report) {
			if (typeof value === "string") {
				const id = idOf(value);
				if (id !== null) return id;
				const alias = lookUp(aliases, value);
				if (alias !== null) {
					report.warning(field, `${describeValue(value)} is read as ${alias}; write ${alias}`);
					return alias;
				}
				const near = nearestId(normaliseId(value), names());
				if (near !== null) {
					report.error(field, `${notA(value, noun, expected())}; did you mean ${near}?`);
					return null;
				}
			}
			report.error(field, notA(value, noun, expected()));
			return null;
		},
	};
}
