import { Notice, type App, type Plugin } from "obsidian";
import type { CaseAnalysis } from "../domain/engine/analysis";
import { analyseCase } from "../domain/engine/analyse-case";
import type { CaseBundle } from "../domain/model/case-bundle";
import { localCalendarDate } from "../domain/model/dates";
import { DEFAULT_PLUGIN_SETTINGS, failedClosed, parsePluginSettings, type PluginSettings } from "../domain/settings/plugin-settings";
import { ignoredFolders, templateFolders } from "../domain/settings/ignored-folders";
import { isInFolder } from "../index/paths";
import type { VaultIndex } from "../index/vault-index";
import { IndexSync } from "./index/index-sync";
import { otherTemplateFolders } from "./other-template-folders";
import { confirmReplacingSettings } from "./settings/replace-settings-modal";
import { backUpSettingsFile, readSettingsFile } from "./settings/settings-file";

/** How often the date is looked at: "today" turning at midnight is seen within a minute. */
const DATE_CHECK_MS = 60_000;

const UNREADABLE_NOTICE =
	"IPT Workbench: the settings file could not be read whole, so privacy mode is on and the file is left as it is until you change a setting and agree to replace it. What could not be read:";

export interface AnalysedCase {
	readonly bundle: CaseBundle;
	readonly analysis: CaseAnalysis;
}

/**
 * What commands, views and the settings tab share: the settings, the index and the
 * engine's reading of each case. Views and commands never reach into the vault for
 * case data; they ask here.
 */
export class Workbench {
	private current: PluginSettings = DEFAULT_PLUGIN_SETTINGS;
	/** Made on first use, most often when indexing starts: onload stays to registering (see `sync`). */
	private made: IndexSync | null = null;
	/** A bundle is rebuilt whenever its case changes, so it keys its analysis. */
	private analyses = new WeakMap<CaseBundle, { today: string; analysis: CaseAnalysis }>();
	/** Why data.json could not be read whole, a line each; while set, it is not written without the user's yes. */
	private unreadable: readonly string[] | null = null;
	/** The question is on screen: changes made meanwhile are saved with its yes. */
	private asking = false;
	/** Read when indexing starts, once other plugins have loaded, and again with each settings change. */
	private ignored: readonly string[] = ignoredFolders(DEFAULT_PLUGIN_SETTINGS, []);

	constructor(
		readonly app: App,
		readonly plugin: Plugin,
	) {}

	/** The index and what keeps it in step; nothing reads the vault until `startIndexing`. */
	private get sync(): IndexSync {
		return (this.made ??= new IndexSync(this.app, this.plugin, (path) => this.isIgnored(path), () => this.current.engine));
	}

	get index(): VaultIndex {
		return this.sync.index;
	}

	get settings(): PluginSettings {
		return this.current;
	}

	/** Why data.json could not be read whole, a line each; null when it was read, or has been replaced since. */
	get settingsUnreadable(): readonly string[] | null {
		return this.unreadable;
	}

	/**
	 * Reads data.json. Old keys are ignored; a file that cannot be read whole (not JSON,
	 * or a value of the wrong kind) fails closed: privacy mode on, the rest as far as it
	 * could be read, and the file left as it is until the user agrees to replace it.
	 */
	async loadSettings(): Promise<void> {
		this.current = await this.readSettings();
	}

	/**
	 * data.json changed on disk (Sync from another device): read as at start-up, applied,
	 * and never written back, so the two devices do not overwrite each other in turn.
	 */
	async reloadSettings(): Promise<void> {
		this.unreadable = null;
		this.apply(await this.readSettings());
	}

	private async readSettings(): Promise<PluginSettings> {
		const file = await readSettingsFile(this.plugin);
		if ("unreadable" in file) return this.failClosed(DEFAULT_PLUGIN_SETTINGS, [file.unreadable]);
		const { settings, problems } = parsePluginSettings(file.raw);
		return problems.length === 0 ? settings : this.failClosed(settings, problems);
	}

