/** @jest-environment jsdom */

// toggle-privacy-mode and validate-notes, run from the palette as a user would.
import { type App, click, Notice } from "../fake-obsidian";
import { openSettings, PLUGIN_ID, shown, startPlugin } from "./settings-support";

function note(frontmatter: string): string {
	return `---\n${frontmatter}\n---\n`;
}

const BROKEN_VAULT = {
	"IPT/Ann/Ann.md": note("ipt: case\nclient: A.K."),
	// circle out of range (error) and a misspelt key (warning).
	"IPT/Ann/People/Far.md": note("ipt: person\nname: Far\ncircle: 9\ncirle: 2"),
	// Only a misspelt key: a warning.
	"IPT/Ann/People/Mum.md": note("ipt: person\nname: Mum\ncircle: 1\nsuport: 2"),
	"IPT/Ann/Sessions/Session 01.md": note("ipt: session\ndate: 2026-01-02"),
	"Loose person.md": note("ipt: person\ncircle: 1"),
	// Template copies are not IPT notes, whatever they hold.
	"IPT templates/Person.md": note("ipt: person\ncircle: \"{{circle}}\""),
};

async function ready(files: Record<string, string>): Promise<App> {
	const { app } = await startPlugin({ files });
	await app.workspace.triggerLayoutReady();
	return app;
}

async function run(app: App, id: string): Promise<void> {
	expect(await app.commands.executeCommandByIdAsync(`${PLUGIN_ID}:${id}`)).toBe(true);
	await app.flush();
}

function openModal(): HTMLElement {
	const modal = document.body.querySelector<HTMLElement>(".modal-container .modal");
	if (!modal) throw new Error("no modal is open");
	return modal;
}

afterEach(() => {
	document.body.empty();
	Notice.reset();
});

describe("toggle-privacy-mode", () => {
	it("flips privacy mode, saves it and says which mode is on", async () => {
		const app = await ready({});
		await run(app, "toggle-privacy-mode");
		expect(app.readPluginData(PLUGIN_ID)).toMatchObject({ privacyMode: true });
		expect(shown(openSettings(app), "Privacy mode")).toEqual(["on"]);
		app.setting.close();
		await run(app, "toggle-privacy-mode");
		expect(app.readPluginData(PLUGIN_ID)).toMatchObject({ privacyMode: false });
		expect(Notice.messages).toEqual(["Privacy mode is on: people show as initials and roles.", "Privacy mode is off: people show by name."]);
	});

	it("starts from the saved default", async () => {
		const { app } = await startPlugin({ pluginData: { [PLUGIN_ID]: { privacyMode: true } } });
		await run(app, "toggle-privacy-mode");
		expect(app.readPluginData(PLUGIN_ID)).toMatchObject({ privacyMode: false });
	});

	it("has a name without the plugin's name or the word command, and no hotkey", async () => {
		const app = await ready({});
		const commands = ["toggle-privacy-mode", "validate-notes"].map((id) => app.commands.findCommand(`${PLUGIN_ID}:${id}`));
		expect(commands.map((c) => [c?.name, c?.hotkeys])).toEqual([
			["IPT Workbench: Toggle privacy mode", undefined],
			["IPT Workbench: Validate notes", undefined],
		]);
	});
});

describe("validate-notes", () => {
	it("lists every diagnostic by file, files with errors first and errors first in each", async () => {
		const app = await ready(BROKEN_VAULT);
		await run(app, "validate-notes");
		const modal = openModal();
		expect(modal.querySelector(".modal-title")?.textContent).toBe("Note check");
		const content = modal.querySelector<HTMLElement>(".modal-content");
		expect(content?.querySelector("p")?.textContent).toBe("3 errors and 2 warnings in 4 notes.");
		const files = Array.from(content?.querySelectorAll("a") ?? []).map((link) => [
			link.textContent,
			Array.from(link.parentElement?.querySelectorAll("li") ?? []).map((item) => item.textContent?.replace(/:.*/s, "")),
		]);
		expect(files).toEqual([
			["IPT/Ann/People/Far.md", ["Error", "Warning"]],
			["IPT/Ann/Sessions/Session 01.md", ["Error"]],
			["Loose person.md", ["Error"]],
			["IPT/Ann/People/Mum.md", ["Warning"]],
		]);
		expect(content?.textContent).toContain("Error: circle: 9 is not a closeness ring");
		expect(content?.textContent).toContain("Warning: cirle: did you mean circle?");
	});

	it("opens a note from its link and closes itself", async () => {
		const app = await ready(BROKEN_VAULT);
		await run(app, "validate-notes");
		const link = Array.from(openModal().querySelectorAll("a")).find((a) => a.textContent === "IPT/Ann/Sessions/Session 01.md");
		if (!link) throw new Error("no link to the session note");
		// A real link: in the tab order, opened with Enter as with a click.
		expect([link.tabIndex, link.hasAttribute("href")]).toEqual([0, true]);
		click(link);
		await app.flush();
		expect(document.body.querySelector(".modal-container .modal")).toBeNull();
		expect(app.workspace.getActiveFile()?.path).toBe("IPT/Ann/Sessions/Session 01.md");
	});

	it("says so when every note follows the format", async () => {
		const app = await ready({ "IPT/Ann/Ann.md": note("ipt: case\nclient: A.K."), "IPT/Ann/Mum.md": note("ipt: person\ncircle: 1"), "Daily.md": note("mood: [broken") });
		await run(app, "validate-notes");
		expect(openModal().querySelector(".modal-content")?.textContent).toBe("Every note follows the note format.");
	});

	it("follows the notes as they change", async () => {
		const app = await ready(BROKEN_VAULT);
		const far = app.vault.getFileByPath("IPT/Ann/People/Far.md");
		if (!far) throw new Error("no Far.md");
		await app.vault.modify(far, note("ipt: person\nname: Far\ncircle: 2"));
		await app.flush();
		await run(app, "validate-notes");
		expect(openModal().querySelector("p")?.textContent).toBe("2 errors and 1 warning in 3 notes.");
	});
});
