import type { App } from "./app";
import { requireApiVersion } from "./api-version";
import { createDiv } from "./dom";
import type { Plugin } from "./plugin";
import { Setting } from "./setting";

/**
 * The part of 1.13's SettingDefinitionItem the fake draws: groups under a heading, and
 * rows drawn by their own `render`. Controls bound to keys and actions it refuses.
 */
interface FakeDefinition {
	readonly type?: "group" | "list";
	readonly heading?: string;
	readonly items?: readonly FakeDefinition[];
	readonly name?: string;
	readonly desc?: string | DocumentFragment;
	readonly render?: (setting: Setting) => unknown;
	readonly control?: unknown;
	readonly action?: unknown;
}

function drawDefinition(containerEl: HTMLElement, definition: FakeDefinition): void {
	if (definition.type !== undefined) {
		if (definition.heading !== undefined) new Setting(containerEl).setName(definition.heading).setHeading();
		for (const item of definition.items ?? []) drawDefinition(containerEl, item);
		return;
	}
	if (definition.control !== undefined || definition.action !== undefined) throw new Error("The fake draws only setting definitions with a render callback");
	const setting = new Setting(containerEl).setName(definition.name ?? "");
	if (definition.desc !== undefined) setting.setDesc(definition.desc);
	definition.render?.(setting);
}

export abstract class SettingTab {
	icon = "settings";
	app: App;
	containerEl: HTMLElement;

	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv({ cls: "vertical-tab-content" });
	}

	/** None by default: the tab is drawn by `display` (see `SettingsWindow.openTabById`). */
	getSettingDefinitions(): unknown[] {
		return [];
	}

	display(): void {}

	/** Set by the settings window while the tab is open. */
	drawOpen: (() => void) | null = null;

	/** 1.13: reads the definitions again; an open tab is drawn again from them. */
	update(): void {
		this.drawOpen?.();
	}

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
	 * Opens the window on the plugin's tab: the tab is attached and drawn, as the app
	 * does, from its setting definitions on 1.13 and later when it gives some, and by
	 * `display` otherwise.
	 */
	openTabById(id: string): PluginSettingTab | null {
		const tab = this.pluginTabs.find((candidate) => candidate.id === id) ?? null;
		if (!tab) return null;
		this.close();
		this.activeTab = tab;
		this.containerEl.toggle(true);
		this.containerEl.appendChild(tab.containerEl);
		const definitions = requireApiVersion("1.13.0") ? (tab.getSettingDefinitions() as FakeDefinition[]) : [];
		if (definitions.length === 0) {
			tab.display();
			return tab;
		}
		tab.drawOpen = () => {
			tab.containerEl.empty();
			for (const definition of tab.getSettingDefinitions() as FakeDefinition[]) drawDefinition(tab.containerEl, definition);
		};
		tab.drawOpen();
		return tab;
	}

	close(): void {
		if (!this.activeTab) return;
		this.activeTab.drawOpen = null;
		this.activeTab.hide();
		this.activeTab.containerEl.detach();
		this.activeTab = null;
		this.containerEl.toggle(false);
	}
}
