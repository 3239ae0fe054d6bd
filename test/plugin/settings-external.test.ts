/** @jest-environment jsdom */

// data.json changed from outside Obsidian (Sync from another device): the plugin reads
// it again as it does at start-up, applies it, redraws, and never writes it back.
import { DEFAULT_PLUGIN_SETTINGS } from "../../src/domain/settings/plugin-settings";
import { type App, Notice, useApiVersion } from "../fake-obsidian";
import { openSettings, PLUGIN_ID, shown, startPlugin } from "./settings-support";

const DATA = `.obsidian/plugins/${PLUGIN_ID}/data.json`;

let app: App;

beforeEach(async () => {
	({ app } = await startPlugin({ pluginData: { [PLUGIN_ID]: { ...DEFAULT_PLUGIN_SETTINGS, exportFolder: "Here" } } }));
});

afterEach(() => {
	useApiVersion();
	document.body.empty();
	Notice.reset();
});

it("applies a synced data.json, redraws the open tab, and leaves the file as it came", async () => {
	const tab = openSettings(app);
	const synced = JSON.stringify({ exportFolder: "Synced", privacyMode: true });
	await app.changePluginDataOnDisk(PLUGIN_ID, synced);
	expect([shown(tab, "Export folder"), shown(tab, "Privacy mode")]).toEqual([["Synced"], ["on"]]);
	expect(app.vault.adapter.readText(DATA)).toBe(synced);
	expect(Notice.messages).toEqual([]);
});

it("fails closed on a synced data.json that cannot be read, as at start-up, and leaves it as it is", async () => {
	await app.changePluginDataOnDisk(PLUGIN_ID, "{ not json");
	const tab = openSettings(app);
	expect(shown(tab, "Privacy mode")).toEqual(["on"]);
	expect(Notice.messages[0]).toMatch(/^IPT Workbench: the settings file could not be read whole/);
	expect(tab.querySelector("p.mod-warning")).not.toBeNull();
	expect(app.vault.adapter.readText(DATA)).toBe("{ not json");
});

it("reads a good file again after a bad one, and no longer warns", async () => {
	await app.changePluginDataOnDisk(PLUGIN_ID, "{ not json");
	await app.changePluginDataOnDisk(PLUGIN_ID, JSON.stringify({ exportFolder: "Fixed" }));
	const tab = openSettings(app);
	expect([shown(tab, "Export folder"), shown(tab, "Privacy mode")]).toEqual([["Fixed"], ["off"]]);
	expect(tab.querySelector("p.mod-warning")).toBeNull();
});

it("redraws the open tab on an app older than 1.13, which draws it with display()", async () => {
	useApiVersion("1.12.7");
	const tab = openSettings(app);
	await app.changePluginDataOnDisk(PLUGIN_ID, JSON.stringify({ exportFolder: "Synced" }));
	expect(shown(tab, "Export folder")).toEqual(["Synced"]);
});

it("reads a synced templates folder that would hide the cases as a file that cannot be read whole", async () => {
	await app.changePluginDataOnDisk(PLUGIN_ID, JSON.stringify({ casesFolder: "Clients", templatesFolder: "Clients" }));
	expect(shown(openSettings(app), "Templates folder")).toEqual(["IPT templates"]);
	expect(Notice.messages[0]).toContain('templatesFolder: "Clients" is or holds the cases folder ("Clients"), whose cases would then never be read; using "IPT templates"');
});
