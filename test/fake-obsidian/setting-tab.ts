import type { App } from "./app";
import { createDiv } from "./dom";
import type { Plugin } from "./plugin";

export abstract class SettingTab {
	icon = "settings";
	app: App;
	containerEl: HTMLElement;

	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv({ cls: "vertical-tab-content" });
	}

	/** None by default; the fake draws tabs through `display` only (see `SettingsWindow.openTabById`). */
	getSettingDefinitions(): unknown[] {
		return [];
	}

	display(): void {}

	/** Like the app: closing the tab empties it. */
	hide(): void {
		this.containerEl.empty();
	}
}

export abstract class PluginSettingTab extends SettingTab {
	readonly plugin: Plugin;
	readonly id: string;
	readonly name: string;

	constructor(app: App, plugin: Plugin) {
		super(app);
		this.plugin = plugin;
		this.id = plugin.manifest.id;
		this.name = plugin.manifest.name;
	}
}

/** The settings window (`app.setting`, not in the public API): plugins' tabs and the one open. */
export class SettingsWindow {
	readonly pluginTabs: PluginSettingTab[] = [];
	activeTab: PluginSettingTab | null = null;
	readonly containerEl: HTMLElement;

	constructor() {
		this.containerEl = createDiv({ cls: "modal-container mod-settings", parent: document.body });
		this.containerEl.toggle(false);
	}

	addSettingTab(tab: PluginSettingTab): void {
		this.pluginTabs.push(tab);
	}

	removeSettingTab(tab: PluginSettingTab): void {
		if (this.activeTab === tab) this.close();
		this.pluginTabs.splice(this.pluginTabs.indexOf(tab), 1);
	}

	/**
	 * Opens the window on the plugin's tab: the tab is attached and `display`
	 * runs. The 1.13 declarative definitions are not drawn by the fake, so a tab
	 * returning some is refused rather than shown wrongly.
	 */
	openTabById(id: string): PluginSettingTab | null {
		const tab = this.pluginTabs.find((candidate) => candidate.id === id) ?? null;
		if (!tab) return null;
		if (tab.getSettingDefinitions().length > 0) throw new Error("The fake draws settings tabs through display() only, not from setting definitions");
		this.close();
		this.activeTab = tab;
		this.containerEl.toggle(true);
		this.containerEl.appendChild(tab.containerEl);
		tab.display();
		return tab;
	}

	close(): void {
		if (!this.activeTab) return;
		this.activeTab.hide();
		this.activeTab.containerEl.detach();
		this.activeTab = null;
		this.containerEl.toggle(false);
	}
}
