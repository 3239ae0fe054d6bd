// The note kinds, each with its schema and its misspelt-key detector.
import type { NoteRecord } from "../model/records";
import { NOTE_KINDS, type NoteKind } from "../model/vocabulary";
import { caseSchema } from "./case";
import { eventSchema } from "./event";
import { formulationSchemas } from "./formulation";
import { KeySpelling } from "./key-spelling";
import type { KindSchema } from "./kind-schema";
import { personSchema } from "./person";
import { enumField } from "./scalar-fields";
import { sessionSchema } from "./session";
import { supervisionSchema } from "./supervision";

export const KIND_SCHEMAS: { readonly [K in NoteKind]: KindSchema<Extract<NoteRecord, { kind: K }>> } = {
	case: caseSchema,
	person: personSchema,
	event: eventSchema,
	session: sessionSchema,
	supervision: supervisionSchema,
	...formulationSchemas,
};

/** The value of `ipt`. */
export const kindField = enumField("a kind of IPT note", NOTE_KINDS);

// A key of any kind is deliberate even on a note of another kind (a `date` on a
// person), so none of them is taken for a misspelling.
const EVERY_KEY: ReadonlySet<string> = new Set(NOTE_KINDS.flatMap((kind) => KIND_SCHEMAS[kind].fields.keys));

function spellingOf(kind: NoteKind): KeySpelling {
	return new KeySpelling(KIND_SCHEMAS[kind].fields.keys, EVERY_KEY);
}

export const KIND_SPELLING = Object.fromEntries(NOTE_KINDS.map((kind) => [kind, spellingOf(kind)])) as { readonly [K in NoteKind]: KeySpelling };
