/** @jest-environment jsdom */
// Notes the plugin opens are opened as files, never as link text: Obsidian reads `#` in link text as a heading.
import { click } from "../fake-obsidian";
import { CASE_FILES, choose, clickButton, isModalOpen, modal, notices, openNote, pinToday, resetUi, runCommand, startVault, type } from "./case-commands-harness";

/** The test case moved into a group's folder whose name holds a `#`. */
const GROUP_FILES = Object.fromEntries(Object.entries(CASE_FILES).map(([path, text]) => [path.replace(/^IPT\//, "IPT/Group #2/"), text]));
const GROUP_CASE = "IPT/Group #2/Jo R/Jo R.md";
const ANN = "IPT/Group #2/Jo R/People/Ann.md";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

function filePaths(app: Awaited<ReturnType<typeof startVault>>): string[] {
	return app.vault
		.getFiles()
		.map((file) => file.path)
		.sort();
}

describe("a case in a folder whose name holds a #", () => {
	it("the focus form's evidence link opens the person's note and creates none", async () => {
		const app = await startVault(GROUP_FILES);
		const before = filePaths(app);
		await openNote(app, GROUP_CASE);
		await runCommand(app, "set-focus");
		// The link holds no path (privacy mode must find none in the DOM): found by its text.
		const link = Array.from(modal().querySelectorAll<HTMLAnchorElement>("a.internal-link")).find((a) => a.textContent === "Ann");
		if (!link) throw new Error("no evidence link to Ann");
		click(link);
		await app.flush();
		expect(app.workspace.getActiveFile()?.path).toBe(ANN);
		expect(filePaths(app)).toEqual(before);
	});

	it("the note check's link opens the note and creates none", async () => {
		const app = await startVault({ ...GROUP_FILES, [ANN]: "---\nipt: person\ncircle: 9\n---\n" });
		const before = filePaths(app);
		await runCommand(app, "validate-notes");
		const link = Array.from(modal().querySelectorAll("a")).find((el) => el.textContent === ANN);
		if (!link) throw new Error("no link to Ann's note");
		click(link);
		await app.flush();
		expect(app.workspace.getActiveFile()?.path).toBe(ANN);
		expect(filePaths(app)).toEqual(before);
	});
});

describe("adding to the case while a session note is being typed", () => {
	it("Add person leaves the session note open where it was, and says where the person went", async () => {
		const app = await startVault();
		const sessionPath = "IPT/Jo R/Sessions/Session 05.md";
		await openNote(app, sessionPath);
		const leaf = app.workspace.activeLeaf;
		await runCommand(app, "add-person");
		type("Name", "Carl");
		choose("Circle", "2");
		await clickButton(app, "Add");
		expect(isModalOpen()).toBe(false);
		expect(app.vault.getFileByPath("IPT/Jo R/People/Carl.md")).not.toBeNull();
		expect(app.workspace.activeLeaf).toBe(leaf);
		expect(app.workspace.getActiveFile()?.path).toBe(sessionPath);
		expect(app.workspace.getLeavesOfType("markdown").map((other) => other.getViewState().state?.file)).toEqual([sessionPath]);
		expect(notices()).toEqual(['Added "Carl" to the inventory: IPT/Jo R/People/Carl.md']);
	});
});
