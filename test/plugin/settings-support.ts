// What the settings, command and property-type tests share: a started plugin, and the
// settings tab read and worked as a user would.
import manifest from "../../manifest.json";
import IptWorkbenchPlugin from "../../src/obsidian/main";
import { type App, createFakeApp, type FakeAppOptions, findSetting } from "../fake-obsidian";

export const PLUGIN_ID = manifest.id;

export async function startPlugin(options: FakeAppOptions = {}): Promise<{ app: App; plugin: IptWorkbenchPlugin }> {
	const app = createFakeApp(options);
	const plugin = await app.loadPlugin(IptWorkbenchPlugin, manifest);
	return { app, plugin };
}

/** Opens Obsidian's settings on the plugin's tab and returns what it drew. */
export function openSettings(app: App): HTMLElement {
	const tab = app.setting.openTabById(PLUGIN_ID);
	if (!tab) throw new Error("the plugin has no settings tab");
	return tab.containerEl;
}

/** The control of a setting: its text input, dropdown or toggle; `index` picks one of several inputs. */
export function control<T extends HTMLElement = HTMLInputElement>(containerEl: HTMLElement, name: string, index = 0): T {
	const found = findSetting(containerEl, name).querySelectorAll<T>(".setting-item-control input[type=text], .setting-item-control select, .setting-item-control .checkbox-container")[index];
	if (!found) throw new Error(`no control ${index} in the setting "${name}"`);
	return found;
}

/** What a setting shows: the text or option of its controls, on/off for a toggle. */
export function shown(containerEl: HTMLElement, name: string): string[] {
	const controls = findSetting(containerEl, name).querySelectorAll<HTMLElement>(".setting-item-control input[type=text], .setting-item-control select, .setting-item-control .checkbox-container");
	return Array.from(controls).map((el) => (el.instanceOf(HTMLInputElement) || el.instanceOf(HTMLSelectElement) ? el.value : el.hasClass("is-enabled") ? "on" : "off"));
}

/** The reason shown under a setting for a refused value, or null when none is shown. */
export function refusal(containerEl: HTMLElement, name: string): string | null {
	const el = findSetting(containerEl, name).querySelector<HTMLElement>(".mod-warning");
	return el?.isShown() ? el.getText() : null;
}

/** The heading names of the tab, in order. */
export function headings(containerEl: HTMLElement): string[] {
	return Array.from(containerEl.querySelectorAll(".setting-item-heading .setting-item-name")).map((el) => el.textContent ?? "");
}
