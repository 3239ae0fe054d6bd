/** @jest-environment jsdom */
// A long case in the sidebar: the first items of a long list drawn, the rest folded and
// drawn when the clinician opens the fold, which stays open across redraws.
import type { App, WorkspaceLeaf } from "../fake-obsidian";
import { demoVaultFiles, INDEX_WAIT_MS, openSidebar, section, settle, showNote, startWorkbench, texts, viewRoot, wait } from "./views-support";

const THEO = "IPT/Theo B/Theo B.md";
const SESSIONS = "IPT/Theo B/Sessions";

/** Theo B with item 9 positive in sessions 1 to 5 (session 6 reviews them all) and every person in conflict. */
function longTheo(): Record<string, string> {
	const files = demoVaultFiles();
	for (const n of [1, 2, 3, 4]) {
		const path = `${SESSIONS}/Session 0${n}.md`;
		const text = files[path];
		if (text === undefined) throw new Error(`no ${path}`);
		files[path] = text.replace(/^phq9_items: .*\n/m, "").replace(/^phq9: (\d+)$/m, "phq9: $1\nphq9_items: [2, 2, 2, 2, 1, 2, 1, 1, 1]");
	}
	for (const [path, text] of Object.entries(files)) {
		if (path.startsWith("IPT/Theo B/People/")) files[path] = text.replace(/^conflict: \d$/m, "conflict: 3");
	}
	return files;
}

function summaries(parent: Element): string[] {
	return texts(parent, ".ipt-fold-summary");
}

async function openFold(parent: Element): Promise<void> {
	const summary = parent.querySelector<HTMLElement>(".ipt-fold-summary");
	if (!summary) throw new Error("no fold");
	summary.click();
	// The details element announces its toggle in a task of its own.
	await wait(10);
}

describe("folded lists in the sidebar", () => {
	let app: App;
	let leaf: WorkspaceLeaf;

	beforeEach(async () => {
		app = await startWorkbench({ files: longTheo() });
		await showNote(app, THEO);
		leaf = await openSidebar(app);
	});
	afterEach(() => document.body.empty());

	/** An edit to the case, so the sidebar redraws. */
	async function touchSession7(): Promise<void> {
		const file = app.vault.getFileByPath(`${SESSIONS}/Session 07.md`);
		if (!file) throw new Error("no session 7");
		await app.vault.modify(file, (await app.vault.read(file)).replace(/^phq9: (\d+)$/m, (_, score: string) => `phq9: ${Number(score) - 1}`));
		await settle(app, INDEX_WAIT_MS);
	}

	function history(): HTMLElement {
		const found = viewRoot(leaf).querySelector<HTMLElement>(".ipt-safety-history");
		if (!found) throw new Error("no safety history");
		return found;
	}

	it("shows the three latest reviewed safety items and folds the earlier ones, drawn only when opened", async () => {
		const shown = texts(history(), ":scope > ul > li:not(.ipt-fold) .ipt-note-link");
		expect(shown).toEqual(["Session 05", "Session 04", "Session 03"]);
		expect(summaries(history())).toEqual(["2 earlier"]);
		expect(history().querySelectorAll(".ipt-fold li")).toHaveLength(0);

		await openFold(history());
		expect(texts(history(), ".ipt-fold li")).toEqual(["PHQ-9 item 9 scored 1 in session 2 (2026-10-12): Session 02", "PHQ-9 item 9 scored 1 in session 1 (2026-10-05): Session 01"]);
	});

	it("keeps an opened fold open when the case changes and the sidebar redraws", async () => {
		await openFold(history());
		const before = viewRoot(leaf);
		await touchSession7();
		expect(viewRoot(leaf)).not.toBe(before);
		expect(history().querySelector("details")?.open).toBe(true);
		expect(texts(history(), ".ipt-fold .ipt-note-link")).toEqual(["Session 02", "Session 01"]);
	});

	it("folds a long list of evidence after its first three lines, and closing the fold is remembered too", async () => {
		const dispute = section(leaf, "problem-areas").querySelector<HTMLElement>(".ipt-area-role-dispute");
		if (!dispute) throw new Error("no role dispute row");
		const total = dispute.querySelectorAll(":scope > .ipt-evidence > li:not(.ipt-fold)").length;
		expect(total).toBe(3);
		const [summary] = summaries(dispute);
		const hidden = Number(/^(\d+) more$/.exec(summary ?? "")?.[1]);
		expect(hidden).toBeGreaterThan(0);

		await openFold(dispute);
		const folded = dispute.querySelectorAll(".ipt-fold li");
		expect(folded).toHaveLength(hidden);
		// Every person in conflict is named somewhere in the evidence, folded or not.
		const named = texts(dispute, ".ipt-note-link");
		for (const person of ["Nadia", "Ravi", "Cal"]) expect(named).toContain(person);

		await openFold(dispute);
		await touchSession7();
		const redrawn = section(leaf, "problem-areas").querySelector(".ipt-area-role-dispute details");
		expect(redrawn).not.toBeNull();
		expect(redrawn?.hasAttribute("open")).toBe(false);
	});

	it("keeps which folds are open in the view state, which a reloaded layout gives back", async () => {
		const saves = app.workspace.layoutSaveRequests;
		await openFold(history());
		expect(app.workspace.layoutSaveRequests).toBeGreaterThan(saves);
		const saved = leaf.getViewState();
		expect(saved.state).toMatchObject({ folds: ["safety-history"] });
		leaf.detach();
		const restored = app.workspace.getRightLeaf(false);
		if (!restored) throw new Error("no leaf");
		await restored.setViewState(saved);
		leaf = restored;
		await settle(app);
		expect(history().querySelector("details")?.open).toBe(true);
		expect(texts(history(), ".ipt-fold .ipt-note-link")).toEqual(["Session 02", "Session 01"]);
		expect(section(leaf, "problem-areas").querySelector(".ipt-area-role-dispute details")?.hasAttribute("open")).toBe(false);
	});

	it("opens no fold from a saved state that does not list them as text", async () => {
		await openFold(history());
		await leaf.setViewState({ ...leaf.getViewState(), state: { folds: "safety-history" } });
		await settle(app);
		expect(history().querySelector("details")?.open).toBe(false);
	});
});
