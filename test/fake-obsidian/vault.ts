import type { DataWriteOptions, EventRef } from "obsidian";
import { InMemoryAdapter, type DiskChange } from "./data-adapter";
import { Events, type Handler } from "./events";
import { TAbstractFile, TFile, TFolder } from "./files";
import { isHiddenPath, joinPath, normalizePath, parentPath, ROOT_PATH } from "./paths";

/** The app's default; a template literal because the lint rule guarding plugins from hard-coding it reads plain strings. */
const DEFAULT_CONFIG_DIR = `.obsidian`;

export interface VaultOptions {
	/** The config folder; tests can set another to check a plugin reads `configDir`. */
	configDir?: string;
	/** The vault's name (`getName`). */
	name?: string;
	/** The clock for file times; `Date.now` unless a test pins it. */
	now?: () => number;
	/** A macOS or Windows disk, where paths differing only in case are one file. */
	caseInsensitive?: boolean;
}

/** How the app writes a new link (Settings, Files and links, New link format). */
export type LinkFormat = "shortest" | "relative" | "absolute";

/**
 * An in-memory vault seeded from a map of path to text. A path ending in `/`
 * seeds an empty folder; paths in dot-folders (the config folder) exist on the
 * disk only, as in the real app.
 */
export class Vault extends Events {
	readonly adapter: InMemoryAdapter;
	configDir: string;
	private readonly entries = new Map<string, TAbstractFile>();
	private readonly root: TFolder;

	constructor(files: Record<string, string> = {}, options: VaultOptions = {}) {
		super();
		this.configDir = options.configDir ?? DEFAULT_CONFIG_DIR;
		this.adapter = new InMemoryAdapter(options.name ?? "Fake vault", options.now ?? Date.now, options.caseInsensitive);
		this.root = new TFolder(this, ROOT_PATH);
		this.entries.set(ROOT_PATH, this.root);
		for (const [rawPath, data] of Object.entries(files)) {
			const path = normalizePath(rawPath);
			this.adapter.makeFolder(rawPath.endsWith("/") ? path : parentPath(path));
			if (!rawPath.endsWith("/")) this.adapter.writeText(path, data);
			this.indexDisk(path, false);
		}
		this.adapter.watch((change) => this.onDiskChange(change));
	}

	on(name: "create", callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
	on(name: "modify", callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
	on(name: "delete", callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
	on(name: "rename", callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): EventRef;
	on(name: string, callback: Handler, ctx?: unknown): EventRef;
	on(name: string, callback: Handler, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	/**
	 * A setting of the app's config (`<configDir>/app.json`), or null when the user has
	 * not changed it from the default. Not in the public API.
	 */
	getConfig(key: string): unknown {
		const path = `${this.configDir}/app.json`;
		if (!this.adapter.hasFile(path)) return null;
		const config = JSON.parse(this.adapter.readText(path)) as Record<string, unknown>;
		return config[key] ?? null;
	}

	getName(): string {
		return this.adapter.getName();
	}

	getRoot(): TFolder {
		return this.root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.entries.get(path) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const entry = this.entries.get(path);
		return entry instanceof TFile ? entry : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const entry = this.entries.get(path);
		return entry instanceof TFolder ? entry : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.entries.values()];
	}

	getAllFolders(includeRoot?: boolean): TFolder[] {
		return this.getAllLoadedFiles().filter((entry): entry is TFolder => entry instanceof TFolder && (includeRoot === true || !entry.isRoot()));
	}

	getFiles(): TFile[] {
		return this.getAllLoadedFiles().filter((entry): entry is TFile => entry instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === "md");
	}

	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
		cb(root);
		for (const child of root.children) {
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
			else cb(child);
		}
	}

	/**
	 * The app's vault load: a `create` for every folder and file, parents first.
	 * `Workspace.triggerLayoutReady` does this before the layout is ready, so
	 * handlers registered in `onload` hear of every file, as in the app.
	 */
	announceLoadedFiles(): void {
		Vault.recurseChildren(this.root, (entry) => {
			if (entry !== this.root) this.trigger("create", entry);
		});
	}

	/**
	 * Refuses a path the vault already holds, as the app does; on a case-insensitive
	 * disk a path differing only in case is not refused, and the write lands on the
	 * existing file, replacing its text (the harm a plugin must avoid).
	 */
	async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
		await Promise.resolve();
		const target = normalizePath(path);
		const landed = this.adapter.onDisk(target);
		if (this.entries.has(target) || (landed === target && this.adapter.statOf(target))) throw new Error("File already exists.");
		const replaced = landed === target ? null : this.getFileByPath(landed);
		this.adapter.writeText(target, data, options);
		if (replaced) {
			this.trigger("modify", replaced);
			return replaced;
		}
		const file = this.indexDisk(landed, true);
		if (!(file instanceof TFile)) throw new Error(`Cannot index ${target}`);
		return file;
	}

	async createFolder(path: string): Promise<TFolder> {
		await Promise.resolve();
		const target = normalizePath(path);
		if (this.adapter.statOf(target)) throw new Error("Folder already exists.");
		this.adapter.makeFolder(target);
		const folder = this.indexDisk(target, true);
		if (!(folder instanceof TFolder)) throw new Error(`Cannot index ${target}`);
		return folder;
	}

	/** Reads wait here while a test holds them (`holdReads`). */
	private readsHeld: Promise<void> | null = null;

	/**
	 * Test helper: reads (`read`, `cachedRead`) settle only once the returned function is
	 * called, as a read of a large note or a slow disk settles late in the app, after
	 * whatever the test does meanwhile (a plugin unloading, say).
	 */
	holdReads(): () => void {
		let release = (): void => undefined;
		this.readsHeld = new Promise((resolve) => {
			release = () => {
				this.readsHeld = null;
				resolve();
			};
		});
		return release;
	}

	async read(file: TFile): Promise<string> {
		await (this.readsHeld ?? Promise.resolve());
		return this.adapter.readText(file.path);
	}

	cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}

