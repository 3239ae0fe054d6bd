import { parseYaml, TFile, type App, type CachedMetadata, type Component, type Events } from "obsidian";
import { CalmDebounce } from "../calm-debounce";
import { readFrontmatterText } from "../../index/frontmatter-text";
import { VaultIndex, type IndexSettings } from "../../index/vault-index";
import { checklistLines, hasTickedItem } from "./checklist-lines";
import { holdsUnreadYaml } from "./unread-yaml";

/** Fired on the workspace with the set of changed case paths; views listen for it instead of the vault. */
export const INDEX_CHANGED_EVENT = "ipt-workbench:index-changed";

const NOTIFY_DELAY_MS = 300;
/** However long a sync runs, the views are told at least this often. */
const NOTIFY_MAX_WAIT_MS = 1000;

/**
 * Keeps a VaultIndex in step with Obsidian's metadata cache. Each note event updates the
 * index at once (it costs one note's work); telling the views is debounced so a burst
 * of edits or a sync redraws once. A note whose YAML the cache could not read is read
 * as text, so that it is reported rather than silently dropped from its case.
 *
 * At start-up the metadata cache may not have parsed every note yet (a large vault, a
 * new device, a rebuilt cache), and whether the app then tells of each note it parses
 * is not promised. So a note with no cache entry is read again once the cache says it
 * has indexed the vault (`initialized`) or resolved its links (`resolved`): the index
 * is complete once the cache is, without waiting for an edit.
 */
export class IndexSync {
	private current = new VaultIndex();
	private readonly pending = new Set<string>();
	/** Notes whose text is being read, each with a token: a later event for the note makes the read stale. */
	private readonly reading = new Map<string, object>();
	/** Notes the cache had not parsed when last read. */
	private readonly unparsed = new Set<string>();
	private readonly notify: CalmDebounce;
	private started = false;

	constructor(
		private readonly app: App,
		private readonly owner: Component,
		/** Notes the index must not read, such as template copies full of placeholders; links may still lead to them. */
		private readonly isIgnored: (path: string) => boolean,
		/** The current settings; the index reads notes with them. */
		private readonly settings: () => IndexSettings,
	) {
		this.notify = new CalmDebounce(() => this.flush(), NOTIFY_DELAY_MS, NOTIFY_MAX_WAIT_MS);
	}

	get index(): VaultIndex {
		return this.current;
	}

