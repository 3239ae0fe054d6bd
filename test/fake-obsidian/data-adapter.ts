import type { DataAdapter, DataWriteOptions, ListedFiles, Stat } from "obsidian";
import { isHiddenPath, parentPath, ROOT_PATH } from "./paths";

interface DiskFile {
	data: string;
	ctime: number;
	mtime: number;
}

/** A change made through the adapter's public API, as a file watcher would report it. */
export type DiskChange = { type: "write" | "remove" | "mkdir"; path: string } | { type: "rename"; path: string; oldPath: string };

type AdapterApi = Pick<DataAdapter, "getName" | "exists" | "stat" | "list" | "read" | "write" | "append" | "process" | "mkdir" | "remove" | "rmdir" | "rename" | "copy" | "trashLocal" | "trashSystem">;

export function utf8Length(text: string): number {
	let bytes = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return bytes;
}

function enoent(path: string): Error {
	return new Error(`ENOENT: no such file or directory, '${path}'`);
}

/**
 * The vault's disk: every file, including the config folder the vault does not
 * index (plugin data.json lives there). The vault works on it through the
 * synchronous methods; plugins see the async DataAdapter methods, whose changes
 * to indexed paths are reported to the vault like a file watcher would.
 */
export class InMemoryAdapter implements AdapterApi {
	private readonly files = new Map<string, DiskFile>();
	private readonly folders = new Set<string>([ROOT_PATH]);
	private readonly watchers: ((change: DiskChange) => void)[] = [];

	constructor(
		private readonly vaultName: string,
		private readonly now: () => number,
		/** A macOS or Windows disk: `people/ann.md` is the file `People/Ann.md`. */
		private readonly caseInsensitive = false,
	) {}

	/**
	 * Where a path lands on this disk: on a case-insensitive disk, the entry already
	 * there under another case (and its spelling); otherwise the path itself.
	 */
	onDisk(path: string): string {
		if (!this.caseInsensitive || path === ROOT_PATH) return path;
		const lower = path.toLowerCase();
		for (const key of [...this.files.keys(), ...this.folders]) if (key.toLowerCase() === lower) return key;
		const parent = parentPath(path);
		const name = path.slice(path.lastIndexOf("/") + 1);
		return parent === ROOT_PATH ? name : `${this.onDisk(parent)}/${name}`;
	}

	watch(watcher: (change: DiskChange) => void): void {
		this.watchers.push(watcher);
	}

	// Synchronous disk access for the vault.

	hasFile(path: string): boolean {
		return this.files.has(this.onDisk(path));
	}

	hasFolder(path: string): boolean {
		return this.folders.has(this.onDisk(path));
	}

	readText(path: string): string {
		const file = this.files.get(this.onDisk(path));
		if (!file) throw enoent(path);
		return file.data;
	}

	statOf(path: string): Stat | null {
		const file = this.files.get(this.onDisk(path));
		if (file) return { type: "file", ctime: file.ctime, mtime: file.mtime, size: utf8Length(file.data) };
		return this.folders.has(this.onDisk(path)) ? { type: "folder", ctime: 0, mtime: 0, size: 0 } : null;
	}

	/** Writes a file whose folder exists, creating or replacing it (on a case-insensitive disk, the file of another case too). */
	writeText(rawPath: string, data: string, options: DataWriteOptions = {}): void {
		const path = this.onDisk(rawPath);
		if (!this.folders.has(parentPath(path))) throw enoent(path);
		const previous = this.files.get(path);
		const time = this.now();
		this.files.set(path, { data, ctime: options.ctime ?? previous?.ctime ?? time, mtime: options.mtime ?? time });
	}

	/** Creates the folder and any missing ancestors. */
	makeFolder(path: string): void {
		if (path === ROOT_PATH) return;
		this.makeFolder(parentPath(path));
		this.folders.add(this.onDisk(path));
	}

	/** Removes a file, or a folder with everything under it. */
	removeEntry(path: string): void {
		this.files.delete(path);
		for (const key of [...this.files.keys()]) if (key.startsWith(`${path}/`)) this.files.delete(key);
		for (const key of [...this.folders]) if (key === path || key.startsWith(`${path}/`)) this.folders.delete(key);
	}

