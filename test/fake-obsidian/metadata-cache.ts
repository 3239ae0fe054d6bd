import type { CachedMetadata, EventRef, Reference } from "obsidian";
import { Events, type Handler } from "./events";
import { TAbstractFile, TFile } from "./files";
import { LinkResolver } from "./link-resolver";
import { getLinkpath } from "./link-text";
import { parseNote } from "./note-parser";
import { lastSegment, parentPath, relativePath } from "./paths";
import type { Vault } from "./vault";

type LinkCounts = Record<string, Record<string, number>>;

function isNote(file: TAbstractFile): file is TFile {
	return file instanceof TFile && file.extension === "md";
}

function references(cache: CachedMetadata): Reference[] {
	return [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])];
}

/**
 * A cold start, as on a new device or after the cache is rebuilt: no note present at
 * start is parsed and `initialized` is false until the test calls `finishIndexing`.
 * `announced` fires `changed` for each note that first indexing parses, as the API's
 * "called when a file has been indexed" reads; `silent` fires none, the case of a
 * plugin that does not hear them (see the README).
 */
export type ColdCache = "announced" | "silent";

/**
 * The metadata cache over a fake vault. Notes present at start are indexed at
 * once (the real app has its cache from the last session), unless the cache
 * starts cold. Later creates and modifies are parsed on a later task, as the
 * real app's worker does: until then `getFileCache` returns the previous cache;
 * then `changed`, `resolve` per note and `resolved` fire. An unchanged text fires
 * nothing. Deletes fire `deleted` at once; renames move the cache and fire no
 * `changed`. While a cold cache has not finished indexing, no `resolve` or
 * `resolved` fires: they come once it has, after `initialized`.
 */
export class MetadataCache extends Events {
	resolvedLinks: LinkCounts = {};
	unresolvedLinks: LinkCounts = {};
	/** Not in the public API: whether the cache has indexed every note since the vault opened. */
	initialized: boolean;
	private readonly caches = new Map<string, CachedMetadata>();
	private readonly parsedText = new Map<string, string>();
	private readonly queue = new Set<TFile>();
	/** Paths of a cold start's notes not parsed yet. */
	private readonly unindexed = new Set<string>();
	private indexingRequested = false;
	private needsResolve = false;
	private batch: Promise<void> | null = null;

	constructor(
		private readonly vault: Vault,
		private readonly coldCache?: ColdCache,
	) {
		super();
		this.initialized = coldCache === undefined;
		for (const file of vault.getMarkdownFiles()) {
			if (this.initialized) this.index(file, vault.adapter.readText(file.path));
			else this.unindexed.add(file.path);
		}
		if (this.initialized) this.resolveAll();
		// The vault's load-time `create`s of notes a cold start has yet to index leave them to `finishIndexing`.
		vault.on("create", (file) => {
			if (!this.unindexed.has(file.path)) this.enqueue(file);
		});
		vault.on("modify", (file) => this.enqueue(file));
		vault.on("delete", (file) => this.onDelete(file));
		vault.on("rename", (file, oldPath) => this.onRename(file, oldPath));
	}

	on(name: "changed", callback: (file: TFile, data: string, cache: CachedMetadata) => unknown, ctx?: unknown): EventRef;
	on(name: "deleted", callback: (file: TFile, prevCache: CachedMetadata | null) => unknown, ctx?: unknown): EventRef;
	on(name: "resolve", callback: (file: TFile) => unknown, ctx?: unknown): EventRef;
	on(name: "resolved", callback: () => unknown, ctx?: unknown): EventRef;
	/** Not in the public API: fired once, when `initialized` turns true. */
	on(name: "initialized", callback: () => unknown, ctx?: unknown): EventRef;
	on(name: string, callback: Handler, ctx?: unknown): EventRef;
	on(name: string, callback: Handler, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		return new LinkResolver(this.vault.getFiles()).resolve(linkpath, sourcePath);
	}

