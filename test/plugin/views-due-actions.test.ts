/** @jest-environment jsdom */

// "What is due" as a clinician uses it: each item that has something to do carries a
// button; a task is ticked in the latest session note after a confirmation, a form
// opens for what a form records. Ticking the task's checklist item in a session's body
// counts as well.
import type { App, WorkspaceLeaf } from "../fake-obsidian";
import { clickButton, isModalOpen, modal, notices, resetUi } from "./case-commands-harness";
import { INDEX_WAIT_MS, openSidebar, settle, showNote, startWorkbench, texts, viewRoot } from "./views-support";

const CASE = "IPT/Ann Lee/Ann Lee.md";
const SESSION_2 = "IPT/Ann Lee/Sessions/Session 02.md";
const LATEST = "IPT/Ann Lee/Sessions/Session 04.md";
const LATEST_TEXT = "---\nipt: session\nsession: 4\ndate: 2026-04-23\nphq9: 10\nphq9_item9: 0\ntasks:\n  - sick-role\n---\n# Session 4\n\nWhat Ann said today.\n";
const SESSION_2_TEXT = "---\nipt: session\nsession: 2\ndate: 2026-04-09\n---\n## Initial phase checklist\n- [ ] Timeline drawn (`timeline`)\n- [ ] Interpersonal inventory complete (`inventory`)\n";

const VAULT: Record<string, string> = {
	[CASE]: "---\nipt: case\nclient: A.L.\nfocus: [grief]\n---\n",
	"IPT/Ann Lee/Sessions/Session 01.md": "---\nipt: session\nsession: 1\ndate: 2026-04-02\nphq9: 14\nphq9_item9: 0\n---\n",
	[SESSION_2]: SESSION_2_TEXT,
	[LATEST]: LATEST_TEXT,
};

let app: App;
let leaf: WorkspaceLeaf;

async function start(files: Record<string, string> = VAULT): Promise<void> {
	app = await startWorkbench({ files });
	await showNote(app, CASE);
	leaf = await openSidebar(app);
	await settle(app, INDEX_WAIT_MS);
}

afterEach(resetUi);

function dueIds(): string[] {
	return [...viewRoot(leaf).querySelectorAll(".ipt-due-item")].map((item) => [...item.classList].find((cls) => cls.startsWith("ipt-due-") && cls !== "ipt-due-item")?.slice("ipt-due-".length) ?? "");
}

function actionOf(id: string): HTMLButtonElement {
	const button = viewRoot(leaf).querySelector<HTMLButtonElement>(`.ipt-due-${id} button.ipt-due-action`);
	if (!button) throw new Error(`no button on ${id}`);
	return button;
}

describe("buttons on what is due", () => {
	it("are buttons reachable by keyboard, named for their item; an item with nothing to click has none", async () => {
		await start();
		expect(dueIds()).toEqual(expect.arrayContaining(["formulation-missing", "inventory-missing"]));
		const button = actionOf("formulation-missing");
		expect(button.textContent).toBe("Mark done");
		expect(button.getAttribute("type")).toBe("button");
		expect(button.tabIndex).toBe(0);
		expect(button.getAttribute("aria-label")).toBe("Mark done: Share the formulation");
		expect(actionOf("inventory-missing").textContent).toBe("Add person");
		await start({ ...VAULT, "IPT/Ann Lee/Sessions/Session 01 copy.md": "---\nipt: session\nsession: 1\n---\n" });
		expect(dueIds()).toContain("duplicate-session-number");
		expect(viewRoot(leaf).querySelector(".ipt-due-duplicate-session-number button.ipt-due-action")).toBeNull();
	});

	it("ticks a task in the latest session once confirmed, and the item goes", async () => {
		await start();
		actionOf("formulation-missing").click();
		await app.flush();
		expect(modal().querySelector(".modal-title")?.textContent).toBe("Mark the task done");
		expect(texts(modal(), "p")).toEqual(['This adds formulation to the tasks of "Session 04", the case\'s latest session note. Nothing else in the note changes.']);
		expect(document.activeElement?.textContent).toBe("Cancel");
		await clickButton(app, "Mark done");
		expect(isModalOpen()).toBe(false);
		expect(app.vault.adapter.readText(LATEST)).toBe(LATEST_TEXT.replace("  - sick-role\n", "  - sick-role\n  - formulation\n"));
		expect(notices()).toEqual(['Task recorded: formulation is in the tasks of "Session 04".']);
		await settle(app, INDEX_WAIT_MS);
		expect(dueIds()).not.toContain("formulation-missing");
	});

	it("writes nothing when cancelled", async () => {
		await start();
		actionOf("formulation-missing").click();
		await app.flush();
		await clickButton(app, "Cancel");
		await settle(app, INDEX_WAIT_MS);
		expect(app.vault.adapter.readText(LATEST)).toBe(LATEST_TEXT);
		expect(dueIds()).toContain("formulation-missing");
	});

	it("opens the form for what a form records", async () => {
		await start({ ...VAULT, [CASE]: "---\nipt: case\nclient: A.L.\n---\n" });
		actionOf("focus-missing").click();
		await app.flush();
		expect(modal().querySelector(".modal-title")?.textContent).toBe("Set focus");
		resetUi();
		actionOf("inventory-missing").click();
		await app.flush();
		expect(modal().querySelector(".modal-title")?.textContent).toBe("Add person");
	});
});

describe("a checklist item ticked in a session's body", () => {
	it("counts as the task it names, whether ticked before the app opened or while it is open", async () => {
		await start({ ...VAULT, [SESSION_2]: SESSION_2_TEXT.replace("- [ ] Timeline", "- [x] Formulation shared and agreed `formulation`\n- [ ] Timeline") });
		expect(dueIds()).not.toContain("formulation-missing");
		await start();
		const file = app.vault.getFileByPath(SESSION_2);
		if (!file) throw new Error("no session 2");
		await app.vault.modify(file, SESSION_2_TEXT.replace("- [ ] Interpersonal inventory complete (`inventory`)", "- [x] Formulation shared and agreed (`formulation`)"));
		await settle(app, INDEX_WAIT_MS);
		expect(dueIds()).not.toContain("formulation-missing");
		await app.vault.modify(file, SESSION_2_TEXT.replace("- [ ] Interpersonal inventory complete (`inventory`)", "- [-] Formulation shared and agreed (`formulation`)"));
		await settle(app, INDEX_WAIT_MS);
		expect(dueIds()).toContain("formulation-missing");
	});

	it("naming no task id is a warning that names the line", async () => {
		await start({ ...VAULT, [SESSION_2]: SESSION_2_TEXT.replace("- [ ] Timeline drawn (`timeline`)", "- [x] Formulation shared (`formulaton`)") });
		expect(dueIds()).toContain("formulation-missing");
		expect(texts(viewRoot(leaf), ".ipt-diagnostics li").join("\n")).toMatch(/line 7: `formulaton` in a ticked checklist item is not a task id/);
	});
});
