// The shape every note kind's schema has, so that parseNote can treat them alike.
import type { NoteRecord } from "../model/records";
import { linkBasename } from "../model/links";
import type { SafetyReading } from "../model/safety-reading";
import type { ChecklistLine } from "./checklist-tasks";
import type { FieldSet, FieldTable } from "./field";
import type { NoteReader } from "./note-reader";

/** What a record of any kind carries, read before the kind's own keys. */
export interface NoteBasics {
	readonly path: string;
	readonly aliases: readonly string[];
	/** The note's safety answers, read from its raw frontmatter whatever its kind. */
	readonly safety: readonly SafetyReading[];
	/** The checklist items of the note's body, as a face found them. */
	readonly checklist: readonly ChecklistLine[];
}

/** The file name without folder and `.md`: the fallback for a case's client or a person's name. */
export function basenameOf(path: string): string {
	return linkBasename(path).replace(/\.md$/i, "");
}

export interface ParseOptions {
	/** Rings of the closeness circle (settings allow 4); `circle` is checked against it. Default 3. */
	readonly rings?: 3 | 4;
}

export interface KindSchema<R extends NoteRecord> {
	/** Every key of the kind, each with its parser. */
	readonly fields: FieldSet<FieldTable>;
	build(note: NoteReader, basics: NoteBasics, options: ParseOptions): R;
}
