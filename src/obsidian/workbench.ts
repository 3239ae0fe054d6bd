import { Notice, type App, type Plugin } from "obsidian";
import type { CaseAnalysis } from "../domain/engine/analysis";
import { analyseCase } from "../domain/engine/analyse-case";
import type { CaseBundle } from "../domain/model/case-bundle";
import { localCalendarDate } from "../domain/model/dates";
import { DEFAULT_PLUGIN_SETTINGS, parsePluginSettings, type PluginSettings } from "../domain/settings/plugin-settings";
import { isInFolder } from "../index/paths";
import type { VaultIndex } from "../index/vault-index";
import { IndexSync } from "./index/index-sync";

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
	private readonly sync: IndexSync;
	/** A bundle is rebuilt whenever its case changes, so it keys its analysis. */
	private analyses = new WeakMap<CaseBundle, { today: string; analysis: CaseAnalysis }>();

	constructor(
		readonly app: App,
		readonly plugin: Plugin,
	) {
		this.sync = new IndexSync(app, plugin, (path) => this.isIgnored(path), () => this.current.engine);
	}

	get index(): VaultIndex {
		return this.sync.index;
	}

	get settings(): PluginSettings {
		return this.current;
	}

	/** Reads data.json; bad or old keys fall back to defaults with a notice, never a crash. */
	async loadSettings(): Promise<void> {
		let raw: unknown;
		try {
			raw = await this.plugin.loadData();
		} catch (error) {
			// A data.json that is not JSON at all: start with the defaults, as for bad keys.
			raw = undefined;
			new Notice(`IPT Workbench: the settings file could not be read (${error instanceof Error ? error.message : String(error)}); using the defaults.`);
		}
		const { settings, problems } = parsePluginSettings(raw);
		this.current = settings;
		if (problems.length > 0) {
			new Notice(`IPT Workbench: some settings could not be read and were reset to their defaults:\n${problems.join("\n")}`);
		}
	}

	async updateSettings(change: Partial<PluginSettings>): Promise<void> {
		const before = this.current;
		this.current = { ...before, ...change };
		// Only the engine's settings change an analysis: turning privacy mode on must not re-analyse every case.
		if (before.engine !== this.current.engine) this.analyses = new WeakMap();
		await this.plugin.saveData(this.current);
		// Both change which notes are read, or how: every note is read again.
		if (before.templatesFolder !== this.current.templatesFolder || before.engine.ringCount !== this.current.engine.ringCount) this.sync.rebuild();
		else this.sync.announceAll();
	}

	/** Call from onLayoutReady: builds the index from the metadata cache, then follows edits. */
	startIndexing(): void {
		this.sync.start();
	}

	stop(): void {
		this.sync.stop();
	}

	today(): string {
		return localCalendarDate(new Date());
	}

	caseOf(path: string | null | undefined): string | null {
		return path ? this.index.caseOf(path) : null;
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

	private isIgnored(path: string): boolean {
		return isInFolder(path, this.current.templatesFolder);
	}
}
