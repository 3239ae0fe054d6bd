// Reads the known keys of one note's frontmatter, own properties only, and stands a
// misspelt key in for a known one the note does not give. Its one pass over the keys
// also finds the safety keys and any leftover template placeholder, so that reading an
// IPT note at start-up looks at each of its keys once.
import { matchSafetyKey } from "../safety/safety-keys";
import { DiagnosticLog, hasOwn, isGiven } from "./field";
import { leftoverIn, type LeftoverPlaceholder } from "./leftover-placeholder";
import type { Field, FieldSet, FieldTable, FieldValues } from "./field";
import type { KeySpelling } from "./key-spelling";

const NO_KEYS: readonly string[] = Object.freeze([]);

export class NoteReader extends DiagnosticLog {
	/** Known key -> the misspelt key the note uses for it. */
	private readonly standIns = new Map<string, string>();
	/** The note's keys that hold a safety answer, in the note's order: most notes have none, and share one empty list. */
	readonly safetyKeys: readonly string[] = NO_KEYS;
	/** The first property that still holds a template placeholder: such a note is left out. */
	readonly leftover: LeftoverPlaceholder | null = null;

	constructor(
		path: string,
		private readonly frontmatter: Readonly<Record<string, unknown>>,
		fields: FieldSet<FieldTable>,
		spelling: KeySpelling,
	) {
		super(path);
		for (const key of Object.keys(frontmatter)) {
			if (matchSafetyKey(key) !== null) this.safetyKeys = [...this.safetyKeys, key];
			this.leftover ??= leftoverIn(key, frontmatter[key]);
			if (fields.has(key)) continue;
			const known = spelling.suggest(key);
			if (known === null) continue;
			if ((hasOwn(frontmatter, known) && isGiven(frontmatter[known])) || this.standIns.has(known)) {
				this.warning(key, `did you mean ${known}? It is ignored, because ${known} is also given`);
			} else {
				this.standIns.set(known, key);
				this.warning(key, `did you mean ${known}? It is read as ${known} for now; rename the key to ${known}`);
			}
		}
	}

	/** The key the note uses for a known key: the key itself or its misspelt stand-in. */
	fieldName(key: string): string {
		return this.standIns.size === 0 ? key : (this.standIns.get(key) ?? key);
	}

	readAll<T extends FieldTable>(fields: FieldSet<T>): FieldValues<T> {
		const values: Record<string, unknown> = {};
		for (const [key, field] of fields.entries) values[key] = this.read(key, field);
		return values as FieldValues<T>;
	}

	/** Reports a required key the note does not give (an unusable value was reported by its parser). */
	requireGiven(key: string, what: string): void {
		const name = this.fieldName(key);
		if (this.givenValue(name) === undefined) this.error(name, `missing; ${what}`);
	}

	private read<T>(key: string, field: Field<T>): T {
		const name = this.fieldName(key);
		const value = this.givenValue(name);
		return value === undefined ? field.fallback : field.read(name, value, this);
	}

	/** The value of the key as the note names it, or undefined when it is not given. */
	private givenValue(name: string): unknown {
		const value = this.frontmatter[name];
		// Most known keys are absent from a given note: look before checking ownership.
		return value !== undefined && hasOwn(this.frontmatter, name) && isGiven(value) ? value : undefined;
	}
}
