import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../domain/model/diagnostic";
import type { SafetyReading } from "../domain/model/safety-reading";
import type { ChecklistLine } from "../domain/schema/checklist-tasks";
import { checklistInText } from "../index/checklist-text";
import { readFrontmatter } from "./frontmatter-text";

export interface VaultNote {
	/** Vault-relative, `/`-separated. */
	readonly path: string;
	/** Undefined when the frontmatter could not be read: `problems` say why. */
	readonly frontmatter: unknown;
	readonly problems: readonly Diagnostic[];
	/** Safety answers found in frontmatter that could not be read. */
	readonly textSafety: readonly SafetyReading[];
	/** The checkbox items of the body, where ticked tasks may be named. */
	readonly checklist: readonly ChecklistLine[];
}

export interface VaultScan {
	/** The notes whose frontmatter may matter (see readFrontmatterText), read or not. */
	readonly notes: VaultNote[];
	/** Every other `.md` note's path: a `case` link may resolve to one of them all the same. */
	readonly otherNotes: string[];
	readonly diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Vault paths the scan leaves out, such as the templates folder. */
export type IgnoredPath = (path: string) => boolean;

/**
 * Every `.md` note below the vault folder, skipping dot-folders (`.obsidian`, `.trash`,
 * ...) and what `isIgnored` names. A file or folder that cannot be read becomes a
 * diagnostic and the scan goes on.
 */
export function readVault(root: string, isIgnored: IgnoredPath = () => false): VaultScan {
	const scan: VaultScan = { notes: [], otherNotes: [], diagnostics: [] };
	const seen = new Set<string>();
	walk(root, "", { scan, seen, isIgnored });
	scan.notes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	scan.otherNotes.sort();
	return scan;
}

interface Walk {
	readonly scan: VaultScan;
	readonly seen: Set<string>;
	readonly isIgnored: IgnoredPath;
}

function walk(root: string, folder: string, state: Walk): void {
	const { scan, seen } = state;
	const absolute = folder === "" ? root : join(root, folder);
	let real: string;
	let entries;
	try {
		// Symlinked folders are followed once; a link back up the tree would loop forever.
		real = realpathSync(absolute);
		if (seen.has(real)) return;
		seen.add(real);
		entries = readdirSync(absolute, { withFileTypes: true });
	} catch (error) {
		scan.diagnostics.push(unreadable(folder || ".", error));
		return;
	}
	for (const entry of entries) {
		const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
		if (entry.name.startsWith(".") || state.isIgnored(path)) continue;
		let isDirectory = entry.isDirectory();
		let isFile = entry.isFile();
		if (entry.isSymbolicLink()) {
			try {
				const target = statSync(join(root, path));
				isDirectory = target.isDirectory();
				isFile = target.isFile();
			} catch (error) {
				if (path.toLowerCase().endsWith(".md")) scan.diagnostics.push(unreadable(path, error));
				continue;
			}
		}
		if (isDirectory) walk(root, path, state);
		else if (isFile && path.toLowerCase().endsWith(".md")) readNote(root, path, scan);
	}
}

function readNote(root: string, path: string, scan: VaultScan): void {
	let text: string;
	try {
		text = utf8.decode(readFileSync(join(root, path)));
	} catch (error) {
		scan.diagnostics.push(error instanceof TypeError ? notText(path) : unreadable(path, error));
		scan.otherNotes.push(path);
		return;
	}
	const read = readFrontmatter(path, text);
	// A note that could not be read goes to the index all the same, as the plugin's do:
	// its problems keep it listed, and its safety answers are raised.
	if (read.frontmatter !== undefined || read.diagnostics.length > 0) {
		scan.notes.push({ path, frontmatter: read.frontmatter, problems: read.diagnostics, textSafety: read.textSafety, checklist: checklistInText(text) });
	} else scan.otherNotes.push(path);
}

function unreadable(path: string, error: unknown): Diagnostic {
	const code = (error as { code?: string }).code;
	const reason = code ?? (error instanceof Error ? error.message : String(error));
	return { path, field: "file", severity: "error", message: `could not be read (${reason}); it is left out of the report.` };
}

function notText(path: string): Diagnostic {
	return { path, field: "file", severity: "error", message: "is not valid UTF-8 text (a binary file named .md?); it is left out of the report." };
}
