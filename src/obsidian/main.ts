import { Plugin } from "obsidian";
import { registerBasesViews } from "./bases/register-bases";
import { registerCanvasCommands } from "./canvas/canvas-commands";
import { registerCliHandlers } from "./cli-handlers/register-cli-handlers";
import { registerCaseCommands } from "./commands/case-commands";
import { registerExportCommand } from "./commands/export-command";
import { registerPortfolioCommand } from "./commands/portfolio-command";
import { registerTemplateCommands } from "./commands/template-commands";
import { registerPracticeCommands } from "./commands/practice-commands";
import { registerWorkbenchCommands } from "./commands/workbench-commands";
import { registerEmbeds } from "./embeds/register-embeds";
import { registerHoverSource } from "./hover/page-preview";
import { registerPropertyTypes } from "./property-types";
import { IptSettingTab } from "./settings/settings-tab";
import { registerViews } from "./views/register-views";
import { Workbench } from "./workbench";

export default class IptWorkbenchPlugin extends Plugin {
	private workbench: Workbench | null = null;
	private settingTab: IptSettingTab | null = null;

	async onload(): Promise<void> {
		// Start-up stays cheap: register everything, read data.json, and leave indexing
		// until the workspace is ready.
		const workbench = new Workbench(this.app, this);
		this.workbench = workbench;
		await workbench.loadSettings();
		registerViews(workbench);
		registerEmbeds(workbench);
		registerCliHandlers(workbench);
		registerHoverSource(workbench);
		registerBasesViews(workbench);
		registerCanvasCommands(workbench);
		registerCaseCommands(workbench);
		registerTemplateCommands(workbench);
		registerPracticeCommands(workbench);
		registerWorkbenchCommands(workbench);
		registerExportCommand(workbench);
		registerPortfolioCommand(workbench);
		this.settingTab = new IptSettingTab(this.app, this, workbench);
		this.addSettingTab(this.settingTab);
		this.app.workspace.onLayoutReady(() => {
			workbench.startIndexing();
			registerPropertyTypes(this.app);
		});
	}

	/** Since 1.5.7, below minAppVersion: data.json changed on disk, by Sync or another program. */
	async onExternalSettingsChange(): Promise<void> {
		await this.workbench?.reloadSettings();
		this.settingTab?.redrawIfShown();
	}

	onunload(): void {
		this.workbench?.stop();
	}
}