	private failClosed(settings: PluginSettings, why: readonly string[]): PluginSettings {
		this.unreadable = why;
		new Notice(`${UNREADABLE_NOTICE}\n${why.join("\n")}`);
		return failedClosed(settings);
	}

	/** Applies the change at once; saves it, or, while data.json is unreadable, asks first (see saveSettings). */
	async updateSettings(change: Partial<PluginSettings>): Promise<void> {
		this.apply({ ...this.current, ...change });
		await this.saveSettings();
	}

	/** Makes `next` the settings, and has the index and the views follow. */
	private apply(next: PluginSettings): void {
		const before = this.current;
		this.current = next;
		// Only the engine's settings change an analysis: turning privacy mode on must not re-analyse every case.
		if (before.engine !== this.current.engine) this.analyses = new WeakMap();
		const ignoredBefore = this.ignored;
		this.ignored = ignoredFolders(this.current, otherTemplateFolders(this.app));
		// Both change which notes are read, or how: every note is read again.
		if (ignoredBefore.join("\n") !== this.ignored.join("\n") || before.engine.ringCount !== this.current.engine.ringCount) this.sync.rebuild();
		else this.sync.announceAll();
	}

	private async saveSettings(): Promise<void> {
		if (this.unreadable === null) {
			await this.plugin.saveData(this.current);
			return;
		}
		if (this.asking) return;
		this.asking = true;
		try {
			if (!(await confirmReplacingSettings(this.app, this.unreadable))) {
				new Notice("The settings file was left as it was. Your change lasts until Obsidian closes; change a setting again to be asked again.");
				return;
			}
			const backup = await backUpSettingsFile(this.plugin);
			await this.plugin.saveData(this.current);
			this.unreadable = null;
			new Notice(`IPT Workbench: settings saved.${backup === null ? "" : ` The file that could not be read is kept as "${backup}".`}`);
		} finally {
			this.asking = false;
		}
	}

	/** Call from onLayoutReady: builds the index from the metadata cache, then follows edits. */
	startIndexing(): void {
		this.ignored = ignoredFolders(this.current, otherTemplateFolders(this.app));
		this.sync.start();
		this.redrawWhenTheDateTurns();
	}

	/** No note changes at midnight, yet days since last seen and the ages of safety items do. */
	private redrawWhenTheDateTurns(): void {
		let shown = this.today();
		this.plugin.registerInterval(
			window.setInterval(() => {
				const today = this.today();
				if (today === shown) return;
				shown = today;
				this.sync.announceAll();
			}, DATE_CHECK_MS),
		);
	}

	stop(): void {
		this.made?.stop();
	}

	today(): string {
		return localCalendarDate(new Date());
	}

	/** The note's own case; for a note no case claims (a plain note in the case's folder), the case whose folder holds it. */
	caseOf(path: string | null | undefined): string | null {
		return path ? (this.index.caseOf(path) ?? this.index.caseByFolder(path)) : null;
	}

	/** The case of the note open in the editor, if it belongs to one. */
	activeCasePath(): string | null {
		return this.caseOf(this.app.workspace.getActiveFile()?.path);
	}

	analysed(casePath: string): AnalysedCase | null {
		const bundle = this.index.caseBundle(casePath);
		if (!bundle) return null;
		const today = this.today();
		const cached = this.analyses.get(bundle);
		if (cached?.today === today) return { bundle, analysis: cached.analysis };
		const analysis = analyseCase(bundle, this.current.engine, today);
		this.analyses.set(bundle, { today, analysis });
		return { bundle, analysis };
	}

	/** Ours, and core Templates' and Templater's as they are set now. */
	templateFolders(): string[] {
		return templateFolders(this.current, otherTemplateFolders(this.app));
	}

	private isIgnored(path: string): boolean {
		return this.ignored.some((folder) => isInFolder(path, folder));
	}
}
