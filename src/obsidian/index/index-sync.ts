import { debounce, TFile, type App, type Component, type Debouncer } from "obsidian";
import { VaultIndex } from "../../index/vault-index";

/** Fired on the workspace with the set of changed case paths; views listen for it instead of the vault. */
export const INDEX_CHANGED_EVENT = "ipt-workbench:index-changed";

const NOTIFY_DELAY_MS = 300;

/**
 * Keeps a VaultIndex in step with Obsidian's metadata cache. Each note event updates the
 * index at once (it costs one note's work); telling the views is debounced so a burst
 * of edits or a sync redraws once.
 */
export class IndexSync {
	private current = new VaultIndex();
	private readonly pending = new Set<string>();
	private readonly notify: Debouncer<[], void>;
	private started = false;

	constructor(
		private readonly app: App,
		private readonly owner: Component,
		/** Notes the index must not see, such as template copies full of placeholders. */
		private readonly isIgnored: (path: string) => boolean,
	) {
		this.notify = debounce(() => this.flush(), NOTIFY_DELAY_MS, true);
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
		this.owner.registerEvent(metadataCache.on("changed", (file, _data, cache) => this.upsert(file.path, cache.frontmatter)));
		this.owner.registerEvent(metadataCache.on("deleted", (file) => this.record(this.current.remove(file.path))));
		// A rename fires no `changed`, so the index moves the note itself.
		this.owner.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (!(file instanceof TFile) || file.extension !== "md") return;
				if (this.isIgnored(file.path)) this.record(this.current.remove(oldPath));
				else this.record(this.current.rename(oldPath, file.path));
			}),
		);
	}

	/** Starts over from the metadata cache, e.g. when the ignored folders change. */
	rebuild(): void {
		if (!this.started) return;
		this.current = new VaultIndex();
		this.readAll();
	}

	/** Tells the views every case may have changed (settings that change the analysis). */
	announceAll(): void {
		for (const path of this.current.casePaths()) this.pending.add(path);
		this.flush();
	}

	stop(): void {
		this.notify.cancel();
	}

	private readAll(): void {
		const { metadataCache, vault } = this.app;
		for (const file of vault.getMarkdownFiles()) {
			if (!this.isIgnored(file.path)) this.current.upsert(file.path, metadataCache.getFileCache(file)?.frontmatter);
		}
		this.announceAll();
	}

	private upsert(path: string, frontmatter: unknown): void {
		if (!this.isIgnored(path)) this.record(this.current.upsert(path, frontmatter));
	}

	private record(changed: ReadonlySet<string>): void {
		if (changed.size === 0) return;
		for (const casePath of changed) this.pending.add(casePath);
		this.notify();
	}

	private flush(): void {
		const changed: ReadonlySet<string> = new Set(this.pending);
		this.pending.clear();
		this.app.workspace.trigger(INDEX_CHANGED_EVENT, changed);
	}
}
