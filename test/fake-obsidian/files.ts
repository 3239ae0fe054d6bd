import type { FileStats } from "obsidian";
import { lastSegment, ROOT_PATH, splitName } from "./paths";
import type { Vault } from "./vault";

export abstract class TAbstractFile {
	vault: Vault;
	path: string;
	name: string;
	parent: TFolder | null = null;

	constructor(vault: Vault, path: string) {
		this.vault = vault;
		this.path = path;
		this.name = path === ROOT_PATH ? "" : lastSegment(path);
	}

	/** Moves the entry to `path` (the vault re-parents it). */
	setPath(path: string): void {
		this.path = path;
		this.name = lastSegment(path);
	}
}

export class TFile extends TAbstractFile {
	stat: FileStats;
	basename: string;
	extension: string;

	constructor(vault: Vault, path: string, stat: FileStats) {
		super(vault, path);
		this.stat = stat;
		({ basename: this.basename, extension: this.extension } = splitName(this.name));
	}

	override setPath(path: string): void {
		super.setPath(path);
		({ basename: this.basename, extension: this.extension } = splitName(this.name));
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === ROOT_PATH;
	}
}
