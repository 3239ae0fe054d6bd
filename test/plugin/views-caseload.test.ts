/** @jest-environment jsdom */
import { chooseValue, type App, type WorkspaceLeaf } from "../fake-obsidian";
import { demoVaultFiles, INDEX_WAIT_MS, openCaseload, settle, startWorkbench, texts, viewRoot } from "./views-support";

let app: App;
let leaf: WorkspaceLeaf;

beforeEach(async () => {
	app = await startWorkbench({ files: demoVaultFiles() });
	leaf = await openCaseload(app);
});

afterEach(() => document.body.empty());

function filterSelect(): HTMLSelectElement {
	const select = viewRoot(leaf).querySelector<HTMLSelectElement>(".ipt-caseload-filter select");
	if (!select) throw new Error("no status filter");
	return select;
}

/** The caseload lists active cases unless asked for more. */
async function showAll(): Promise<void> {
	chooseValue(filterSelect(), "all");
	await settle(app);
}

function column(name: string): string[] {
	return texts(viewRoot(leaf), `.ipt-caseload-row .ipt-col-${name}`);
}

function heading(name: string): HTMLButtonElement {
	const button = viewRoot(leaf).querySelector<HTMLButtonElement>(`th.ipt-col-${name} button`);
	if (!button) throw new Error(`no ${name} heading`);
	return button;
}

describe("the caseload", () => {
	it("opens in a main tab, and the command reveals it instead of opening another", async () => {
		expect(leaf.side).toBe("main");
		expect(app.workspace.activeLeaf).toBe(leaf);
		expect(await openCaseload(app)).toBe(leaf);
	});

	it("lists every case with status, phase, session, last seen, measure, focus, flags, open safety items and what is due next", async () => {
		expect(column("client")).toEqual(["M.K.", "S.L.", "T.B."]);
		expect(texts(viewRoot(leaf), ".ipt-caseload-controls .ipt-hint")).toEqual(["1 case of other statuses not shown."]);
		await showAll();
		expect(filterSelect().value).toBe("all");
		expect(texts(viewRoot(leaf), "th")).toEqual(["Client ▲", "Open safety items", "Next due", "Status", "Phase", "Session", "Last seen", "Primary measure", "Change", "Focus", "Flags"]);
		expect(column("client")).toEqual(["M.K.", "R.P.", "S.L.", "T.B."]);
		for (const seen of column("seen")) expect(seen).toMatch(/^\d{4}-\d{2}-\d{2} · (\d+ days ago|yesterday|today)$/);
		expect(column("measure")).toEqual(["PHQ-9 7, down from 8", "PHQ-9 4, down from 7", "EPDS 15, down from 16", "PHQ-9 11, down from 12"]);
		expect(column("focus")).toEqual(["Grief", "Interpersonal sensitivity", "Not agreed", "Role dispute"]);
		expect(column("status")).toEqual(["Active", "Closed", "Active", "Active"]);
		expect(column("phase")).toEqual(["Final", "Final", "Initial", "Middle"]);
		expect(column("session")).toEqual(["14 of 16", "8 of 8", "2 of 12", "7 of 12"]);
		expect(column("flags")).toEqual([
			"Grief (strong)Role dispute (possible)Role transition (possible)",
			"Interpersonal sensitivity (strong)",
			"Grief (possible)Role dispute (possible)Role transition (strong)",
			"Role dispute (strong)Role transition (strong)",
		]);
		// The demo cases' older PHQ-9 totals came without item 9.
		expect(column("safety")).toEqual(["None open · 8 without item", "None open · 5 without item", "None open", "None open · 4 without item"]);
		// The primary measure's reliable change: Maya 19 to 7 and Rowan 14 to 4 fall by 6 or more
		// (Rowan ends below 5); Sofia's EPDS 16 to 15 and Theo's 16 to 11 fall by less.
		expect(column("change")).toEqual(["PHQ-9: improved", "PHQ-9: recovered", "EPDS: no reliable change", "PHQ-9: no reliable change"]);
		// Maya's PHQ-9 rose 6 at session 7; Sofia's latest EPDS, 15, is in the top band (13 or more); Rowan's case is closed.
		expect(column("due")).toEqual(["Review the PHQ-9 rise", "Nothing due (closed)", "Review the severe EPDS", "Nothing due"]);
		expect(viewRoot(leaf).querySelector(".ipt-safety-banner")).toBeNull();
	});

	it("sorts by a column when its heading is pressed, and reverses on the second press", async () => {
		await showAll();
		heading("phase").click();
		await settle(app);
		expect(column("phase")).toEqual(["Initial", "Middle", "Final", "Final"]);
		expect(viewRoot(leaf).querySelector("th.ipt-col-phase")?.getAttribute("aria-sort")).toBe("ascending");
		heading("phase").click();
		await settle(app);
		expect(column("phase")).toEqual(["Final", "Final", "Middle", "Initial"]);
		expect(column("client")).toEqual(["M.K.", "R.P.", "T.B.", "S.L."]);
		expect(viewRoot(leaf).querySelector("th.ipt-col-phase")?.getAttribute("aria-sort")).toBe("descending");
	});

	it("opens a case note from a click on its row, beside the caseload", async () => {
		const row = viewRoot(leaf).querySelectorAll<HTMLElement>(".ipt-caseload-row")[2];
		row?.querySelector<HTMLElement>(".ipt-col-phase")?.click();
		await settle(app);
		expect(app.workspace.getActiveFile()?.path).toBe("IPT/Theo B/Theo B.md");
		expect(app.workspace.getLeavesOfType("ipt-workbench-caseload")).toEqual([leaf]);
	});

	it("opens a case note from its client link with the keyboard", async () => {
		const link = viewRoot(leaf).querySelector<HTMLElement>(".ipt-caseload-row .ipt-col-client .ipt-note-link");
		expect(link?.getAttribute("tabindex")).toBe("0");
		link?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await settle(app);
		expect(app.workspace.getActiveFile()?.path).toBe("IPT/Maya K/Maya K.md");
	});

	it("keeps cases with an open safety item at the top whatever the sort, and says so", async () => {
		const file = app.vault.getFileByPath("IPT/Theo B/Sessions/Session 06.md");
		if (!file) throw new Error("no session 6");
		await app.vault.modify(file, (await app.vault.read(file)).replace("risk_reviewed: true\n", ""));
		await settle(app, INDEX_WAIT_MS);
		await showAll();
		expect(column("client")).toEqual(["T.B.", "M.K.", "R.P.", "S.L."]);
		expect(column("safety")[0]).toMatch(/^1 open( · \d+ without item)?$/);
		expect(texts(viewRoot(leaf), ".ipt-safety-banner")).toEqual(["1 case has an open safety item; it is listed first."]);
		heading("client").click();
		await settle(app);
		expect(column("client")).toEqual(["T.B.", "S.L.", "R.P.", "M.K."]);
	});
});
