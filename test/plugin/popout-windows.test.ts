/** @jest-environment jsdom */
// A pop-out window has its own DOM constructors: what the user does there must work as in the main window.
import { click, enterText, pressKey, type App, type WorkspaceLeaf } from "../fake-obsidian";
import { CASE_FILES, CASE_PATH, fileAt, resetUi, startVault } from "./case-commands-harness";
import { PLUGIN_ID } from "./settings-support";

const EVENT_PATH = "IPT/Jo R/Events/2025-12-01 Made redundant.md";

afterEach(resetUi);

async function popoutWith(app: App, viewType: string): Promise<WorkspaceLeaf> {
	const leaf = app.workspace.openPopoutLeaf();
	await leaf.setViewState({ type: viewType, active: true });
	await new Promise((resolve) => setTimeout(resolve, 120));
	await app.flush();
	return leaf;
}

function popoutModal(leaf: WorkspaceLeaf): HTMLElement {
	const found = leaf.containerEl.doc.querySelector<HTMLElement>(".modal-container .modal");
	if (!found) throw new Error("no modal in the pop-out window");
	return found;
}

describe("in a pop-out window", () => {
	it("a link in the sidebar opens its note, by click and by Enter", async () => {
		const app = await startVault();
		await app.workspace.setActiveFile(fileAt(app, CASE_PATH));
		const leaf = await popoutWith(app, `${PLUGIN_ID}-sidebar`);
		const link = Array.from(leaf.containerEl.querySelectorAll(".ipt-note-link")).find((el) => el.textContent === "Made redundant");
		if (!link) throw new Error("no link to the event in the sidebar");
		expect(link.ownerDocument).not.toBe(document);
		click(link);
		await app.flush();
		expect(app.workspace.getActiveFile()?.path).toBe(EVENT_PATH);

		await app.workspace.setActiveFile(fileAt(app, CASE_PATH));
		await app.flush();
		pressKey(link, "Enter");
		await app.flush();
		expect(app.workspace.getActiveFile()?.path).toBe(EVENT_PATH);
	});

	it("a row of the caseload opens its case", async () => {
		const app = await startVault();
		const leaf = await popoutWith(app, `${PLUGIN_ID}-caseload`);
		await app.workspace.setActiveFile(fileAt(app, "Other/Shopping.md"));
		const cell = leaf.containerEl.querySelector(".ipt-caseload-row td:last-child");
		if (!cell) throw new Error("no caseload cell");
		click(cell);
		await app.flush();
		expect(app.workspace.getActiveFile()?.path).toBe(CASE_PATH);
		expect(app.workspace.getLeavesOfType("markdown").filter((other) => other.getViewState().state?.file === CASE_PATH)).toHaveLength(1);
	});

	it("Enter on Cancel does not submit a form", async () => {
		const app = await startVault();
		const leaf = app.workspace.openPopoutLeaf();
		await leaf.openFile(fileAt(app, CASE_PATH), { active: true });
		await app.flush();
		expect(await app.commands.executeCommandByIdAsync(`${PLUGIN_ID}:add-person`)).toBe(true);
		await app.flush();
		const modal = popoutModal(leaf);
		const name = modal.querySelector<HTMLInputElement>('[aria-label="Name"]');
		const cancel = Array.from(modal.querySelectorAll("button")).find((button) => button.textContent === "Cancel");
		if (!name || !cancel) throw new Error("no name field or Cancel button");
		enterText(name, "Carl");
		cancel.focus();
		pressKey(cancel, "Enter");
		await app.flush();
		expect(app.vault.getFileByPath("IPT/Jo R/People/Carl.md")).toBeNull();
		expect(Object.keys(CASE_FILES).every((path) => app.vault.getFileByPath(path) !== null)).toBe(true);
	});

	it("Enter in a field submits the form", async () => {
		const app = await startVault();
		const leaf = app.workspace.openPopoutLeaf();
		await leaf.openFile(fileAt(app, CASE_PATH), { active: true });
		await app.flush();
		await app.commands.executeCommandByIdAsync(`${PLUGIN_ID}:add-person`);
		await app.flush();
		const name = popoutModal(leaf).querySelector<HTMLInputElement>('[aria-label="Name"]');
		if (!name) throw new Error("no name field");
		enterText(name, "Carl");
		pressKey(name, "Enter");
		await app.flush();
		expect(app.vault.getFileByPath("IPT/Jo R/People/Carl.md")).not.toBeNull();
	});
});
