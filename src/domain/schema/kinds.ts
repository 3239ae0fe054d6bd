// The note kinds, each with its schema and its misspelt-key detector.
import type { NoteRecord } from "../model/records";
import { NOTE_KINDS, type NoteKind } from "../model/vocabulary";
import { caseSchema } from "./case";
import { eventSchema } from "./event";
import { formulationSchemas } from "./formulation";
import { KeySpelling } from "./key-spelling";
import type { KindSchema } from "./kind-schema";
import { lazy } from "../lazy";
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
const EVERY_KEY = lazy(function (): ReadonlySet<string> { return new Set(NOTE_KINDS.flatMap((kind) => KIND_SCHEMAS[kind].fields.keys)); });

function spellingOf(kind: NoteKind): () => KeySpelling {
	return lazy(() => new KeySpelling(KIND_SCHEMAS[kind].fields.keys, EVERY_KEY()));
}

// Made when the first note of the kind is read, not while main.js is evaluated.
const SPELLINGS: { readonly [K in NoteKind]: () => KeySpelling } = {
	case: spellingOf("case"),
	person: spellingOf("person"),
	event: spellingOf("event"),
	session: spellingOf("session"),
	supervision: spellingOf("supervision"),
	formulation: spellingOf("formulation"),
	"formulation-key": spellingOf("formulation-key"),
};

/** The misspelt-key detector of a kind. */
export function kindSpelling(kind: NoteKind): KeySpelling {
	return SPELLINGS[kind]();
}