	/** With the default "shortest path when possible" link format: the name when no other file has it, else the full path. */
	/**
	 * The link the app writes to `file` from the note at `sourcePath`, in the user's
	 * link format: "shortest" (the default) is the file name when no other file has
	 * it, else the vault path; "absolute" the vault path; "relative" the path from the
	 * source note's folder, starting `./` or `../`.
	 */
	fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
		const path = omitMdExtension && file.extension === "md" ? file.path.slice(0, -".md".length) : file.path;
		const format = this.vault.getConfig("newLinkFormat") ?? "shortest";
		if (format === "relative") return relativePath(parentPath(sourcePath), path);
		if (format === "absolute") return path;
		const name = file.name.toLowerCase();
		const unique = this.vault.getFiles().filter((other) => other.name.toLowerCase() === name).length === 1;
		return unique ? lastSegment(path) : path;
	}

	/** Whether no parse or resolution is pending. */
	isSettled(): boolean {
		return this.batch === null;
	}

	/** Test helper for a cold start: on a later task, parses every note not parsed yet, then `initialized`, `resolve` per note and `resolved` fire. */
	finishIndexing(): void {
		this.indexingRequested = true;
		this.schedule();
	}

	/** Asks for a resolution pass, which ends with `resolved` (the app does this once at start-up). */
	requestResolve(): void {
		this.needsResolve = true;
		this.schedule();
	}

	private index(file: TFile, text: string): CachedMetadata {
		const cache = parseNote(text);
		this.caches.set(file.path, cache);
		this.parsedText.set(file.path, text);
		return cache;
	}

	private enqueue(file: TAbstractFile): void {
		if (!isNote(file)) return;
		this.unindexed.delete(file.path);
		this.queue.add(file);
		this.schedule();
	}

	private schedule(): void {
		this.batch ??= new Promise((resolve) => {
			setTimeout(() => {
				this.batch = null;
				this.processQueue();
				resolve();
			}, 0);
		});
	}

	private processQueue(): void {
		const changed: TFile[] = [];
		for (const file of this.queue) {
			if (this.vault.getFileByPath(file.path) !== file) continue;
			const text = this.vault.adapter.readText(file.path);
			if (this.parsedText.get(file.path) === text) continue;
			const cache = this.index(file, text);
			changed.push(file);
			this.trigger("changed", file, text, cache);
		}
		this.queue.clear();
		if (this.indexingRequested) this.indexTheRest(changed);
		if (changed.length === 0 && !this.needsResolve) return;
		if (!this.initialized) {
			this.needsResolve = true;
			return;
		}
		this.needsResolve = false;
		const previous = { resolved: this.resolvedLinks, unresolved: this.unresolvedLinks };
		this.resolveAll();
		const moved = (path: string): boolean =>
			JSON.stringify([previous.resolved[path], previous.unresolved[path]]) !== JSON.stringify([this.resolvedLinks[path], this.unresolvedLinks[path]]);
		for (const file of this.vault.getMarkdownFiles()) if (changed.includes(file) || moved(file.path)) this.trigger("resolve", file);
		this.trigger("resolved");
	}

	private indexTheRest(changed: TFile[]): void {
		this.indexingRequested = false;
		if (this.initialized) return;
		for (const path of this.unindexed) {
			const file = this.vault.getFileByPath(path);
			if (!file) continue;
			const text = this.vault.adapter.readText(path);
			const cache = this.index(file, text);
			changed.push(file);
			if (this.coldCache === "announced") this.trigger("changed", file, text, cache);
		}
		this.unindexed.clear();
		this.initialized = true;
		this.trigger("initialized");
	}

	private resolveAll(): void {
		const files = this.vault.getFiles();
		const resolver = new LinkResolver(files);
		this.resolvedLinks = {};
		this.unresolvedLinks = {};
		for (const file of files.filter(isNote)) {
			const resolved: Record<string, number> = {};
			const unresolved: Record<string, number> = {};
			for (const reference of references(this.caches.get(file.path) ?? {})) {
				const linkpath = getLinkpath(reference.link);
				const target = resolver.resolve(linkpath, file.path);
				if (target) resolved[target.path] = (resolved[target.path] ?? 0) + 1;
				else unresolved[linkpath] = (unresolved[linkpath] ?? 0) + 1;
			}
			this.resolvedLinks[file.path] = resolved;
			this.unresolvedLinks[file.path] = unresolved;
		}
	}

	private onDelete(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		this.queue.delete(file);
		this.unindexed.delete(file.path);
		if (isNote(file)) {
			const previous = this.caches.get(file.path) ?? null;
			this.caches.delete(file.path);
			this.parsedText.delete(file.path);
			this.trigger("deleted", file, previous);
		}
		this.requestResolve();
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) return;
		this.unindexed.delete(oldPath);
		const cache = this.caches.get(oldPath);
		const text = this.parsedText.get(oldPath);
		this.caches.delete(oldPath);
		this.parsedText.delete(oldPath);
		if (isNote(file) && cache && text !== undefined) {
			this.caches.set(file.path, cache);
			this.parsedText.set(file.path, text);
			for (const counts of [this.resolvedLinks, this.unresolvedLinks]) {
				const entry = counts[oldPath];
				delete counts[oldPath];
				if (entry) counts[file.path] = entry;
			}
		} else {
			this.enqueue(file);
		}
		this.requestResolve();
	}
}
