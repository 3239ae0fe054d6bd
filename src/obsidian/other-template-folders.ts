// The templates folders of core Templates and Templater, read from the app. Neither is in
// the public API: every step is checked at run time, and any surprise means no folder.
import type { App } from "obsidian";
import { CORE_TEMPLATES_ID, coreTemplatesFolder, TEMPLATER_ID, templaterFolder, type OtherTemplatesFolder } from "../domain/settings/ignored-folders";
import { isPlainObject } from "../domain/settings/read-field";

function member(value: unknown, key: string): unknown {
	return isPlainObject(value) || typeof value === "function" ? (value as Record<string, unknown>)[key] : undefined;
}

/** `app.internalPlugins.getEnabledPluginById("templates").options`; as `plugins.templates.instance.options` in older apps. */
function coreTemplatesOptions(app: App): { enabled: boolean; options: unknown } {
	const internal = member(app, "internalPlugins");
	const entry = member(member(internal, "plugins"), CORE_TEMPLATES_ID);
	const getEnabled = member(internal, "getEnabledPluginById");
	if (typeof getEnabled === "function") {
		const instance: unknown = getEnabled.call(internal, CORE_TEMPLATES_ID);
		return { enabled: instance !== null && instance !== undefined, options: member(instance, "options") };
	}
	return { enabled: member(entry, "enabled") === true, options: member(member(entry, "instance"), "options") };
}

/** `app.plugins.getPlugin("templater-obsidian").settings`: getPlugin gives only a plugin that is on. */
function templaterSettings(app: App): { enabled: boolean; settings: unknown } {
	const plugins = member(app, "plugins");
	const getPlugin = member(plugins, "getPlugin");
	if (typeof getPlugin !== "function") return { enabled: false, settings: undefined };
	const templater: unknown = getPlugin.call(plugins, TEMPLATER_ID);
	return { enabled: templater !== null && templater !== undefined, settings: member(templater, "settings") };
}

export function otherTemplateFolders(app: App): OtherTemplatesFolder[] {
	try {
		const core = coreTemplatesOptions(app);
		const templater = templaterSettings(app);
		return [coreTemplatesFolder(core.enabled, core.options), templaterFolder(templater.enabled, templater.settings)];
	} catch {
		// A private API that changed shape must not stop the plugin from starting.
		return [];
	}
}
