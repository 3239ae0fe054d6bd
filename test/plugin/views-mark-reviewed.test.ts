/** @jest-environment jsdom */

// The open-safety banner's "Mark reviewed": it asks first, naming the note it will
// change, then writes risk_reviewed: true to the case's latest session note and nothing else.
import type { App, WorkspaceLeaf } from "../fake-obsidian";
import { clickButton, isModalOpen, modal, notices, resetUi } from "./case-commands-harness";
import { INDEX_WAIT_MS, openSidebar, settle, showNote, startWorkbench, texts, viewRoot } from "./views-support";

const CASE = "IPT/Ann Lee/Ann Lee.md";
const FLAGGED = "IPT/Ann Lee/Sessions/Session 02.md";
const LATEST = "IPT/Ann Lee/Sessions/Session 10.md";
const LATEST_TEXT = "---\nipt: session\nsession: 10\ndate: 2026-04-16\n---\n# Session 10\n\nWhat Ann said today.\n";

const VAULT: Record<string, string> = {
	[CASE]: "---\nipt: case\nclient: A.L.\n---\n",
	"IPT/Ann Lee/Sessions/Session 01.md": "---\nipt: session\nsession: 1\ndate: 2026-04-02\n---\n",
	[FLAGGED]: "---\nipt: session\nsession: 2\ndate: 2026-04-09\nphq9_items: [0, 0, 0, 0, 0, 0, 0, 0, 2]\n---\n",
	// Numbered 10, so it is the latest although its name sorts before Session 02.
	[LATEST]: LATEST_TEXT,
};

let app: App;
let leaf: WorkspaceLeaf;
let writes: string[];

beforeEach(async () => {
	app = await startWorkbench({ files: VAULT });
	await showNote(app, CASE);
	leaf = await openSidebar(app);
	writes = [];
	app.vault.on("modify", (file) => writes.push(file.path));
});

afterEach(resetUi);

function reviewButton(): HTMLButtonElement {
	const button = viewRoot(leaf).querySelector<HTMLButtonElement>(".ipt-safety-banner button.ipt-safety-review");
	if (!button) throw new Error("no Mark reviewed button");
	return button;
}

async function openReview(): Promise<void> {
	reviewButton().click();
	await app.flush();
}

describe("Mark reviewed on the open safety banner", () => {
	it("is a button in the banner, reachable by keyboard", () => {
		const button = reviewButton();
		expect(button.textContent).toBe("Mark reviewed");
		expect(button.getAttribute("type")).toBe("button");
		expect(button.tabIndex).toBe(0);
	});

	it("asks first, naming the latest session note, and starts on Cancel", async () => {
		await openReview();
		expect(modal().querySelector(".modal-title")?.textContent).toBe("Mark safety items reviewed");
		expect(texts(modal(), "p")[0]).toBe('This sets risk_reviewed: true in "Session 10", the case\'s latest session note. Nothing else in the note changes.');
		expect(document.activeElement?.textContent).toBe("Cancel");
		expect(writes).toEqual([]);
	});

	it("writes risk_reviewed: true to the latest session note once confirmed, and the item is then reviewed", async () => {
		await openReview();
		await clickButton(app, "Mark reviewed");
		expect(isModalOpen()).toBe(false);
		expect(writes).toEqual([LATEST]);
		expect(app.vault.adapter.readText(LATEST)).toBe(LATEST_TEXT.replace("date: 2026-04-16\n", "date: 2026-04-16\nrisk_reviewed: true\n"));
		expect(app.vault.adapter.readText(FLAGGED)).toBe(VAULT[FLAGGED]);
		expect(notices()).toEqual(['Review recorded: risk_reviewed is true in "Session 10".']);
		await settle(app, INDEX_WAIT_MS);
		expect(viewRoot(leaf).querySelector(".ipt-safety-banner")).toBeNull();
		expect(texts(viewRoot(leaf), ".ipt-safety-history li")).toEqual(["PHQ-9 item 9 scored 2 in session 2 (2026-04-09): Session 02"]);
	});

	it("changes nothing when cancelled", async () => {
		const before = Object.keys(VAULT).map((path) => app.vault.adapter.readText(path));
		await openReview();
		await clickButton(app, "Cancel");
		await settle(app, INDEX_WAIT_MS);
		expect(isModalOpen()).toBe(false);
		expect(writes).toEqual([]);
		expect(Object.keys(VAULT).map((path) => app.vault.adapter.readText(path))).toEqual(before);
		expect(texts(viewRoot(leaf), ".ipt-safety-title")).toEqual(["Open safety item"]);
	});
});
