/** @jest-environment jsdom */

// The caseload in a narrow pane becomes cards; its sort and filter survive a reload.
import { chooseValue, type App, type WorkspaceLeaf } from "../fake-obsidian";
import { demoVaultFiles, INDEX_WAIT_MS, openCaseload, settle, startWorkbench, texts, viewRoot } from "./views-support";

let app: App;
let leaf: WorkspaceLeaf;

beforeEach(async () => {
	app = await startWorkbench({ files: demoVaultFiles() });
	leaf = await openCaseload(app);
});
afterEach(() => document.body.empty());

/** jsdom lays nothing out: the width the view reads is set by hand, then the pane told it resized. */
function resizeTo(width: number): void {
	const contentEl = (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
	Object.defineProperty(contentEl, "clientWidth", { configurable: true, get: () => width });
	leaf.view.onResize();
}

function select(name: string): HTMLSelectElement {
	const found = viewRoot(leaf).querySelector<HTMLSelectElement>(`.ipt-caseload-${name} select`);
	if (!found) throw new Error(`no ${name} control`);
	return found;
}

describe("the caseload in a narrow pane", () => {
	it("becomes one card per client with every fact of the table, and a table again when wide", () => {
		resizeTo(380);
		const root = viewRoot(leaf);
		expect(root.querySelector(".ipt-caseload-table")).toBeNull();
		expect(texts(root, ".ipt-caseload-card .ipt-card-client")).toEqual(["M.K.", "S.L.", "T.B."]);
		const first = root.querySelector(".ipt-caseload-card");
		expect(texts(first ?? root, "dt")).toEqual(["Open safety items", "Next due", "Status", "Phase", "Session", "Last seen", "Primary measure", "Change", "Focus", "Flags"]);
		expect(texts(first ?? root, "dd.ipt-col-safety")).toEqual(["None open · 8 without item"]);
		resizeTo(900);
		expect(viewRoot(leaf).querySelector(".ipt-caseload-card")).toBeNull();
		expect(viewRoot(leaf).querySelector(".ipt-caseload-table")).not.toBeNull();
	});

	it("sorts the cards from a control, since there are no headings to press", async () => {
		resizeTo(380);
		chooseValue(select("sort"), "client:desc");
		await settle(app);
		expect(texts(viewRoot(leaf), ".ipt-card-client")).toEqual(["T.B.", "S.L.", "M.K."]);
		expect(select("sort").value).toBe("client:desc");
	});

	it("keeps a card with an open safety item first, marked", async () => {
		const file = app.vault.getFileByPath("IPT/Theo B/Sessions/Session 06.md");
		if (!file) throw new Error("no session 6");
		await app.vault.modify(file, (await app.vault.read(file)).replace("risk_reviewed: true\n", ""));
		await settle(app, INDEX_WAIT_MS);
		resizeTo(380);
		const first = viewRoot(leaf).querySelector(".ipt-caseload-card");
		expect(first?.classList.contains("has-open-safety")).toBe(true);
		expect(texts(first ?? viewRoot(leaf), ".ipt-card-client")).toEqual(["T.B."]);
	});
});

describe("the caseload's view state", () => {
	it("keeps the filter and the sort across a reload of the layout", async () => {
		chooseValue(select("filter"), "closed");
		await settle(app);
		expect(texts(viewRoot(leaf), ".ipt-caseload-row .ipt-col-client")).toEqual(["R.P."]);
		viewRoot(leaf).querySelector<HTMLElement>("th.ipt-col-seen button")?.click();
		await settle(app);
		const saved = leaf.getViewState();
		expect(saved.state).toMatchObject({ caseload: { filter: "closed", sort: { column: "seen", descending: false } } });
		leaf.detach();
		const restored = app.workspace.getLeaf("tab");
		await restored.setViewState(saved);
		leaf = restored;
		await settle(app);
		expect(select("filter").value).toBe("closed");
		expect(viewRoot(leaf).querySelector("th.ipt-col-seen")?.getAttribute("aria-sort")).toBe("ascending");
		expect(texts(viewRoot(leaf), ".ipt-caseload-row .ipt-col-client")).toEqual(["R.P."]);
	});
});