	/** Reads every note from the metadata cache, then follows changes. Call from onLayoutReady. */
	start(): void {
		if (this.started) return;
		this.started = true;
		this.readAll();
		const { metadataCache, vault } = this.app;
		this.owner.registerEvent(metadataCache.on("changed", (file, data, cache) => this.record(this.update(file, cache, data))));
		// `initialized` is not in the public API, hence the plain Events; `resolved` follows it, so either alone would do.
		const cacheEvents: Events = metadataCache;
		this.owner.registerEvent(cacheEvents.on("initialized", () => this.readUnparsed()));
		this.owner.registerEvent(metadataCache.on("resolved", () => this.readUnparsed()));
		this.owner.registerEvent(
			metadataCache.on("deleted", (file) => {
				this.reading.delete(file.path);
				this.unparsed.delete(file.path);
				this.record(this.current.remove(file.path));
			}),
		);
		// A rename fires no `changed`, so the index moves the note itself.
		this.owner.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (!(file instanceof TFile) || file.extension !== "md") return;
				const wasReading = this.reading.delete(oldPath);
				const wasUnparsed = this.unparsed.delete(oldPath);
				if (!wasReading && !wasUnparsed && this.isIgnored(oldPath) === this.isIgnored(file.path)) {
					this.record(this.current.rename(oldPath, file.path));
					return;
				}
				// Into or out of the ignored folder, or not read yet: read it afresh where it is now.
				this.record(this.current.remove(oldPath));
				this.record(this.update(file, metadataCache.getFileCache(file)));
			}),
		);
	}

	/** Starts over from the metadata cache, e.g. when the ignored folders or the ring count change. */
	rebuild(): void {
		if (!this.started) return;
		this.readAll();
	}

	/** Tells the views every case may have changed (settings that change the analysis). */
	announceAll(): void {
		for (const path of this.current.casePaths()) this.pending.add(path);
		this.flush();
	}

	/**
	 * On unload. A read still pending settles later (a large note, a slow disk): forgetting
	 * it makes that read stale, so it touches neither the index nor the views.
	 */
	stop(): void {
		this.reading.clear();
		this.notify.cancel();
	}

	private readAll(): void {
		this.reading.clear();
		this.unparsed.clear();
		// A `case` link means the note Obsidian opens for it, whatever kind of note that is.
		this.current = new VaultIndex(this.settings(), (link, from) => this.app.metadataCache.getFirstLinkpathDest(link.target, from)?.path ?? null);
		const { metadataCache, vault } = this.app;
		for (const file of vault.getMarkdownFiles()) this.update(file, metadataCache.getFileCache(file));
		this.announceAll();
	}

	/** `text` comes with a `changed` event; without it, a note the cache could not read is read later. */
	private update(file: TFile, cache: CachedMetadata | null, text?: string): ReadonlySet<string> {
		const path = file.path;
		this.reading.delete(path);
		this.unparsed.delete(path);
		if (this.isIgnored(path)) return this.current.upsert(path, undefined);
		if (cache === null) this.unparsed.add(path);
		if (!holdsUnreadYaml(cache)) return this.readCache(file, cache, text);
		if (text !== undefined) return this.readText(path, text);
		this.readLater(file, (read) => this.readText(path, read));
		// Meanwhile out of every case; links to its name may lead here whatever its YAML holds.
		return this.current.upsert(path, undefined);
	}

	/**
	 * A ticked checklist item may name a task, which only the note's text tells: it
	 * comes with `changed`; otherwise a session note's is read, and meanwhile the note
	 * keeps the items it was last read with.
	 */
	private readCache(file: TFile, cache: CachedMetadata | null, text?: string): ReadonlySet<string> {
		const path = file.path;
		if (!cache || !hasTickedItem(cache)) return this.current.upsert(path, cache?.frontmatter);
		if (text !== undefined) return this.current.upsert(path, cache.frontmatter, [], [], checklistLines(cache, text));
		const changed = this.current.upsert(path, cache.frontmatter, [], [], this.current.checklistOf(path));
		if (this.current.isSession(path)) this.readLater(file, (read) => this.current.upsert(path, cache.frontmatter, [], [], checklistLines(cache, read)));
		return changed;
	}

	private readUnparsed(): void {
		const { metadataCache, vault } = this.app;
		for (const path of [...this.unparsed]) {
			const file = vault.getFileByPath(path);
			const cache = file ? metadataCache.getFileCache(file) : null;
			if (file && cache) this.record(this.update(file, cache));
		}
	}

	/** Reads the note's text and hands it to `use`, unless a later event for the note came first. */
	private readLater(file: TFile, use: (text: string) => ReadonlySet<string>): void {
		const token = {};
		this.reading.set(file.path, token);
		const settle = (text: string | null): void => {
			if (this.reading.get(file.path) !== token) return;
			this.reading.delete(file.path);
			// A note gone or unreadable meanwhile: its `deleted` or next `changed` event says what became of it.
			if (text !== null) this.record(use(text));
		};
		this.app.vault.cachedRead(file).then(settle, () => settle(null));
	}

	private readText(path: string, text: string): ReadonlySet<string> {
		const read = readFrontmatterText(path, text, parseYaml);
		return this.current.upsert(path, read.frontmatter, read.diagnostics, read.textSafety);
	}

	private record(changed: ReadonlySet<string>): void {
		if (changed.size === 0) return;
		for (const casePath of changed) this.pending.add(casePath);
		this.notify.request();
	}

	private flush(): void {
		const changed: ReadonlySet<string> = new Set(this.pending);
		this.pending.clear();
		this.app.workspace.trigger(INDEX_CHANGED_EVENT, changed);
	}
}
