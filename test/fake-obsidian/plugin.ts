import type { BasesViewRegistration, CliFlags, CliHandler, HoverLinkSource, MarkdownPostProcessor, PluginManifest } from "obsidian";
import type { App } from "./app";
import type { Command } from "./commands";
import { Component } from "./component";
import { createDiv } from "./dom";
import { setIcon } from "./icons";
import type { CodeBlockHandler } from "./markdown-render";
import type { PluginSettingTab } from "./setting-tab";
import type { ViewCreator } from "./view";

/**
 * Obsidian's Plugin. What it registers (commands, views, tabs, ribbon and
 * status bar items) is removed on unload. Its data.json lives in the disk's
 * config folder, where a test can seed or read it.
 */
export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	get dataPath(): string {
		return `${this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`}/data.json`;
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = createDiv({ cls: ["side-dock-ribbon-action", "clickable-icon"], attr: { "aria-label": title }, parent: this.app.ribbonEl });
		setIcon(el, icon);
		el.addEventListener("click", callback);
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = createDiv({ cls: ["status-bar-item", `plugin-${this.manifest.id}`], parent: this.app.statusBarEl });
		this.register(() => el.detach());
		return el;
	}

	/** Like the app, prefixes the id with the plugin id and the name with the plugin name. */
	addCommand(command: Command): Command {
		command.id = `${this.manifest.id}:${command.id}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		this.app.commands.addCommand(command);
		this.register(() => this.app.commands.removeCommand(command.id));
		return command;
	}

	removeCommand(commandId: string): void {
		this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(settingTab: PluginSettingTab): void {
		this.app.setting.addSettingTab(settingTab);
		this.register(() => this.app.setting.removeSettingTab(settingTab));
	}

	/** On unload the type's leaves are detached and the type is forgotten. */
	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.viewRegistry.registerView(type, viewCreator);
		this.register(() => {
			this.app.workspace.detachLeavesOfType(type);
			this.app.viewRegistry.unregisterView(type);
		});
	}

	registerExtensions(extensions: string[], viewType: string): void {
		this.app.viewRegistry.registerExtensions(extensions, viewType);
		this.register(() => this.app.viewRegistry.unregisterExtensions(extensions));
	}

	/** Renderings open when the plugin unloads keep what they drew; new ones leave the block as code. */
	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler): MarkdownPostProcessor {
		const processor = this.app.markdownProcessors.register(language, handler);
		this.register(() => this.app.markdownProcessors.unregister(language));
		return processor;
	}

	registerCliHandler(command: string, description: string, flags: CliFlags | null, handler: CliHandler): void {
		this.app.cli.register(command, description, flags, handler);
		this.register(() => this.app.cli.unregister(command));
	}

	/** False when Bases is off in the vault (`app.bases.enabled`); the view is then not registered. */
	registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
		const registered = this.app.bases.register(viewId, registration);
		if (registered) this.register(() => this.app.bases.unregister(viewId));
		return registered;
	}

	registerHoverLinkSource(id: string, info: HoverLinkSource): void {
		this.app.hoverLinkSources.register(id, info);
		this.register(() => this.app.hoverLinkSources.unregister(id));
	}

	/** The parsed data.json, or null when there is none. */
	async loadData(): Promise<unknown> {
		const { adapter } = this.app.vault;
		if (!(await adapter.exists(this.dataPath))) return null;
		return JSON.parse(await adapter.read(this.dataPath)) as unknown;
	}

	async saveData(data: unknown): Promise<void> {
		const { adapter } = this.app.vault;
		await adapter.mkdir(this.dataPath.slice(0, this.dataPath.lastIndexOf("/")));
		await adapter.write(this.dataPath, JSON.stringify(data, null, 2));
	}

	onUserEnable(): void {}

	onExternalSettingsChange?(): unknown;
}
