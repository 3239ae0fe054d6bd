// The last check before anything is written: is any known name still in the output?
// It reads every file as a person would (see privacy/reading.ts: entities decoded,
// emphasis and invisible characters read through, look-alike letters, any letter case
// or accent), so it also catches what the redaction could not see, such as a name
// inside a role label, and what the export leaves for the clinician to reword: a name
// that is also an everyday word.
import { secretNames, type KnownName } from "../privacy/known-names";
import { NameMatcher } from "../privacy/name-matcher";

export interface OutputFile {
	readonly name: string;
	readonly text: string;
}

export interface Leak {
	/** The known name found. */
	readonly name: string;
	/** Which output file, which line: `summary.md, line 12`. */
	readonly where: string;
	/** Where the name comes from in the notes. */
	readonly source: string;
	/** The name is also an everyday word, which the export leaves for the clinician to reword. */
	readonly everyday?: true;
}

/** Every place a known name is left, once per name and line; empty when the output is clean. */
export function findLeaks(files: readonly OutputFile[], known: readonly KnownName[]): Leak[] {
	const names = new NameMatcher(secretNames(known));
	const leaks: Leak[] = [];
	const seen = new Set<string>();
	for (const file of files) {
		file.text.split(/\r?\n/).forEach((line, i) => {
			for (const { name } of names.find(line)) {
				const where = `${file.name}, line ${i + 1}`;
				if (seen.has(`${name.name}\n${where}`)) continue;
				seen.add(`${name.name}\n${where}`);
				leaks.push({ name: name.name, where, source: name.source, ...(name.everyday ? { everyday: true as const } : {}) });
			}
		});
	}
	return leaks;
}
