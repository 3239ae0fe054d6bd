import { fictionalCaseFiles } from "../../domain/practice/practice-case-files";
import type { SampleNote } from "../../domain/templates/sample-case";
import { NoteWriter } from "../notes/note-writer";
import { screenOf } from "../privacy/screen";
import type { Workbench } from "../workbench";

/**
 * Writes a fictional case into a free folder under the cases folder and opens its case
 * note; returns the folder, or null when a note could not be written (the writer said why).
 */
export async function createFictionalCase(workbench: Workbench, notes: readonly SampleNote[], folderName: string): Promise<string | null> {
	const { app } = workbench;
	const writer = new NoteWriter(app, screenOf(workbench).text);
	const { folder, files } = fictionalCaseFiles(notes, workbench.settings.casesFolder, folderName, (path) => app.vault.getAbstractFileByPath(path) !== null);
	let first = null;
	for (const file of files) {
		const created = await writer.createNew(file.name, file.text);
		if (!created) return null;
		first ??= created;
	}
	if (first) await app.workspace.getLeaf(false).openFile(first, { active: true });
	return folder;
}
