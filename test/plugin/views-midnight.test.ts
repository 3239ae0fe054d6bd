/** @jest-environment jsdom */

// "Today" moves at midnight without any note changing: days since last seen and the
// ages of safety items must move with it, so the views redraw when the date turns.
import manifest from "../../manifest.json";
import IptWorkbenchPlugin from "../../src/obsidian/main";
import { createFakeApp, type App, type WorkspaceLeaf } from "../fake-obsidian";
import { countRedraws, demoVaultFiles, openSidebar, settle, showNote } from "./views-support";

const MINUTE = 60_000;

let app: App;
let plugin: IptWorkbenchPlugin;
let leaf: WorkspaceLeaf;

beforeEach(async () => {
	// Only the clock and the plugin's interval are faked: the fake app's own timers stay real.
	jest.useFakeTimers({ now: new Date(2026, 5, 3, 23, 58, 30), doNotFake: ["hrtime", "nextTick", "performance", "queueMicrotask", "requestAnimationFrame", "cancelAnimationFrame", "requestIdleCallback", "cancelIdleCallback", "setImmediate", "clearImmediate", "setTimeout", "clearTimeout"] });
	app = createFakeApp({ files: demoVaultFiles() });
	plugin = await app.loadPlugin(IptWorkbenchPlugin, manifest);
	await app.workspace.triggerLayoutReady();
	await showNote(app, "IPT/Theo B/Theo B.md");
	leaf = await openSidebar(app);
});

afterEach(() => {
	jest.useRealTimers();
	document.body.empty();
});

it("redraws once when the local date changes, and not in the minutes before", async () => {
	const redraws = countRedraws(leaf);
	jest.advanceTimersByTime(MINUTE);
	await settle(app);
	expect(redraws.count).toBe(0);
	jest.advanceTimersByTime(MINUTE);
	await settle(app);
	expect(redraws.count).toBe(1);
	jest.advanceTimersByTime(5 * MINUTE);
	await settle(app);
	expect(redraws.count).toBe(1);
	redraws.stop();
});

it("stops watching the date when the plugin unloads", async () => {
	expect(jest.getTimerCount()).toBe(1);
	plugin.unload();
	expect(jest.getTimerCount()).toBe(0);
});
