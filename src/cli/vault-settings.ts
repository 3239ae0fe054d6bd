// The plugin's settings, read from the vault so the command line reports a vault as the
// plugin shows it: same thresholds, same scheme, same templates folder left out.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../domain/model/diagnostic";
import type { EngineSettings } from "../domain/settings/engine-settings";
import { ignoredFolders, templateFolders } from "../domain/settings/ignored-folders";
import { DEFAULT_PLUGIN_SETTINGS, parsePluginSettings, type PluginSettings } from "../domain/settings/plugin-settings";
import { errorCode } from "./error-code";
import { otherTemplateFolders } from "./other-template-folders";

/** Vault-relative; Obsidian's default config folder, the only one a folder on disk can be assumed to use. */
export const SETTINGS_PATH = ".obsidian/plugins/ipt-workbench/data.json";

export interface VaultSettings {
	readonly engine: EngineSettings;
	/** The plugin's own templates folder. */
	readonly templatesFolder: string;
	/** Every setting, the folders included (the class vault writes into the same ones). */
	readonly plugin: PluginSettings;
	/** Ours, core Templates' and Templater's when they are on: checked by `validate --templates`. */
	readonly templateFolders: readonly string[];
	/** The templates folders and the user's folders to ignore: notes here are never read as IPT notes. */
	readonly ignoredFolders: readonly string[];
	/** Settings that could not be read, each falling back to its default. */
	readonly diagnostics: Diagnostic[];
}

function warning(field: string, message: string): Diagnostic {
	return { path: SETTINGS_PATH, field, severity: "warning", message };
}

function settingsWith(vault: string, settings: PluginSettings, diagnostics: Diagnostic[]): VaultSettings {
	const others = otherTemplateFolders(vault);
	return { engine: settings.engine, plugin: settings, templatesFolder: settings.templatesFolder, templateFolders: templateFolders(settings, others), ignoredFolders: ignoredFolders(settings, others), diagnostics };
}

/** Never throws: no data.json means the defaults; an unreadable or bad one, the defaults for what is bad, with a warning each. */
export function readVaultSettings(vault: string): VaultSettings {
	const defaultsWith = (diagnostics: Diagnostic[]): VaultSettings => settingsWith(vault, DEFAULT_PLUGIN_SETTINGS, diagnostics);
	let text: string;
	try {
		text = readFileSync(join(vault, SETTINGS_PATH), "utf8");
	} catch (error) {
		const code = errorCode(error);
		if (code === "ENOENT") return defaultsWith([]);
		return defaultsWith([warning("file", `could not be read (${code}); using the default settings.`)]);
	}
	// Windows editors may save a byte order mark. The plugin's loadData hands the text to
	// JSON.parse, which rejects it, so both faces fall back to the defaults; this says why.
	if (text.startsWith("\uFEFF")) {
		return defaultsWith([warning("file", "starts with a byte order mark, which JSON does not allow; using the default settings. Save it as UTF-8 without a byte order mark.")]);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		// The parser's own message quotes the file, which may be long or span lines.
		return defaultsWith([warning("file", "is not valid JSON; using the default settings. Fix it, or change a setting in Obsidian to write it anew.")]);
	}
	const { settings, problems } = parsePluginSettings(raw);
	// Each problem reads `<key path>: <reason>; using <default>`, naming its key itself.
	const diagnostics = problems.map((problem) => warning(problem.slice(0, Math.max(0, problem.indexOf(": "))), `${problem}.`));
	return settingsWith(vault, settings, diagnostics);
}
