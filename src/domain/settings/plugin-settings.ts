// Everything a user sets in the plugin's settings tab, as stored in its data.json. The
// command-line tool reads the same file, so a vault reports the same way in both faces.
import { MEASURES, PROTOCOLS, type Measure, type Protocol } from "../model/vocabulary";
import { DEFAULT_ENGINE_SETTINGS, parseEngineSettings, type EngineSettings } from "./engine-settings";
import { keepCasesFolderRead } from "./cases-folder-hidden";
import { BOOLEAN, oneOfRule, readField, readTable, type Rule } from "./read-field";
import { isWholeNumber } from "../schema/whole-number";

export interface PluginSettings {
	/** Where new cases are created; cases elsewhere in the vault still count. */
	readonly casesFolder: string;
	/** Editable template copies; notes here are never indexed as IPT notes. */
	readonly templatesFolder: string;
	/** More folders whose notes are never read as IPT notes: an archive, other plugins' templates. */
	readonly ignoredFolders: readonly string[];
	/** Where case summaries are exported; outside the cases folder by default. */
	readonly exportFolder: string;
	readonly defaultProtocol: Protocol;
	/** Null means the protocol's own planned count. */
	readonly defaultPlannedSessions: number | null;
	/** Initials and role labels instead of names, for screen sharing and supervision. */
	readonly privacyMode: boolean;
	readonly primaryMeasure: Measure;
	readonly engine: EngineSettings;
}

export const DEFAULT_PLUGIN_SETTINGS: PluginSettings = {
	casesFolder: "IPT",
	templatesFolder: "IPT templates",
	ignoredFolders: [],
	exportFolder: "IPT exports",
	defaultProtocol: "standard",
	defaultPlannedSessions: null,
	privacyMode: false,
	primaryMeasure: "phq9",
	engine: DEFAULT_ENGINE_SETTINGS,
};

/** A path inside the vault, trimmed: not empty, not from the root, never climbing out with `..`. */
function folderPath(value: unknown): string | undefined {
	if (typeof value !== "string") return undefined;
	const path = value.trim();
	return path !== "" && !path.startsWith("/") && !path.split("/").includes("..") ? path : undefined;
}

const folder: Rule<string> = { read: folderPath, expected: "a folder path inside the vault" };

/** Every entry a folder path, or none of the list taken. */
function folderPaths(value: unknown): string[] | undefined {
	if (!Array.isArray(value)) return undefined;
	const paths: string[] = [];
	for (const entry of value as readonly unknown[]) {
		const path = folderPath(entry);
		if (path === undefined) return undefined;
		paths.push(path);
	}
	return paths;
}

const FIELDS = {
	casesFolder: folder,
	templatesFolder: folder,
	ignoredFolders: { read: folderPaths, expected: "a list of folder paths inside the vault" },
	exportFolder: folder,
	defaultProtocol: oneOfRule(PROTOCOLS),
	defaultPlannedSessions: {
		read(value: unknown) { return value === null || isWholeNumber(value, 1, 52) ? value : undefined; },
		expected: "a whole number of sessions from 1 to 52, or empty",
	},
	privacyMode: BOOLEAN,
	primaryMeasure: oneOfRule(MEASURES),
} as const satisfies Record<string, Rule<unknown>>;
type FieldKey = keyof typeof FIELDS;

/**
 * The settings with privacy mode on: what a settings file that could not be read whole
 * gives. It may have said privacy mode was on; with names on a shared screen, guessing
 * "off" is the mistake that cannot be taken back.
 */
export function failedClosed(settings: PluginSettings): PluginSettings {
	return { ...settings, privacyMode: true };
}

/**
 * Never throws: an unreadable or old data.json gives defaults for its bad keys, each
 * named in `problems`, and privacy mode on when there is any problem (see failedClosed).
 */
export function parsePluginSettings(raw: unknown): { settings: PluginSettings; problems: string[] } {
	const problems: string[] = [];
	const source = readTable(raw, "settings", problems);
	const fields = {} as Record<FieldKey, unknown>;
	for (const key of Object.keys(FIELDS) as FieldKey[]) {
		// A privacy mode given but unreadable falls back to on, and its problem says so.
		const fallback = key === "privacyMode" && key in source ? failedClosed(DEFAULT_PLUGIN_SETTINGS)[key] : DEFAULT_PLUGIN_SETTINGS[key];
		fields[key] = readField<unknown>(source, key, FIELDS[key], fallback, key, problems);
	}
	// Checked here, so that a problem with the table itself is told under its own key.
	const engine = parseEngineSettings(readTable(source.engine, "engine", problems));
	problems.push(...engine.problems.map((p) => `engine.${p}`));
	const settings = keepCasesFolderRead<PluginSettings>(
		{ ...DEFAULT_PLUGIN_SETTINGS, ...(fields as Partial<PluginSettings>), engine: engine.settings },
		DEFAULT_PLUGIN_SETTINGS.templatesFolder,
		problems,
	);
	return { settings: problems.length > 0 ? failedClosed(settings) : settings, problems };
}
