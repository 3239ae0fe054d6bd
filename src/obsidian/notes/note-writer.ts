import { normalizePath, Notice, stringifyYaml, TFile, TFolder, type App, type Vault } from "obsidian";

// The only code that writes to the vault. A clinician's words are never overwritten:
// notes are created only where no file exists, frontmatter changes only through
// processFrontMatter, and bodies only through vault.process.

function reason(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** A note's text from its properties and body, as Obsidian's Properties editor writes them. */
export function noteText(frontmatter: Record<string, unknown>, body: string): string {
	return `---\n${stringifyYaml(frontmatter)}---\n${body}`;
}

/**
 * The path as the vault already spells it: each segment that exists under another
 * case takes the existing spelling. On a macOS or Windows disk `People/ann.md` is the
 * file `People/Ann.md`, so writing the one replaces the other; and on any disk two
 * names differing only in case make Obsidian's links (which ignore case) ambiguous.
 */
function spelledAsInVault(vault: Vault, path: string): string {
	const segments = path.split("/");
	const spelled: string[] = [];
	let folder: TFolder | null = vault.getRoot();
	for (const segment of segments) {
		const existing: TFile | TFolder | undefined = folder?.children.find((child): child is TFile | TFolder => child.name.toLowerCase() === segment.toLowerCase());
		spelled.push(existing?.name ?? segment);
		folder = existing instanceof TFolder ? existing : null;
	}
	return spelled.join("/");
}

export class NoteWriter {
	/** `shown` is how a notice's text reaches the screen: with names and paths hidden in privacy mode. */
	constructor(
		private readonly app: App,
		private readonly shown: (text: string) => string = (text) => text,
	) {}

	/** Makes the folder and any missing parents. */
	async ensureFolder(folder: string): Promise<boolean> {
		const path = spelledAsInVault(this.app.vault, normalizePath(folder));
		if (path === "/" || path === "") return true;
		const existing = this.app.vault.getAbstractFileByPath(path);
		if (existing instanceof TFolder) return true;
		if (existing) {
			new Notice(this.shown(`IPT Workbench: "${path}" is a file, so it cannot hold notes. Choose another folder.`));
			return false;
		}
		const slash = path.lastIndexOf("/");
		if (slash > 0 && !(await this.ensureFolder(path.slice(0, slash)))) return false;
		try {
			await this.app.vault.createFolder(path);
			return true;
		} catch (error) {
			new Notice(this.shown(`IPT Workbench: could not create the folder "${path}": ${reason(error)}`));
			return false;
		}
	}

	/** Creates a note where none exists yet; an existing file is left untouched and the user is told. */
	async createNew(path: string, text: string): Promise<TFile | null> {
		const target = spelledAsInVault(this.app.vault, normalizePath(path));
		if (this.app.vault.getAbstractFileByPath(target)) {
			new Notice(this.shown(`IPT Workbench: "${target}" already exists, so nothing was written. Rename or move it first.`));
			return null;
		}
		const slash = target.lastIndexOf("/");
		if (slash > 0 && !(await this.ensureFolder(target.slice(0, slash)))) return null;
		try {
			return await this.app.vault.create(target, text);
		} catch (error) {
			new Notice(this.shown(`IPT Workbench: could not create "${target}": ${reason(error)}. Nothing was written.`));
			return null;
		}
	}

	/** Changes properties through Obsidian, keeping the body as it is; broken YAML is reported, not touched. */
	async updateFrontmatter(file: TFile, change: (frontmatter: Record<string, unknown>) => void): Promise<boolean> {
		try {
			await this.app.fileManager.processFrontMatter(file, change);
			return true;
		} catch (error) {
			const yaml = error instanceof Error && error.name === "YAMLParseError";
			new Notice(
				this.shown(
					yaml
						? `IPT Workbench: the properties of "${file.path}" are not valid YAML, so they were left as they are. Fix them in source mode and try again.`
						: `IPT Workbench: could not update "${file.path}": ${reason(error)}`,
				),
			);
			return false;
		}
	}

	/** Adds text at the end of a note's body; what the user wrote stays as it is. */
	async appendToBody(file: TFile, text: string): Promise<boolean> {
		try {
			await this.app.vault.process(file, (current) => `${current}${current.endsWith("\n") || current === "" ? "" : "\n"}${text}`);
			return true;
		} catch (error) {
			new Notice(this.shown(`IPT Workbench: could not add to "${file.path}": ${reason(error)}`));
			return false;
		}
	}
}
