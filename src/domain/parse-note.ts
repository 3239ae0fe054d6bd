// Turns one note's frontmatter into a typed record plus diagnostics. Runs on every note
// of the vault at start-up, so a note that is not an IPT note returns at once, and no
// schema is built per call. Never throws: a bad value costs only its own field.
import type { Diagnostic } from "./model/diagnostic";
import type { NoteRecord } from "./model/records";
import type { NoteKind } from "./model/vocabulary";
import { DiagnosticLog, hasOwn, isGiven, SILENT } from "./schema/field";
import type { KindSchema, NoteBasics, ParseOptions } from "./schema/kind-schema";
import { KIND_SCHEMAS, KIND_SPELLING, kindField } from "./schema/kinds";
import { NoteReader } from "./schema/note-reader";
import { textListField } from "./schema/shared-fields";

export type { ParseOptions } from "./schema/kind-schema";

export interface ParsedNote {
	readonly path: string;
	/** null when the note is not an IPT note (no `ipt` key): ignored silently, no diagnostics. */
	readonly kind: NoteKind | null;
	/** null only when kind is null or the `ipt` value is unknown. */
	readonly record: NoteRecord | null;
	readonly diagnostics: readonly Diagnostic[];
}

const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);

function notIpt(path: string): ParsedNote {
	return { path, kind: null, record: null, diagnostics: NO_DIAGNOSTICS };
}

function build(kind: NoteKind, path: string, frontmatter: Readonly<Record<string, unknown>>, options: ParseOptions): ParsedNote {
	const schema: KindSchema<NoteRecord> = KIND_SCHEMAS[kind];
	const note = new NoteReader(path, frontmatter, schema.fields, KIND_SPELLING[kind]);
	// `aliases` is the user's own key: read for display, never diagnosed.
	const aliases = hasOwn(frontmatter, "aliases") && isGiven(frontmatter.aliases) ? textListField.read("aliases", frontmatter.aliases, SILENT) : [];
	const basics: NoteBasics = { path, aliases };
	const record = schema.build(note, basics, options);
	return { path, kind, record, diagnostics: note.diagnostics };
}

/** Reads one note. `frontmatter` is whatever Obsidian or the `yaml` package produced. */
export function parseNote(path: string, frontmatter: unknown, options: ParseOptions = {}): ParsedNote {
	if (typeof frontmatter !== "object" || frontmatter === null || Array.isArray(frontmatter) || !hasOwn(frontmatter, "ipt")) return notIpt(path);
	const fields = frontmatter as Readonly<Record<string, unknown>>;
	const value = fields.ipt;
	if (value === undefined) return notIpt(path);
	const kind = kindField.match(value);
	if (kind !== null) return build(kind, path, fields, options);
	const log = new DiagnosticLog(path);
	// An emptied `ipt` (Obsidian writes null) marks a note meant as an IPT note whose
	// kind is missing: said, so that it does not drop out of its case unnoticed.
	if (isGiven(value)) kindField.read("ipt", value, log);
	else log.error("ipt", `empty; expected ${kindField.expected}, or remove ipt if this is not an IPT note`);
	return { path, kind: null, record: null, diagnostics: log.diagnostics };
}
