// Forgiving settings reading: a bad value falls back to its default and says why.
import { isWholeNumber } from "../schema/whole-number";

/** What a setting accepts, in words, and how it reads a value: as kept, or undefined when not accepted. */
export interface Rule<T> {
	readonly read: (value: unknown) => T | undefined;
	readonly expected: string;
}

export function wholeNumberRule(min: number, max: number, expected: string): Rule<number> {
	return { read: (value) => (isWholeNumber(value, min, max) ? value : undefined), expected };
}

/** One of `values`; in words, `one of a, b, c` unless `expected` says otherwise. */
export function oneOfRule<T>(values: readonly T[], expected = `one of ${values.join(", ")}`): Rule<T> {
	return { read: (value) => values.find((allowed) => allowed === value), expected };
}

/**
 * true or false, also written as a string in any letter case ("true", "FALSE"): a
 * data.json edited by hand or by another tool often quotes them, and reading "true" as
 * anything but true would turn privacy mode off.
 */
export const BOOLEAN: Rule<boolean> = {
	read(value) {
		if (typeof value === "boolean") return value;
		const text = typeof value === "string" ? value.toLowerCase() : null;
		return text === "true" ? true : text === "false" ? false : undefined;
	},
	expected: "true or false",
};

export function show(value: unknown): string {
	if (typeof value === "string") return JSON.stringify(value);
	if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
	if (Array.isArray(value)) return "a list";
	return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads one key: its value when valid, else the fallback (a default, valid by design) with a problem that says why. */
export function readField<T>(source: Record<string, unknown>, key: string, rule: Rule<T>, fallback: T, label: string, problems: string[]): T {
	const value = source[key];
	if (value === undefined) return fallback;
	const read = rule.read(value);
	if (read !== undefined) return read;
	problems.push(`${label}: ${show(value)} is not ${rule.expected}; using ${show(fallback)}`);
	return fallback;
}

/** A table of settings: the object itself, or none (its keys' defaults) with a problem when it is something else. Absent or null is none, silently. */
export function readTable(raw: unknown, label: string, problems: string[]): Record<string, unknown> {
	if (isPlainObject(raw)) return raw;
	if (raw !== undefined && raw !== null) problems.push(`${label}: ${show(raw)} is not an object; using the defaults`);
	return {};
}
