// Shared by the parseNote tests: parse a note of a known kind and look at what it said.
import type { Diagnostic, Severity } from "../../../src/domain/model/diagnostic";
import type { NoteRecord } from "../../../src/domain/model/records";
import type { NoteKind } from "../../../src/domain/model/vocabulary";
import { parseNote, type ParseOptions } from "../../../src/domain/parse-note";

export interface Parsed<K extends NoteKind> {
	readonly record: Extract<NoteRecord, { kind: K }>;
	readonly diagnostics: readonly Diagnostic[];
}

export const NOTE_PATH = "Clients/Jordan R/Jordan R.md";

/** Parses `fields` as a note of `kind` (the `ipt` key is added) and insists on a record of that kind. */
export function parseAs<K extends NoteKind>(kind: K, fields: Record<string, unknown>, options?: ParseOptions, path = NOTE_PATH): Parsed<K> {
	const parsed = parseNote(path, { ipt: kind, ...fields }, options);
	const record = parsed.record;
	if (parsed.kind !== kind || record === null || record.kind !== kind) throw new Error(`expected a ${kind} record, got ${JSON.stringify(parsed)}`);
	return { record: record as Extract<NoteRecord, { kind: K }>, diagnostics: parsed.diagnostics };
}

/** Each diagnostic as `severity field: message`, easy to compare in a test. */
export function said(diagnostics: readonly Diagnostic[]): string[] {
	return diagnostics.map((d) => `${d.severity} ${d.message}`);
}

/** The severities reported for one field. */
export function severitiesOf(diagnostics: readonly Diagnostic[], field: string): Severity[] {
	return diagnostics.filter((d) => d.field === field).map((d) => d.severity);
}
