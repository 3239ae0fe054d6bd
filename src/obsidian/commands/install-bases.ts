import { baseFiles } from "../../domain/templates/base-files";
import type { NoteWriter } from "../notes/note-writer";
import type { Workbench } from "../workbench";

/**
 * Writes the IPT bases into the cases folder, each only where no file of its name is:
 * one the user already has, edited or not, is kept. Returns a sentence for the notice.
 */
export async function installBaseFiles(workbench: Workbench, writer: NoteWriter): Promise<string> {
	const folder = workbench.settings.casesFolder;
	const written: string[] = [];
	for (const base of baseFiles(folder)) {
		const path = `${folder}/${base.name}`;
		if (workbench.app.vault.getAbstractFileByPath(path)) continue;
		if (await writer.createNew(path, base.text)) written.push(base.name);
	}
	return written.length === 0 ? "" : ` Added ${written.join(", ")} in "${folder}".`;
}
