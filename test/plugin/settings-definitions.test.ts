/** @jest-environment jsdom */

// Obsidian 1.13 draws a tab from its setting definitions and searches them; older apps
// call display(). Both come from one declaration, so neither can lose a setting.
import type { SettingDefinition, SettingDefinitionGroup, SettingDefinitionItem } from "obsidian";
import { type App, useApiVersion } from "../fake-obsidian";
import { openSettings, PLUGIN_ID, shown, startPlugin } from "./settings-support";

let app: App;

beforeEach(async () => {
	({ app } = await startPlugin());
});

afterEach(() => {
	useApiVersion();
	document.body.empty();
});

function definitions(): SettingDefinitionItem[] {
	const tab = app.setting.pluginTabs.find((candidate) => candidate.id === PLUGIN_ID);
	if (!tab) throw new Error("the plugin has no settings tab");
	return tab.getSettingDefinitions() as SettingDefinitionItem[];
}

function isGroup(item: SettingDefinitionItem): item is SettingDefinitionGroup {
	return "type" in item;
}

function descText(desc: string | DocumentFragment | undefined): string {
	return typeof desc === "string" ? desc : (desc?.textContent ?? "");
}

/** Each row as "heading / name: description", as a search would find it. */
function definedRows(): string[] {
	return definitions().flatMap((group) => (isGroup(group) ? (group.items ?? []).map((item) => `${group.heading} / ${(item as SettingDefinition).name}: ${descText((item as SettingDefinition).desc)}`) : []));
}

/** Each row of the drawn tab, as {@link definedRows}. */
function drawnRows(containerEl: HTMLElement): string[] {
	let heading = "";
	const rows: string[] = [];
	for (const el of Array.from(containerEl.querySelectorAll<HTMLElement>(".setting-item"))) {
		const name = el.querySelector(".setting-item-name")?.textContent ?? "";
		if (el.hasClass("setting-item-heading")) heading = name;
		else rows.push(`${heading} / ${name}: ${el.querySelector(".setting-item-description")?.firstChild?.textContent ?? ""}`);
	}
	return rows;
}

it("defines every row that display() draws on an older app, under its heading and with its description", () => {
	useApiVersion("1.12.7");
	const drawn = drawnRows(openSettings(app));
	expect(drawn.length).toBeGreaterThan(30);
	expect(definedRows()).toEqual(drawn);
});

it("gives every row a render callback, so 1.13 draws the same controls", () => {
	const items = definitions().flatMap((group) => (isGroup(group) ? (group.items ?? []) : [group]));
	expect(items.length).toBeGreaterThan(30);
	expect(items.filter((item) => !("render" in item) || typeof item.render !== "function")).toEqual([]);
});

it("draws the same values from its definitions on 1.13 as display() does on an older app", () => {
	const names = ["Cases folder", "Default protocol", "Standard", "Remission below", "Privacy mode"];
	const fromDefinitions = names.map((name) => shown(openSettings(app), name));
	app.setting.close();
	useApiVersion("1.12.7");
	expect(names.map((name) => shown(openSettings(app), name))).toEqual(fromDefinitions);
});