	/** Moves a file, or a folder with everything under it. */
	move(from: string, to: string): void {
		if (!this.folders.has(parentPath(to))) throw enoent(to);
		const rebase = (key: string): string => (key === from ? to : `${to}${key.slice(from.length)}`);
		const inside = (key: string): boolean => key === from || key.startsWith(`${from}/`);
		for (const [key, file] of [...this.files]) {
			if (!inside(key)) continue;
			this.files.delete(key);
			this.files.set(rebase(key), file);
		}
		for (const key of [...this.folders]) {
			if (!inside(key)) continue;
			this.folders.delete(key);
			this.folders.add(rebase(key));
		}
	}

	// The DataAdapter API.

	getName(): string {
		return this.vaultName;
	}

	exists(normalizedPath: string): Promise<boolean> {
		return Promise.resolve(this.hasFile(normalizedPath) || this.hasFolder(normalizedPath));
	}

	stat(normalizedPath: string): Promise<Stat | null> {
		return Promise.resolve(this.statOf(normalizedPath));
	}

	list(normalizedPath: string): Promise<ListedFiles> {
		if (!this.folders.has(normalizedPath)) return Promise.reject(enoent(normalizedPath));
		const prefix = normalizedPath === ROOT_PATH ? "" : `${normalizedPath}/`;
		const direct = (key: string): boolean => key !== ROOT_PATH && key.startsWith(prefix) && !key.slice(prefix.length).includes("/");
		return Promise.resolve({ files: [...this.files.keys()].filter(direct), folders: [...this.folders].filter(direct) });
	}

	read(normalizedPath: string): Promise<string> {
		return Promise.resolve().then(() => this.readText(normalizedPath));
	}

	write(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		return this.change({ type: "write", path: normalizedPath }, () => this.writeText(normalizedPath, data, options));
	}

	append(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		return this.change({ type: "write", path: normalizedPath }, () => this.writeText(normalizedPath, (this.files.get(normalizedPath)?.data ?? "") + data, options));
	}

	async process(normalizedPath: string, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		let result = "";
		await this.change({ type: "write", path: normalizedPath }, () => {
			result = fn(this.readText(normalizedPath));
			this.writeText(normalizedPath, result, options);
		});
		return result;
	}

	mkdir(normalizedPath: string): Promise<void> {
		return this.change({ type: "mkdir", path: normalizedPath }, () => this.makeFolder(normalizedPath));
	}

	remove(normalizedPath: string): Promise<void> {
		if (!this.files.has(normalizedPath)) return Promise.reject(enoent(normalizedPath));
		return this.change({ type: "remove", path: normalizedPath }, () => this.removeEntry(normalizedPath));
	}

	rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
		if (!this.folders.has(normalizedPath)) return Promise.reject(enoent(normalizedPath));
		const hasContent = [...this.files.keys(), ...this.folders].some((key) => key.startsWith(`${normalizedPath}/`));
		if (hasContent && !recursive) return Promise.reject(new Error(`ENOTEMPTY: directory not empty, '${normalizedPath}'`));
		return this.change({ type: "remove", path: normalizedPath }, () => this.removeEntry(normalizedPath));
	}

	rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		return this.change({ type: "rename", path: normalizedNewPath, oldPath: normalizedPath }, () => this.move(normalizedPath, normalizedNewPath));
	}

	copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		return this.change({ type: "write", path: normalizedNewPath }, () => this.writeText(normalizedNewPath, this.readText(normalizedPath)));
	}

	trashLocal(normalizedPath: string): Promise<void> {
		return this.change({ type: "remove", path: normalizedPath }, () => this.moveToLocalTrash(normalizedPath));
	}

	trashSystem(normalizedPath: string): Promise<boolean> {
		return this.change({ type: "remove", path: normalizedPath }, () => this.removeEntry(normalizedPath)).then(() => true);
	}

	/** Obsidian's local trash is the hidden `.trash` folder at the vault root. */
	moveToLocalTrash(path: string): void {
		this.makeFolder(".trash");
		const name = path.slice(path.lastIndexOf("/") + 1);
		let target = `.trash/${name}`;
		for (let n = 1; this.files.has(target) || this.folders.has(target); n++) target = `.trash/${n} ${name}`;
		this.move(path, target);
	}

	private change(change: DiskChange, apply: () => void): Promise<void> {
		return Promise.resolve().then(() => {
			apply();
			const touched = change.type === "rename" ? [change.path, change.oldPath] : [change.path];
			if (touched.every(isHiddenPath)) return;
			for (const watcher of this.watchers) watcher(change);
		});
	}
}
