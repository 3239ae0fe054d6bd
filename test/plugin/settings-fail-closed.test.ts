/** @jest-environment jsdom */

// A data.json that cannot be read whole fails closed: privacy mode on at start-up, and
// the file kept as it is until the user changes a setting and agrees to replace it; its
// text is then kept as data.json.bak. A boolean written as a string is read as one.
import manifest from "../../manifest.json";
import { DEFAULT_PLUGIN_SETTINGS } from "../../src/domain/settings/plugin-settings";
import IptWorkbenchPlugin from "../../src/obsidian/main";
import { type App, createFakeApp, enterTextAndLeave, Notice } from "../fake-obsidian";
import { clickButton, isModalOpen, modal } from "./case-commands-harness";
import { control, openSettings, PLUGIN_ID, shown } from "./settings-support";

const FOLDER = `.obsidian/plugins/${PLUGIN_ID}`;
const DATA = `${FOLDER}/data.json`;
/** Privacy mode on, in a file with a trailing comma: not JSON. */
const BROKEN = '{\n  "privacyMode": true,\n  "casesFolder": "Clients",\n}\n';
const HEAD = "IPT Workbench: the settings file could not be read whole, so privacy mode is on and the file is left as it is until you change a setting and agree to replace it.";

afterEach(() => {
	document.body.empty();
	Notice.reset();
});

/** The plugin started on a vault whose plugin folder holds these files (data.json's text as written). */
async function startWith(files: Record<string, string>): Promise<App> {
	const app = createFakeApp();
	app.vault.adapter.makeFolder(FOLDER);
	for (const [name, text] of Object.entries(files)) app.vault.adapter.writeText(`${FOLDER}/${name}`, text);
	await app.loadPlugin(IptWorkbenchPlugin, manifest);
	await app.flush();
	return app;
}

function disk(app: App, path: string): string | null {
	return app.vault.adapter.hasFile(path) ? app.vault.adapter.readText(path) : null;
}

/** Types into the export folder setting, as a user would. */
async function changeExportFolder(app: App, folder: string): Promise<void> {
	enterTextAndLeave(control(openSettings(app), "Export folder"), folder);
	await app.flush();
}

describe("a data.json that is not JSON", () => {
	it("starts with privacy mode on, says why, and leaves the file as it is", async () => {
		const app = await startWith({ "data.json": BROKEN });
		expect(shown(openSettings(app), "Privacy mode")).toEqual(["on"]);
		const [message] = Notice.messages;
		expect(message?.split("\n")[0]).toBe(`${HEAD} What could not be read:`);
		expect(message?.split("\n")[1]).toMatch(/^The file is not valid JSON \(.+\)\.$/);
		expect(disk(app, DATA)).toBe(BROKEN);
		expect(openSettings(app).querySelector("p.mod-warning")?.textContent).toBe(
			"The settings file could not be read whole when the plugin started, so privacy mode is on and the file is left as it is. Your first change asks before replacing it.",
		);
	});

	it("asks before a change replaces it; cancelled, the file stays as it was and the change lasts the session", async () => {
		const app = await startWith({ "data.json": BROKEN });
		await changeExportFolder(app, "Out");
		expect(modal().querySelector(".modal-title")?.textContent).toBe("Replace the settings file?");
		expect(modal().textContent).toContain("The file as it is now will be kept beside it in the plugin's folder as data.json.bak.");
		expect(disk(app, DATA)).toBe(BROKEN);
		await clickButton(app, "Cancel");
		expect(isModalOpen()).toBe(false);
		expect([disk(app, DATA), disk(app, `${DATA}.bak`)]).toEqual([BROKEN, null]);
		expect(Notice.messages.at(-1)).toBe("The settings file was left as it was. Your change lasts until Obsidian closes; change a setting again to be asked again.");
		expect(shown(openSettings(app), "Export folder")).toEqual(["Out"]);
	});

	it("asks once while the question is open, then keeps the file as data.json.bak and saves the settings as they are, privacy mode on", async () => {
		const app = await startWith({ "data.json": BROKEN });
		await changeExportFolder(app, "O");
		await changeExportFolder(app, "Out");
		expect(document.querySelectorAll(".modal-container:not(.mod-settings) .modal")).toHaveLength(1);
		await clickButton(app, "Replace and save");
		expect(disk(app, `${DATA}.bak`)).toBe(BROKEN);
		expect(app.readPluginData(PLUGIN_ID)).toEqual({ ...DEFAULT_PLUGIN_SETTINGS, exportFolder: "Out", privacyMode: true });
		expect(Notice.messages.at(-1)).toBe(`IPT Workbench: settings saved. The file that could not be read is kept as "${DATA}.bak".`);
		expect(openSettings(app).querySelector("p.mod-warning")).toBeNull();
		// Replaced now: the next change is saved without asking.
		await changeExportFolder(app, "Summaries");
		expect(isModalOpen()).toBe(false);
		expect(app.readPluginData(PLUGIN_ID)).toEqual({ ...DEFAULT_PLUGIN_SETTINGS, exportFolder: "Summaries", privacyMode: true });
	});

	it("never replaces an earlier data.json.bak", async () => {
		const app = await startWith({ "data.json": BROKEN, "data.json.bak": "an older copy" });
		await changeExportFolder(app, "Out");
		await clickButton(app, "Replace and save");
		expect([disk(app, `${DATA}.bak`), disk(app, `${FOLDER}/data.json.2.bak`)]).toEqual(["an older copy", BROKEN]);
	});
});

describe("a data.json with a value of the wrong kind", () => {
	const WRONG = JSON.stringify({ privacyMode: false, casesFolder: 42, exportFolder: "Out" }, null, 2);

	it("starts with privacy mode on, whatever the file says, keeping the values it could read", async () => {
		const app = await startWith({ "data.json": WRONG });
		const containerEl = openSettings(app);
		expect([shown(containerEl, "Privacy mode"), shown(containerEl, "Export folder"), shown(containerEl, "Cases folder")]).toEqual([["on"], ["Out"], ["IPT"]]);
		expect(Notice.messages).toEqual([`${HEAD} What could not be read:\ncasesFolder: 42 is not a folder path inside the vault; using "IPT"`]);
	});

	it("asks before the privacy command replaces it", async () => {
		const app = await startWith({ "data.json": WRONG });
		void app.commands.executeCommandByIdAsync(`${PLUGIN_ID}:toggle-privacy-mode`);
		await app.flush();
		expect(modal().querySelector(".modal-title")?.textContent).toBe("Replace the settings file?");
		expect(modal().textContent).toContain('casesFolder: 42 is not a folder path inside the vault; using "IPT"');
		expect(disk(app, DATA)).toBe(WRONG);
		await clickButton(app, "Cancel");
		expect(disk(app, DATA)).toBe(WRONG);
		expect(Notice.messages.at(-1)).toBe("Privacy mode is off: people show by name.");
	});
});

describe("privacy mode written as a string", () => {
	it.each([
		['"true"', "on"],
		['"TRUE"', "on"],
		['"False"', "off"],
	])("%s is read as %s, silently", async (value, expected) => {
		const app = await startWith({ "data.json": `{ "privacyMode": ${value} }` });
		expect(shown(openSettings(app), "Privacy mode")).toEqual([expected]);
		expect(Notice.messages).toEqual([]);
	});
});
