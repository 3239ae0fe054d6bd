import { Notice, type TFile } from "obsidian";
import { basenameOf, folderOf } from "../../../index/paths";
import type { AnalysedCase, Workbench } from "../../workbench";

export const NO_ACTIVE_CASE = "Open a note of an IPT case first.";

export interface ActiveCase extends AnalysedCase {
	readonly file: TFile;
	/** Where the case's People, Events and Sessions folders go. */
	readonly folder: string;
}

/**
 * The folder of the case note, or when another case note shares it, a folder named
 * after the case inside it: cases side by side must not share their Sessions folder.
 */
function memberFolder(workbench: Workbench, casePath: string): string {
	const folder = folderOf(casePath);
	const shared = [...workbench.index.caseNotesIn(folder)].some((other) => other !== casePath);
	if (!shared) return folder;
	return folder === "" ? basenameOf(casePath) : `${folder}/${basenameOf(casePath)}`;
}

/** The case of the note open in the editor, or null when the note belongs to none. */
export function activeCase(workbench: Workbench): ActiveCase | null {
	return caseAt(workbench, workbench.activeCasePath());
}

/** The case of that case note, as the commands act on it; null when it is no case now. */
export function caseAt(workbench: Workbench, path: string | null): ActiveCase | null {
	const analysed = path === null ? null : workbench.analysed(path);
	const file = path === null ? null : workbench.app.vault.getFileByPath(path);
	if (path === null || analysed === null || file === null) return null;
	return { ...analysed, file, folder: memberFolder(workbench, path) };
}

/**
 * A command's check callback: the palette offers the command only while `find`
 * finds what it acts on. Run anyway (by id, from another plugin), it says why
 * nothing happens instead of doing nothing silently.
 */
export function whenFound<T>(find: () => T | null, run: (found: T) => unknown, message: string): (checking: boolean) => boolean {
	return (checking) => {
		const found = find();
		if (checking) return found !== null;
		if (found === null) {
			new Notice(message);
			return false;
		}
		void run(found);
		return true;
	};
}

/** `whenFound` for the commands that act on the case of the active note. */
export function whenCaseOpen(workbench: Workbench, run: (active: ActiveCase) => unknown): (checking: boolean) => boolean {
	return whenFound(() => activeCase(workbench), run, NO_ACTIVE_CASE);
}
