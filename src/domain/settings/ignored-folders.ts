// Which folders hold no IPT notes: templates (ours, core Templates', Templater's) and
// the folders the user lists. A template is full of `{{client}}`; read as a note it
// would become a client called `{{client}}`.
import { isPlainObject } from "./read-field";
import type { PluginSettings } from "./plugin-settings";

export const TEMPLATER_ID = "templater-obsidian";
export const CORE_TEMPLATES_ID = "templates";

/** Another plugin's templates folder as its settings give it; null when it is off or has none. */
export type OtherTemplatesFolder = string | null;

/** A vault path without leading or trailing slashes; "" is the vault's root, which is never ignored. */
function trimFolder(value: unknown): string | null {
	if (typeof value !== "string") return null;
	const folder = value.trim().replace(/^\/+|\/+$/g, "");
	return folder === "" ? null : folder;
}

/**
 * Whether core-plugins.json turns a core plugin on: older apps keep a list of the ones
 * on, newer ones a map from every core plugin to true or false.
 */
export function corePluginEnabled(corePlugins: unknown, id: string): boolean {
	if (Array.isArray(corePlugins)) return corePlugins.includes(id);
	return isPlainObject(corePlugins) && corePlugins[id] === true;
}

/** community-plugins.json: the list of community plugins that are on. */
export function communityPluginEnabled(communityPlugins: unknown, id: string): boolean {
	return Array.isArray(communityPlugins) && communityPlugins.includes(id);
}

/** Core Templates keeps `{ "folder": ... }` in templates.json. */
export function coreTemplatesFolder(enabled: boolean, options: unknown): OtherTemplatesFolder {
	return enabled && isPlainObject(options) ? trimFolder(options.folder) : null;
}

/** Templater keeps `templates_folder` in its data.json. */
export function templaterFolder(enabled: boolean, data: unknown): OtherTemplatesFolder {
	return enabled && isPlainObject(data) ? trimFolder(data.templates_folder) : null;
}

/** Every templates folder: ours first, then those of the other plugins that are on, each once. */
export function templateFolders(settings: PluginSettings, others: readonly OtherTemplatesFolder[]): string[] {
	return unique([settings.templatesFolder, ...others]);
}

/** The folders whose notes are never read as IPT notes. */
export function ignoredFolders(settings: PluginSettings, others: readonly OtherTemplatesFolder[]): string[] {
	return unique([...templateFolders(settings, others), ...settings.ignoredFolders]);
}

function unique(folders: readonly unknown[]): string[] {
	return [...new Set(folders.map(trimFolder).filter((f): f is string => f !== null))];
}
