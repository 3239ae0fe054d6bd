import { Notice, TFolder, type App } from "obsidian";
import type { OutputFile } from "../../domain/export/leak-scan";
import { freeName } from "../../domain/practice/practice-case-files";
import { NoteWriter } from "../notes/note-writer";

// An export's files all written or none: into a temporary folder beside their place,
// then renamed into it, so that a failure halfway (a full disk) leaves no truncated file
// behind to leak or to take the folder's name. Through the vault API a file's mode
// cannot be set: the files get whatever the device gives every other note.

/** The folder itself when free, else "<folder> 2", "<folder> 3"...: an earlier export is never touched. */
function freeFolder(app: App, folder: string): string {
	return freeName(folder, (candidate) => app.vault.getAbstractFileByPath(candidate) !== null);
}

function parentOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

/** The folders from `folder` up that do not exist yet, deepest first: what a failed export takes back. */
function missingFolders(app: App, folder: string): string[] {
	const missing: string[] = [];
	for (let path = folder; path !== "" && app.vault.getAbstractFileByPath(path) === null; path = parentOf(path)) missing.push(path);
	return missing;
}

/**
 * Removes the unfinished folder, then each folder the export made that is left empty.
 * Removed, not trashed: a truncated identified file in the trash would be the very
 * leftover this avoids, and none of these is a note of the user's.
 */
async function takeBack(app: App, temporary: string, made: readonly string[]): Promise<void> {
	const { adapter } = app.vault;
	if (await adapter.exists(temporary)) await adapter.rmdir(temporary, true);
	for (const path of made) {
		const folder = app.vault.getAbstractFileByPath(path);
		if (!(folder instanceof TFolder) || folder.children.length > 0) return;
		await adapter.rmdir(path, false);
	}
}

function reason(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * A file in a hidden folder (a class vault's `.obsidian`) is out of the vault's sight, so
 * it is written through the adapter; the rename into place moves it with its folder.
 */
async function createHidden(app: App, path: string, text: string): Promise<boolean> {
	const { adapter } = app.vault;
	try {
		if (await adapter.exists(path)) throw new Error("a file is already there");
		const parent = parentOf(path);
		if (!(await adapter.exists(parent))) await adapter.mkdir(parent);
		await adapter.write(path, text);
		return true;
	} catch (error) {
		new Notice(`IPT Workbench: could not create "${path}": ${reason(error)}. Nothing was written.`);
		return false;
	}
}

function isHidden(name: string): boolean {
	return name.split("/").some((segment) => segment.startsWith("."));
}

/** Each file into the folder; false as soon as one cannot be written (NoteWriter tells the user which and why). */
async function createAll(app: App, folder: string, files: readonly OutputFile[]): Promise<boolean> {
	const writer = new NoteWriter(app);
	for (const file of files) {
		const path = `${folder}/${file.name}`;
		const created = isHidden(file.name) ? await createHidden(app, path, file.text) : (await writer.createNew(path, file.text)) !== null;
		if (!created) return false;
	}
	return true;
}

/** The unfinished folder renamed to the first free name of `target`; null with a notice when it cannot be. */
async function moveIntoPlace(app: App, temporary: string, target: string): Promise<string | null> {
	const folder = app.vault.getAbstractFileByPath(temporary);
	const final = freeFolder(app, target);
	try {
		if (!(folder instanceof TFolder)) throw new Error(`"${temporary}" is no longer there`);
		await app.fileManager.renameFile(folder, final);
		return final;
	} catch (error) {
		new Notice(`IPT Workbench: could not move the export into "${final}": ${reason(error)}.`);
		return null;
	}
}

/** Writes the files into a new folder at `target` (or "<target> 2"...); returns the folder, or null when nothing was kept. */
export async function writeExportFolder(app: App, target: string, files: readonly OutputFile[]): Promise<string | null> {
	const temporary = freeFolder(app, `${target} (unfinished)`);
	const made = missingFolders(app, parentOf(temporary));
	const final = (await createAll(app, temporary, files)) ? await moveIntoPlace(app, temporary, target) : null;
	if (final !== null) return final;
	try {
		await takeBack(app, temporary, made);
		new Notice("The export was not finished, so the files it had written were removed.");
	} catch (error) {
		new Notice(`IPT Workbench: the export was not finished, and its files in "${temporary}" could not be removed (${reason(error)}). Delete that folder yourself.`, 0);
	}
	return null;
}