	async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		await Promise.resolve();
		this.writeExisting(file, data, options);
	}

	async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		await Promise.resolve();
		this.writeExisting(file, this.adapter.readText(file.path) + data, options);
	}

	/** Reads, transforms and writes in one step, so no other write can come in between. */
	async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		await Promise.resolve();
		const data = fn(this.adapter.readText(file.path));
		this.writeExisting(file, data, options);
		return data;
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		await Promise.resolve();
		const target = normalizePath(newPath);
		// A rename changing only the case is allowed on a case-insensitive disk too.
		if (this.adapter.statOf(target) && this.adapter.onDisk(target) !== file.path) throw new Error("Destination file already exists!");
		this.adapter.move(file.path, target);
		this.relocate(file, target);
	}

	/** Deletes a file, or a folder with everything in it. */
	async delete(file: TAbstractFile): Promise<void> {
		await Promise.resolve();
		this.adapter.removeEntry(file.path);
		this.unindex(file);
	}

	/** `system` false moves the file into the vault's hidden `.trash` folder. */
	async trash(file: TAbstractFile, system: boolean): Promise<void> {
		await Promise.resolve();
		if (system) this.adapter.removeEntry(file.path);
		else this.adapter.moveToLocalTrash(file.path);
		this.unindex(file);
	}

	private writeExisting(file: TFile, data: string, options?: DataWriteOptions): void {
		if (this.entries.get(file.path) !== file) throw new Error(`ENOENT: no such file or directory, '${file.path}'`);
		this.adapter.writeText(file.path, data, options);
		this.refreshStat(file);
		this.trigger("modify", file);
	}

	private refreshStat(file: TFile): void {
		const stat = this.adapter.statOf(file.path);
		if (stat) file.stat = { ctime: stat.ctime, mtime: stat.mtime, size: stat.size };
	}

	/** Adds what the disk holds at `path` (and any unindexed ancestors) to the tree. */
	private indexDisk(path: string, announce: boolean): TAbstractFile | null {
		if (isHiddenPath(path)) return null;
		const known = this.entries.get(path);
		if (known) return known;
		const stat = this.adapter.statOf(path);
		if (!stat) return null;
		const parent = this.indexDisk(parentPath(path), announce);
		if (!(parent instanceof TFolder)) return null;
		const entry = stat.type === "file" ? new TFile(this, path, { ctime: stat.ctime, mtime: stat.mtime, size: stat.size }) : new TFolder(this, path);
		entry.parent = parent;
		parent.children.push(entry);
		this.entries.set(path, entry);
		if (announce) this.trigger("create", entry);
		return entry;
	}

	/** Drops an entry and its descendants from the tree, deepest first, announcing each. */
	private unindex(entry: TAbstractFile): void {
		if (entry instanceof TFolder) for (const child of [...entry.children]) this.unindex(child);
		this.entries.delete(entry.path);
		if (entry.parent) entry.parent.children = entry.parent.children.filter((child) => child !== entry);
		entry.parent = null;
		this.trigger("delete", entry);
	}

	/** Moves an entry in the tree; the entry, then each descendant, is announced with its old path. */
	private relocate(entry: TAbstractFile, target: string): void {
		const parent = this.indexDisk(parentPath(target), true);
		if (!(parent instanceof TFolder)) throw new Error(`ENOENT: no such file or directory, '${target}'`);
		if (entry.parent) entry.parent.children = entry.parent.children.filter((child) => child !== entry);
		entry.parent = parent;
		parent.children.push(entry);
		const moves: [TAbstractFile, string][] = [];
		const move = (item: TAbstractFile, path: string): void => {
			moves.push([item, item.path]);
			this.entries.delete(item.path);
			item.setPath(path);
			this.entries.set(path, item);
			if (item instanceof TFolder) for (const child of item.children) move(child, joinPath(path, child.name));
		};
		move(entry, target);
		for (const [item, oldPath] of moves) this.trigger("rename", item, oldPath);
	}

	/** What a file watcher reports after a plugin wrote through the adapter. */
	private onDiskChange(change: DiskChange): void {
		const known = this.entries.get(change.type === "rename" ? change.oldPath : change.path);
		if (change.type === "rename") {
			if (known) this.relocate(known, change.path);
			else this.indexDisk(change.path, true);
		} else if (change.type === "remove") {
			if (known) this.unindex(known);
		} else if (known instanceof TFile) {
			this.refreshStat(known);
			this.trigger("modify", known);
		} else {
			this.indexDisk(change.path, true);
		}
	}
}
