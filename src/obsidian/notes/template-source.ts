import { normalizePath, TFile, type App } from "obsidian";
import type { IptTemplate } from "../../domain/templates/catalogue";
import type { PluginSettings } from "../../domain/settings/plugin-settings";

/** Where the user's editable copy of a template lives. */
export function templateCopyPath(settings: PluginSettings, template: IptTemplate): string {
	return normalizePath(`${settings.templatesFolder}/${template.fileName}`);
}

/** The user's copy in the templates folder wins over the bundled text. */
export async function templateText(app: App, settings: PluginSettings, template: IptTemplate): Promise<string> {
	const copy = app.vault.getAbstractFileByPath(templateCopyPath(settings, template));
	return copy instanceof TFile ? app.vault.cachedRead(copy) : template.text;
}
