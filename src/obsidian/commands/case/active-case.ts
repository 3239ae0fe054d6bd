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

/** The case of the note open in the editor; when there is none, the user is told and null returned. */
export function activeCase(workbench: Workbench): ActiveCase | null {
	const path = workbench.activeCasePath();
	const analysed = path === null ? null : workbench.analysed(path);
	const file = path === null ? null : workbench.app.vault.getFileByPath(path);
	if (path === null || analysed === null || file === null) {
		new Notice(NO_ACTIVE_CASE);
		return null;
	}
	return { ...analysed, file, folder: memberFolder(workbench, path) };
}
