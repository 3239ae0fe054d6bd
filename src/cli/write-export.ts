// An export's files all written or none: first into a temporary folder beside their
// place, then moved into it, so that a failure halfway (a full disk) leaves no truncated
// file behind to leak or to block the retry. Files are readable by their owner only.
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { OutputFile } from "../domain/export/leak-scan";

/** Owner only; Windows keeps just the read-only bit of these. */
const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;
const TEMPORARY_PREFIX = ".ipt-export-";

function writeInto(folder: string, files: readonly OutputFile[]): void {
	for (const file of files) {
		const path = join(folder, file.name);
		// A class vault's notes sit in folders of their own inside it.
		if (file.name.includes("/")) mkdirSync(dirname(path), { recursive: true, mode: FOLDER_MODE });
		// "wx": the folder is new, so a file already there can only be someone else's.
		writeFileSync(path, file.text, { flag: "wx", mode: FILE_MODE });
	}
}

function lacksEntry(path: string): boolean {
	try {
		lstatSync(path);
		return false;
	} catch (error) {
		return (error as { code?: unknown }).code === "ENOENT";
	}
}

/**
 * Moves a file without replacing one of its name, even a link to nothing: a hard link
 * fails on an existing name. Where links are not supported (FAT, some network drives)
 * the name is checked and the file renamed.
 */
function moveWithoutReplacing(from: string, to: string): void {
	try {
		linkSync(from, to);
	} catch (error) {
		if ((error as { code?: unknown }).code === "EEXIST" || !lacksEntry(to)) throw error;
		renameSync(from, to);
		return;
	}
	unlinkSync(from);
}

/** A new folder: the temporary one becomes it whole. */
function writeNewFolder(out: string, files: readonly OutputFile[]): void {
	const parent = dirname(out);
	// Only what is missing is made, so that a parent that is a file is told as ENOTDIR.
	const createdParent = existsSync(parent) ? undefined : mkdirSync(parent, { recursive: true, mode: FOLDER_MODE });
	let temporary: string | null = null;
	try {
		temporary = mkdtempSync(join(parent, TEMPORARY_PREFIX));
		writeInto(temporary, files);
		// Fails rather than replacing a folder that was filled meanwhile.
		renameSync(temporary, out);
	} catch (error) {
		if (temporary !== null) rmSync(temporary, { recursive: true, force: true });
		if (createdParent !== undefined) rmSync(createdParent, { recursive: true, force: true });
		throw error;
	}
}

/** A folder that is there already, with other files perhaps: the files move in one by one once all are written. */
function writeIntoFolder(out: string, files: readonly OutputFile[]): void {
	const temporary = mkdtempSync(join(out, TEMPORARY_PREFIX));
	const placed: string[] = [];
	try {
		writeInto(temporary, files);
		for (const file of files) {
			const target = join(out, file.name);
			moveWithoutReplacing(join(temporary, file.name), target);
			placed.push(target);
		}
	} catch (error) {
		for (const path of placed) rmSync(path, { force: true });
		throw error;
	} finally {
		rmSync(temporary, { recursive: true, force: true });
	}
}

/** Throws the file system's error, having taken back everything this call wrote. */
export function writeExportFiles(out: string, files: readonly OutputFile[], outExists: boolean): void {
	if (outExists) writeIntoFolder(out, files);
	else writeNewFolder(out, files);
}
