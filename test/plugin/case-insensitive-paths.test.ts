/** @jest-environment jsdom */
// On a macOS or Windows disk `People/ann.md` is the file `People/Ann.md`: writing it would replace that note.
import { CASE_FILES, CASE_PATH, choose, clickButton, isModalOpen, notices, openNote, pinToday, resetUi, runCommand, textOf, type } from "./case-commands-harness";
import { startPlugin } from "./settings-support";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

async function startCaseInsensitive(files: Record<string, string> = CASE_FILES) {
	const { app } = await startPlugin({ files, caseInsensitivePaths: true });
	await app.workspace.triggerLayoutReady();
	return app;
}

describe("a vault on a case-insensitive disk", () => {
	it("Add person refuses a name that differs from an existing person note only in case, and leaves that note as it was", async () => {
		const app = await startCaseInsensitive();
		const ann = "IPT/Jo R/People/Ann.md";
		const before = textOf(app, ann);
		await openNote(app, CASE_PATH);
		await runCommand(app, "add-person");
		type("Name", "ann");
		choose("Circle", "3");
		await clickButton(app, "Add");
		expect(textOf(app, ann)).toBe(before);
		expect(app.vault.getFiles().filter((file) => file.path.toLowerCase() === ann.toLowerCase()).map((file) => file.path)).toEqual([ann]);
		expect(notices()).toEqual([`IPT Workbench: "${ann}" already exists, so nothing was written. Rename or move it first.`]);
		expect(isModalOpen()).toBe(true);
	});

	it("a new note goes into the existing folder, spelled as the vault spells it", async () => {
		const app = await startCaseInsensitive(Object.fromEntries(Object.entries(CASE_FILES).map(([path, text]) => [path.replace("/People/", "/people/"), text])));
		await openNote(app, CASE_PATH);
		await runCommand(app, "add-person");
		type("Name", "Carl");
		choose("Circle", "2");
		await clickButton(app, "Add");
		expect(app.vault.getFileByPath("IPT/Jo R/people/Carl.md")).not.toBeNull();
		expect(app.vault.getAllFolders().map((folder) => folder.path).filter((path) => path.toLowerCase() === "ipt/jo r/people")).toEqual(["IPT/Jo R/people"]);
	});
});
