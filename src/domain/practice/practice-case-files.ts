// "Create a practice case" as a pure function: which files, under which folder. Each
// copy gets a folder of its own, so a second copy never meets the first or a real case.
import type { OutputFile } from "../export/leak-scan";
import type { SampleNote } from "../templates/sample-case";

/** `base` when free, else "<base> 2", "<base> 3"...: nothing already there is touched. */
export function freeName(base: string, taken: (name: string) => boolean): string {
	let candidate = base;
	for (let n = 2; taken(candidate); n++) candidate = `${base} ${n}`;
	return candidate;
}

export interface CaseFiles {
	readonly folder: string;
	/** Vault paths, the case note first. */
	readonly files: readonly OutputFile[];
}

/** The notes of a fictional case in a free folder named `folderName` under the cases folder. */
export function fictionalCaseFiles(notes: readonly SampleNote[], casesFolder: string, folderName: string, taken: (path: string) => boolean): CaseFiles {
	const parent = casesFolder.replace(/^\/+|\/+$/g, "");
	const folder = freeName(parent === "" ? folderName : `${parent}/${folderName}`, taken);
	return { folder, files: notes.map((note) => ({ name: `${folder}/${note.relativePath}`, text: note.text })) };
}
