// The templates folders of core Templates and Templater, read from the vault's config
// files as the app would, so that the command line skips the same folders as the plugin.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
	communityPluginEnabled,
	corePluginEnabled,
	coreTemplatesFolder,
	CORE_TEMPLATES_ID,
	TEMPLATER_ID,
	templaterFolder,
	type OtherTemplatesFolder,
} from "../domain/settings/ignored-folders";

/** Obsidian's default config folder, the only one a folder on disk can be assumed to use. */
const CONFIG = ".obsidian";

/** A missing or broken file is another plugin's business: it only means no folder from it. */
function readJson(vault: string, path: string): unknown {
	try {
		return JSON.parse(readFileSync(join(vault, CONFIG, path), "utf8")) as unknown;
	} catch {
		return undefined;
	}
}

export function otherTemplateFolders(vault: string): OtherTemplatesFolder[] {
	const coreOn = corePluginEnabled(readJson(vault, "core-plugins.json"), CORE_TEMPLATES_ID);
	const templaterOn = communityPluginEnabled(readJson(vault, "community-plugins.json"), TEMPLATER_ID);
	return [
		coreTemplatesFolder(coreOn, coreOn ? readJson(vault, "templates.json") : undefined),
		templaterFolder(templaterOn, templaterOn ? readJson(vault, `plugins/${TEMPLATER_ID}/data.json`) : undefined),
	];
}
