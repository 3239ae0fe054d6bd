import { debounce, TFile, type App, type Component, type Debouncer } from "obsidian";
import { VaultIndex } from "../../index/vault-index";

/** Fired on the workspace when cases changed; views listen for it instead of the vault. */
export const INDEX_CHANGED_EVENT = "ipt-workbench:index-changed";

const NOTIFY_DELAY_MS = 300;

/**
 * Keeps a VaultIndex in step with Obsidian's metadata cache. Each note event updates the
 * index at once (it costs one note's work); telling the views is debounced so a burst
 * of edits or a sync redraws once.
 */
export class IndexSync {
	readonly index = new VaultIndex();
	private readonly pending = new Set<string>();
	private readonly notify: Debouncer<[], void>;
	private started = false;

	constructor(
		private readonly app: App,
		private readonly owner: Component,
	) {
		this.notify = debounce(() => this.flush(), NOTIFY_DELAY_MS, true);
	}

	/** Reads every note from the metadata cache, then follows changes. Call from onLayoutReady. */
	start(): void {
		if (this.started) return;
		this.started = true;
		const { metadataCache, vault } = this.app;
		for (const file of vault.getMarkdownFiles()) {
			this.record(this.index.upsert(file.path, metadataCache.getFileCache(file)?.frontmatter));
		}
		this.owner.registerEvent(
			metadataCache.on("changed", (file, _data, cache) => this.record(this.index.upsert(file.path, cache.frontmatter))),
		);
		this.owner.registerEvent(metadataCache.on("deleted", (file) => this.record(this.index.remove(file.path))));
		// A rename fires no `changed`, so the index moves the note itself.
		this.owner.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (file instanceof TFile && file.extension === "md") this.record(this.index.rename(oldPath, file.path));
			}),
		);
		this.flush();
	}

	stop(): void {
		this.notify.cancel();
	}

	private record(changed: ReadonlySet<string>): void {
		if (changed.size === 0) return;
		for (const casePath of changed) this.pending.add(casePath);
		this.notify();
	}

	private flush(): void {
		const changed = new Set(this.pending);
		this.pending.clear();
		this.app.workspace.trigger(INDEX_CHANGED_EVENT, changed);
	}
}
