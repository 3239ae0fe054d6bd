import {
	communityPluginEnabled,
	corePluginEnabled,
	coreTemplatesFolder,
	ignoredFolders,
	templateFolders,
	templaterFolder,
} from "../../../src/domain/settings/ignored-folders";
import { DEFAULT_PLUGIN_SETTINGS, parsePluginSettings } from "../../../src/domain/settings/plugin-settings";

describe("ignored folders", () => {
	it("reads core-plugins.json as a list (older apps) or a map (newer ones)", () => {
		expect(corePluginEnabled(["file-explorer", "templates"], "templates")).toBe(true);
		expect(corePluginEnabled({ templates: true }, "templates")).toBe(true);
		expect(corePluginEnabled({ templates: false }, "templates")).toBe(false);
		expect(corePluginEnabled(undefined, "templates")).toBe(false);
		expect(communityPluginEnabled(["templater-obsidian"], "templater-obsidian")).toBe(true);
		expect(communityPluginEnabled({ "templater-obsidian": true }, "templater-obsidian")).toBe(false);
	});

	it("takes a plugin's folder only while the plugin is on, without slashes at its ends", () => {
		expect(coreTemplatesFolder(true, { folder: "/Meta/Templates/" })).toBe("Meta/Templates");
		expect(coreTemplatesFolder(false, { folder: "Meta/Templates" })).toBeNull();
		expect(templaterFolder(true, { templates_folder: "Templater" })).toBe("Templater");
		expect(templaterFolder(true, { templates_folder: "/" })).toBeNull();
		expect(templaterFolder(true, "nonsense")).toBeNull();
	});

	it("lists ours, the other plugins' and the user's folders, each once", () => {
		const settings = { ...DEFAULT_PLUGIN_SETTINGS, ignoredFolders: ["Archive", "Templater"] };
		expect(templateFolders(settings, ["Templates", null, "Templater"])).toEqual(["IPT templates", "Templates", "Templater"]);
		expect(ignoredFolders(settings, ["Templates", null, "Templater"])).toEqual(["IPT templates", "Templates", "Templater", "Archive"]);
	});

	it("refuses a settings list that is not of folders, naming the key", () => {
		expect(parsePluginSettings({ ignoredFolders: ["Archive", " Old "] }).settings.ignoredFolders).toEqual(["Archive", "Old"]);
		const bad = parsePluginSettings({ ignoredFolders: "Archive" });
		expect(bad.settings.ignoredFolders).toEqual([]);
		expect(bad.problems).toEqual(['ignoredFolders: "Archive" is not a list of folder paths inside the vault; using a list']);
	});
});
