// Turns one note's frontmatter into a typed record plus diagnostics. Runs on every note
// of the vault at start-up, so a note that is not an IPT note returns at once, and no
// schema is built per call. Never throws: a bad value costs only its own field.
import type { Diagnostic } from "./model/diagnostic";
import type { NoteRecord } from "./model/records";
import type { SafetyReading } from "./model/safety-reading";
import type { NoteKind } from "./model/vocabulary";
import { readSafety } from "./safety/read-safety";
import { isKindKeyNearMiss, matchSafetyKey, mayMatter } from "./safety/safety-keys";
import { nearestKind } from "./safety/kind-near-miss";
import { DiagnosticLog, hasOwn, isGiven, SILENT, type Reporter } from "./schema/field";
import type { KindSchema, NoteBasics, ParseOptions } from "./schema/kind-schema";
import { KIND_SCHEMAS, kindField, kindSpelling } from "./schema/kinds";
import { NoteReader } from "./schema/note-reader";
import { textListField } from "./schema/shared-fields";
import { describeValue } from "./schema/describe-value";
import type { ChecklistLine } from "./schema/checklist-tasks";
import type { LeftoverPlaceholder } from "./schema/leftover-placeholder";

export type { ParseOptions } from "./schema/kind-schema";

export interface ParsedNote {
	readonly path: string;
	/** null when the note is not an IPT note (no `ipt` key): ignored silently, no diagnostics. */
	readonly kind: NoteKind | null;
	/** null only when kind is null or the `ipt` value is unknown. */
	readonly record: NoteRecord | null;
	readonly diagnostics: readonly Diagnostic[];
	/**
	 * Every safety answer the note gives, whatever its kind: a session's are its record's
	 * too; any other note's are raised outside the sessions of a case.
	 */
	readonly safety: readonly SafetyReading[];
}

const NOTHING: readonly never[] = Object.freeze([]);

function notIpt(path: string): ParsedNote {
	return { path, kind: null, record: null, diagnostics: NOTHING, safety: NOTHING };
}

/** Safety answers outside a session note: raised all the same, with a word on where they belong. */
function warnStray(readings: readonly SafetyReading[], log: Reporter, where: string): void {
	for (const key of new Set(readings.map((r) => r.key))) {
		log.warning(key, `a safety item on ${where}; it is raised as an open safety item until it is recorded in its session note (ipt: session)`);
	}
}

/** How the kind was found: `value` is set when it was read from a value plainly meant as one. */
interface KindFound {
	readonly kind: NoteKind;
	readonly key: string;
	readonly nearValue: unknown;
}

function build({ kind, key, nearValue }: KindFound, path: string, frontmatter: Readonly<Record<string, unknown>>, options: ParseOptions, checklist: readonly ChecklistLine[]): ParsedNote {
	const schema: KindSchema<NoteRecord> = KIND_SCHEMAS[kind];
	const note = new NoteReader(path, frontmatter, schema.fields, kindSpelling(kind));
	if (note.leftover !== null) return unfilled(path, kind, note.leftover, frontmatter, note.safetyKeys);
	if (key !== "ipt") note.warning(key, `did you mean ipt? The note is read as ipt: ${kind} for now; rename the key to ipt`);
	if (nearValue !== undefined) note.warning(key, `${describeValue(nearValue)} is read as ${kind}; write ${key}: ${kind}`);
	// `aliases` is the user's own key: read for display, never diagnosed.
	const aliases = hasOwn(frontmatter, "aliases") && isGiven(frontmatter.aliases) ? textListField.read("aliases", frontmatter.aliases, SILENT) : [];
	const safety = readSafety(frontmatter, note, note.safetyKeys);
	if (kind !== "session") warnStray(safety, note, `a ${kind} note`);
	const basics: NoteBasics = { path, aliases, safety, checklist };
	const record = schema.build(note, basics, options);
	return { path, kind, record, diagnostics: kind === "formulation-key" ? note.diagnostics.map(keptSecret) : note.diagnostics, safety };
}

