// What every field parser shares: its input, where it reports problems, and what the
// record holds when the note gives nothing usable.
import type { Diagnostic, Severity } from "../model/diagnostic";

export interface Reporter {
	error(field: string, message: string): void;
	warning(field: string, message: string): void;
}

export interface Field<T> {
	/** The value when the key is not given, or is given in a form that cannot be used. */
	readonly fallback: T;
	/**
	 * `field` is the key as the note wrote it (a misspelt key read in place of a known one
	 * keeps its own name); `value` is never null, undefined, blank text or an empty list:
	 * those mean "not given" and never reach a parser.
	 */
	read(field: string, value: unknown, report: Reporter): T;
}

export type FieldTable = Readonly<Record<string, Field<unknown>>>;
export type FieldValues<T extends FieldTable> = { readonly [K in keyof T]: T[K] extends Field<infer V> ? V : never };

/** A kind's keys with their parsers, listed once so that reading a note does not list them again. */
export class FieldSet<T extends FieldTable> {
	readonly keys: readonly string[];
	readonly entries: readonly (readonly [string, Field<unknown>])[];

	constructor(private readonly table: T) {
		this.keys = Object.keys(table);
		this.entries = Object.entries(table);
	}

	has(key: string): boolean {
		return hasOwn(this.table, key);
	}
}

/** Collects one note's diagnostics; every message starts with the key it is about. */
export class DiagnosticLog implements Reporter {
	readonly diagnostics: Diagnostic[] = [];

	constructor(readonly path: string) {}

	error(field: string, message: string): void {
		this.add(field, "error", message);
	}

	warning(field: string, message: string): void {
		this.add(field, "warning", message);
	}

	private add(field: string, severity: Severity, message: string): void {
		this.diagnostics.push({ path: this.path, field, severity, message: `${field}: ${message}` });
	}
}

/** For the user's own keys (such as `aliases`), which are read but never diagnosed. */
export const SILENT: Reporter = {
	error() { return undefined; },
	warning() { return undefined; },
};

export function hasOwn(object: object, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(object, key);
}

/** Obsidian writes an emptied property as null; blank text and an empty list (a template's `[]`) mean the same. */
export function isGiven(value: unknown): boolean {
	if (value === null || value === undefined) return false;
	if (typeof value === "string") return value.trim() !== "";
	return !Array.isArray(value) || value.length > 0;
}
