import type { App as ObsidianApp, PluginManifest } from "obsidian";
import { Bases } from "./bases";
import { CliHandlers } from "./cli-handlers";
import { Commands } from "./commands";
import { createDiv, setActiveWindow } from "./dom";
import { FileManager } from "./file-manager";
import { HoverLinkSources } from "./hover-links";
import { MarkdownProcessors } from "./markdown-render";
import { MarkdownView } from "./markdown-view";
import { MetadataCache, type ColdCache } from "./metadata-cache";
import { MetadataTypeManager } from "./metadata-type-manager";
import { Plugin } from "./plugin";
import { SettingsWindow } from "./setting-tab";
import { EmptyView } from "./view";
import { ViewRegistry } from "./view-registry";
import { Vault } from "./vault";
import { Workspace } from "./workspace";

export interface FakeAppOptions {
	/** Vault content: path to text; a path ending in `/` is an empty folder. */
	files?: Record<string, string>;
	/** Each plugin's data.json, by plugin id, as `loadData` will return it. */
	pluginData?: Record<string, unknown>;
	/** The clock for file times; `Date.now` unless pinned. */
	now?: () => number;
	vaultName?: string;
	/** The config folder (`.obsidian` by default); another value checks a plugin reads `vault.configDir`. */
	configDir?: string;
	/** The property types a user already chose (the config folder's types.json), key to type. */
	propertyTypes?: Record<string, string>;
	/** A macOS or Windows vault: the disk treats paths differing only in case as one file. */
	caseInsensitivePaths?: boolean;
	/** The app's settings (`<configDir>/app.json`), such as `newLinkFormat`: "shortest", "relative" or "absolute". */
	appConfig?: Record<string, unknown>;
	/** False for an app without `metadataTypeManager` (it is not in the public API). */
	metadataTypeManager?: boolean;
	/** Start with no note parsed, until `metadataCache.finishIndexing()`; without it the cache is warm. */
	coldCache?: ColdCache;
}

/** A plugin class: the real one takes Obsidian's App; the fake passes itself. */
export type PluginClass<P> = new (app: ObsidianApp & App, manifest: PluginManifest) => P;

const MAX_FLUSH_TURNS = 1000;

function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The app a plugin receives, over an in-memory vault. Needs a DOM (jsdom or a
 * browser). Besides the real members it offers test helpers: `loadPlugin`,
 * `flush`, `readPluginData`, and `workspace.triggerLayoutReady` / `setActiveFile`.
 */
export class App {
	readonly vault: Vault;
	readonly metadataCache: MetadataCache;
	/** Not in the public API; absent when a test asks for an app without it. */
	readonly metadataTypeManager?: MetadataTypeManager;
	readonly fileManager: FileManager;
	readonly viewRegistry = new ViewRegistry();
	readonly workspace: Workspace;
	readonly commands: Commands;
	readonly setting: SettingsWindow;
	/** Fake-only: where the app keeps these is not public. */
	readonly markdownProcessors = new MarkdownProcessors();
	readonly cli = new CliHandlers();
	readonly hoverLinkSources: HoverLinkSources;
	readonly bases = new Bases(this);
	readonly ribbonEl: HTMLElement;
	readonly statusBarEl: HTMLElement;
	lastEvent: null = null;
	private readonly localStorage = new Map<string, unknown>();
	private readonly pending = new Set<Promise<unknown>>();
	private readonly failures: Error[] = [];