/**
 * A formulation key is the trainer's answer: its values stay out of every list a student
 * sees (Validate notes, the sidebar's diagnostics), so only the field and the severity
 * of a problem are told. The safety item's own words are kept: those are always shown.
 */
function keptSecret(diagnostic: Diagnostic): Diagnostic {
	if (matchSafetyKey(diagnostic.field) !== null) return diagnostic;
	return { ...diagnostic, message: `${diagnostic.field}: has a problem that is not told here, because this note is a formulation key, which stays hidden until a formulation is checked; open the note and compare ${diagnostic.field} with note-format.md` };
}

/** Never part of a case; its safety answers are raised all the same, as a stray note's are. */
function unfilled(path: string, kind: NoteKind, { key, placeholder }: LeftoverPlaceholder, fields: Readonly<Record<string, unknown>>, safetyKeys: readonly string[]): ParsedNote {
	const log = new DiagnosticLog(path);
	log.error(
		key,
		`still holds the template placeholder ${placeholder}, so this ${kind} note is left out: fill it in, or, if this is a template, keep it in a folder IPT Workbench ignores (its templates folder, core Templates' or Templater's, or one listed under "Folders to ignore")`,
	);
	return { path, kind: null, record: null, diagnostics: log.diagnostics, safety: readSafety(fields, log, safetyKeys) };
}

/** The key that says which kind of IPT note this is: `ipt`, or a spelling plainly meant as it. */
function kindKeyOf(fields: Readonly<Record<string, unknown>>): { kindKey: string | null; hasSafety: boolean } {
	if (hasOwn(fields, "ipt")) return { kindKey: "ipt", hasSafety: false };
	let kindKey: string | null = null;
	let hasSafety = false;
	// Most notes are no IPT note: `for in` looks at their keys without making a list of them.
	for (const key in fields) {
		if (!mayMatter(key) || !hasOwn(fields, key)) continue;
		if (kindKey === null && isKindKeyNearMiss(key)) kindKey = key;
		else if (!hasSafety && matchSafetyKey(key) !== null) hasSafety = true;
	}
	return { kindKey, hasSafety };
}

/**
 * Reads one note. `frontmatter` is whatever Obsidian or the `yaml` package produced;
 * `checklist` the checklist items of its body, where ticked tasks may be named.
 */
export function parseNote(path: string, frontmatter: unknown, options: ParseOptions = {}, checklist: readonly ChecklistLine[] = []): ParsedNote {
	if (typeof frontmatter !== "object" || frontmatter === null || Array.isArray(frontmatter)) return notIpt(path);
	const fields = frontmatter as Readonly<Record<string, unknown>>;
	const { kindKey, hasSafety } = kindKeyOf(fields);
	const value = kindKey === null ? undefined : fields[kindKey];
	if (kindKey === null || value === undefined) {
		if (!hasSafety) return notIpt(path);
		const log = new DiagnosticLog(path);
		const safety = readSafety(fields, log);
		warnStray(safety, log, "a note without ipt: session");
		return { path, kind: null, record: null, diagnostics: log.diagnostics, safety };
	}
	const exact = kindField.match(value);
	const near = exact === null ? nearestKind(value) : null;
	const kind = exact ?? near;
	if (kind !== null) return build({ kind, key: kindKey, nearValue: near === null ? undefined : value }, path, fields, options, checklist);
	const log = new DiagnosticLog(path);
	// An emptied `ipt` (Obsidian writes null) marks a note meant as an IPT note whose
	// kind is missing: said, so that it does not drop out of its case unnoticed.
	if (isGiven(value)) kindField.read(kindKey, value, log);
	else log.error(kindKey, `empty; expected ${kindField.expected}, or remove ipt if this is not an IPT note`);
	return { path, kind: null, record: null, diagnostics: log.diagnostics, safety: readSafety(fields, log) };
}
