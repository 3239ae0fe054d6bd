// "Export class vault": the starting vault a trainer hands to students. It holds the
// templates, the vault's practice cases (or the built-in ones when it has none), the
// bases and the plugin's settings as they are; never a formulation key, never a
// student's formulation (both stay out of every case's bundle), no supervision note, and
// never a real case: one case not marked `fictional: true` refuses the whole export.
import type { OutputFile } from "../export/leak-scan";
import type { CaseBundle } from "../model/case-bundle";
import { baseFiles } from "../templates/base-files";
import { allTemplates } from "../templates/catalogue";
import { fictionalCaseFiles } from "./practice-case-files";
import { PRACTICE_CASES } from "./practice-cases";

export interface ClassVaultInput {
	/** Every case of the vault. */
	readonly cases: readonly CaseBundle[];
	/** The whole text of a note of a case, read by the face. */
	readonly noteText: ReadonlyMap<string, string>;
	readonly casesFolder: string;
	readonly templatesFolder: string;
	/** The user's edited copies of the templates, by file name: they go instead of the built-ins. */
	readonly templateCopies: ReadonlyMap<string, string>;
	/** data.json as written, at its path in the config folder; null when the vault has none. */
	readonly settings: OutputFile | null;
}

export type ClassVault = { readonly files: readonly OutputFile[]; readonly cases: readonly string[] } | { readonly refused: readonly string[] };

/**
 * The notes a class vault takes from the vault: each case's note, people, events and
 * sessions. Supervision notes stay behind: they name a real supervisor and are the
 * trainee's own record, not course material.
 */
export function classVaultNotePaths(cases: readonly CaseBundle[]): string[] {
	return cases.flatMap((bundle) => [bundle.path, ...[...bundle.people, ...bundle.events, ...bundle.sessions].map((note) => note.path)]);
}

function caseFiles(input: ClassVaultInput): { files: OutputFile[]; cases: string[] } {
	if (input.cases.length === 0) {
		const written = PRACTICE_CASES().map((practice) => fictionalCaseFiles(practice.notes, input.casesFolder, practice.folder, () => false));
		return { files: written.flatMap((practice) => practice.files), cases: written.map((practice) => practice.folder) };
	}
	const files = classVaultNotePaths(input.cases).map((path) => {
		const text = input.noteText.get(path);
		if (text === undefined) throw new Error(`the text of "${path}" was not read`);
		return { name: path, text };
	});
	return { files, cases: input.cases.map((bundle) => bundle.path) };
}

export function classVaultFiles(input: ClassVaultInput): ClassVault {
	const real = input.cases.filter((bundle) => !bundle.record.fictional).map((bundle) => bundle.path);
	if (real.length > 0) return { refused: real };
	const cases = caseFiles(input);
	const folder = (parent: string, name: string) => (parent === "" ? name : `${parent}/${name}`);
	const templates = allTemplates().map((template) => ({ name: folder(input.templatesFolder, template.fileName), text: input.templateCopies.get(template.fileName) ?? template.text }));
	const bases = baseFiles(input.casesFolder).map((base) => ({ name: folder(input.casesFolder, base.name), text: base.text }));
	return { files: [...cases.files, ...templates, ...bases, ...(input.settings === null ? [] : [input.settings])], cases: cases.cases };
}