	constructor(options: FakeAppOptions = {}) {
		this.vault = new Vault(options.files, { now: options.now, name: options.vaultName, configDir: options.configDir, caseInsensitive: options.caseInsensitivePaths });
		for (const [id, data] of Object.entries(options.pluginData ?? {})) {
			const folder = `${this.vault.configDir}/plugins/${id}`;
			this.vault.adapter.makeFolder(folder);
			this.vault.adapter.writeText(`${folder}/data.json`, JSON.stringify(data, null, 2));
		}
		if (options.propertyTypes) {
			this.vault.adapter.makeFolder(this.vault.configDir);
			this.vault.adapter.writeText(`${this.vault.configDir}/types.json`, JSON.stringify({ types: options.propertyTypes }, null, 2));
		}
		if (options.appConfig) {
			this.vault.adapter.makeFolder(this.vault.configDir);
			this.vault.adapter.writeText(`${this.vault.configDir}/app.json`, JSON.stringify(options.appConfig, null, 2));
		}
		if (options.metadataTypeManager !== false) this.metadataTypeManager = new MetadataTypeManager(this.vault);
		// Built before anything else listens to the vault, so its handlers run first, as in the app.
		this.metadataCache = new MetadataCache(this.vault, options.coldCache);
		this.fileManager = new FileManager(this);
		// A new app starts in its main window, whatever window an earlier test left active.
		setActiveWindow(window);
		this.viewRegistry.registerView("empty", (leaf) => new EmptyView(leaf));
		this.viewRegistry.registerView("markdown", (leaf) => new MarkdownView(leaf));
		this.ribbonEl = createDiv({ cls: "side-dock-ribbon", parent: document.body });
		this.workspace = new Workspace(this);
		this.hoverLinkSources = new HoverLinkSources(this.workspace);
		this.statusBarEl = createDiv({ cls: "status-bar", parent: document.body });
		this.commands = new Commands(this);
		this.setting = new SettingsWindow();
	}

	/** Loaded through `loadPlugin`, by id. */
	private readonly plugins = new Map<string, Plugin>();

	isDarkMode(): boolean {
		return false;
	}

	loadLocalStorage(key: string): unknown {
		return this.localStorage.get(key) ?? null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null) this.localStorage.delete(key);
		else this.localStorage.set(key, data);
	}

	/** Test helper: constructs the plugin with this app and runs (and awaits) its `onload`. */
	async loadPlugin<P extends object>(pluginClass: PluginClass<P>, manifest: PluginManifest): Promise<P> {
		const plugin = new pluginClass(this as unknown as ObsidianApp & App, { dir: `${this.vault.configDir}/plugins/${manifest.id}`, ...manifest });
		if (!(plugin instanceof Plugin)) throw new Error(`${pluginClass.name} does not extend Plugin`);
		plugin.load();
		await plugin.loadSettled();
		this.plugins.set(plugin.manifest.id, plugin);
		return plugin;
	}

	/**
	 * Test helper: data.json rewritten from outside Obsidian (Sync, another device), then,
	 * as the app does on seeing it change on disk, the plugin's `onExternalSettingsChange`
	 * (since 1.5.7). Awaited like `flush`.
	 */
	async changePluginDataOnDisk(pluginId: string, text: string): Promise<void> {
		const plugin = this.plugins.get(pluginId);
		if (!plugin) throw new Error(`no plugin ${pluginId} is loaded`);
		this.vault.adapter.writeText(plugin.dataPath, text);
		this.track(Promise.resolve(plugin.onExternalSettingsChange?.()));
		await this.flush();
	}

	/** Test helper: the parsed data.json of a plugin, or null. */
	readPluginData(pluginId: string): unknown {
		const path = `${this.vault.configDir}/plugins/${pluginId}/data.json`;
		return this.vault.adapter.hasFile(path) ? (JSON.parse(this.vault.adapter.readText(path)) as unknown) : null;
	}

	/** Keeps an async step of the fake (a view opening, an editor save) for `flush` to wait on. */
	track(work: Promise<unknown>): void {
		const tracked = work
			.catch((error: unknown) => this.failures.push(error instanceof Error ? error : Object.assign(new Error("A step of the fake app failed with a non-error value"), { cause: error })))
			.finally(() => this.pending.delete(tracked));
		this.pending.add(tracked);
	}

	/**
	 * Test helper: waits (with real timers) until no parse, metadata event or
	 * tracked step is pending for two turns of the event loop, then rethrows the
	 * first error a tracked step hit.
	 */
	async flush(): Promise<void> {
		let quietTurns = 0;
		for (let turn = 0; quietTurns < 2; turn++) {
			if (turn === MAX_FLUSH_TURNS) throw new Error(`The fake app was still busy after ${MAX_FLUSH_TURNS} turns`);
			await nextTask();
			quietTurns = this.pending.size === 0 && this.metadataCache.isSettled() ? quietTurns + 1 : 0;
		}
		const failure = this.failures.shift();
		if (failure !== undefined) throw failure;
	}
}

export function createFakeApp(options?: FakeAppOptions): App {
	return new App(options);
}
