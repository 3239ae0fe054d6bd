/** @jest-environment jsdom */
import { Notice, type App, type TFile } from "../fake-obsidian";
import { CASE_FILES, CASE_PATH, pinToday, startVault } from "./case-commands-harness";
import { allTemplates } from "../../src/domain/templates/catalogue";
import { parseNote } from "../../src/domain/parse-note";

function file(app: App, path: string): TFile {
	const found = app.vault.getFileByPath(path);
	if (!found) throw new Error(`no file ${path}`);
	return found;
}

function typeAndChoose(query: string): void {
	const input = document.querySelector<HTMLInputElement>(".prompt-input");
	if (!input) throw new Error("no picker open");
	input.value = query;
	input.dispatchEvent(new Event("input"));
}

async function pickFirst(app: App): Promise<void> {
	await app.flush();
	document.querySelector<HTMLElement>(".suggestion-item")?.click();
	await app.flush();
}

beforeEach(() => {
	pinToday();
	Notice.reset();
});
afterEach(() => {
	jest.useRealTimers();
	document.body.empty();
});

describe("install-templates", () => {
	it("copies every template into the templates folder and keeps copies the user has changed", async () => {
		const mine = "---\nipt: person\n---\n# My own person template\n";
		const app = await startVault({ ...CASE_FILES, "IPT templates/IPT person.md": mine });
		await app.commands.executeCommandByIdAsync("ipt-workbench:install-templates");
		for (const template of allTemplates()) expect(app.vault.getFileByPath(`IPT templates/${template.fileName}`)).not.toBeNull();
		expect(await app.vault.read(file(app, "IPT templates/IPT person.md"))).toBe(mine);
		expect(await app.vault.read(file(app, "IPT templates/IPT case.md"))).toBe(allTemplates().find((t) => t.id === "case")?.text);
		expect(Notice.messages.at(-1)).toMatch(new RegExp(`installed ${allTemplates().length - 1} templates in "IPT templates"; kept the 1 already there`));
	});

	it("never reads template copies as IPT notes", async () => {
		const app = await startVault();
		await app.commands.executeCommandByIdAsync("ipt-workbench:install-templates");
		await app.flush();
		await app.commands.executeCommandByIdAsync("ipt-workbench:validate-notes");
		expect(document.querySelector(".modal-content")?.textContent).toBe("Every note follows the note format.");
	});
});

describe("insert-template", () => {
	it("inserts a problem-area section at the cursor, filled in for the case, and uses the user's copy when there is one", async () => {
		const app = await startVault({ ...CASE_FILES, "IPT templates/IPT section - grief.md": "## Grief for {{client}} on {{date}}\n" });
		await app.workspace.setActiveFile(file(app, "IPT/Jo R/Sessions/Session 06.md"));
		const editor = app.workspace.activeEditor?.editor;
		if (!editor) throw new Error("no editor");
		editor.setCursor(editor.lastLine(), 0);
		expect(app.commands.executeCommandById("ipt-workbench:insert-template")).toBe(true);
		typeAndChoose("role dispute");
		await pickFirst(app);
		expect(editor.getValue()).toMatch(/Notes of session 6\.\n[\s\S]*dispute/i);
		expect(editor.getValue()).not.toMatch(/\{\{client\}\}/);

		expect(app.commands.executeCommandById("ipt-workbench:insert-template")).toBe(true);
		typeAndChoose("grief");
		await pickFirst(app);
		expect(editor.getValue()).toContain("## Grief for Jo R on 2026-06-03\n");
	});
});

describe("insert-template in a note that is no IPT note", () => {
	it("fills the placeholders from the case whose folder holds the note", async () => {
		const app = await startVault({ ...CASE_FILES, "IPT/Jo R/Scratch.md": "Thoughts before supervision.\n", "IPT templates/IPT section - grief.md": "## Grief for {{client}} in {{case}}\n" });
		await app.workspace.setActiveFile(file(app, "IPT/Jo R/Scratch.md"));
		const editor = app.workspace.activeEditor?.editor;
		if (!editor) throw new Error("no editor");
		editor.setCursor(editor.lastLine(), 0);
		expect(app.commands.executeCommandById("ipt-workbench:insert-template")).toBe(true);
		typeAndChoose("grief");
		await pickFirst(app);
		expect(editor.getValue()).toContain("## Grief for Jo R in [[Jo R]]\n");
		expect(editor.getValue()).not.toContain("{{");
	});
});

describe("create-sample-case", () => {
	it("creates the fictional training case in a folder of its own, twice without clashing", async () => {
		const app = await startVault();
		await app.commands.executeCommandByIdAsync("ipt-workbench:create-sample-case");
		await app.commands.executeCommandByIdAsync("ipt-workbench:create-sample-case");
		await app.flush();
		const first = app.vault.getFiles().filter((f) => f.path.startsWith("IPT/Elena V (fictional training case)/"));
		const second = app.vault.getFiles().filter((f) => f.path.startsWith("IPT/Elena V (fictional training case) 2/"));
		expect(first.length).toBeGreaterThan(10);
		expect(second.length).toBe(first.length);
		for (const note of first) {
			const parsed = parseNote(note.path, app.metadataCache.getFileCache(note)?.frontmatter);
			expect(parsed.diagnostics).toEqual([]);
		}
		expect(app.workspace.getActiveFile()?.path).toMatch(/^IPT\/Elena V \(fictional training case\) 2\/.*\.md$/);
		expect(Notice.messages.at(-1)).toMatch(/fictional training case/);
		expect(app.vault.getFileByPath(CASE_PATH)).not.toBeNull();
	});
});
