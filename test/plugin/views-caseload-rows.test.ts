/** @jest-environment jsdom */
// The caseload redraws row by row: an edit of one case redraws that case's row only,
// every other row keeps its element untouched, and a new order moves rows instead of
// rebuilding them, so focus and scroll stay where the clinician left them.
import type { App, WorkspaceLeaf } from "../fake-obsidian";
import { demoVaultFiles, INDEX_WAIT_MS, openCaseload, settle, startWorkbench, texts, viewRoot } from "./views-support";

const MAYA = "IPT/Maya K/Maya K.md";

let app: App;
let leaf: WorkspaceLeaf;

beforeEach(async () => {
	app = await startWorkbench({ files: demoVaultFiles() });
	leaf = await openCaseload(app);
});

afterEach(() => document.body.empty());

function rows(): HTMLElement[] {
	return Array.from(viewRoot(leaf).querySelectorAll<HTMLElement>(".ipt-caseload-row"));
}

function rowOf(client: string): HTMLElement {
	const row = rows().find((tr) => tr.querySelector(".ipt-col-client")?.textContent === client);
	if (!row) throw new Error(`no row for ${client}`);
	return row;
}

async function renameClient(path: string, to: string): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no note at ${path}`);
	await app.vault.modify(file, (await app.vault.read(file)).replace(/client: .*/, `client: ${to}`));
	await settle(app, INDEX_WAIT_MS);
}

/** Every change made to an element or anything inside it, from now on. */
function watch(element: Element): () => MutationRecord[] {
	const records: MutationRecord[] = [];
	const observer = new MutationObserver((found) => records.push(...found));
	observer.observe(element, { subtree: true, childList: true, attributes: true, characterData: true });
	return () => {
		records.push(...observer.takeRecords());
		observer.disconnect();
		return records;
	};
}

describe("caseload rows kept by case", () => {
	it("redraws only the edited case's row and leaves every other row's element untouched", async () => {
		const before = rows();
		expect(texts(viewRoot(leaf), ".ipt-caseload-row .ipt-col-client")).toEqual(["M.K.", "S.L.", "T.B."]);
		const maya = rowOf("M.K.");
		const others = before.filter((row) => row !== maya);
		const changes = others.map(watch);
		const mayaChanges = watch(maya);
		const table = viewRoot(leaf).querySelector("table");

		await renameClient(MAYA, "M.K.2");

		// The table around the rows was drawn anew: the redraw happened.
		expect(viewRoot(leaf).querySelector("table")).not.toBe(table);
		expect(rows()).toEqual(before);
		expect(rows()[0]).toBe(maya);
		expect(maya.querySelector(".ipt-col-client")?.textContent).toBe("M.K.2");
		expect(mayaChanges().length).toBeGreaterThan(0);
		for (const recorded of changes) expect(recorded()).toEqual([]);
	});

	it("moves the rows into a new order without drawing them again", async () => {
		const before = rows();
		const changes = before.map(watch);
		await renameClient(MAYA, "Z.K.");
		const after = rows();
		expect(texts(viewRoot(leaf), ".ipt-caseload-row .ipt-col-client")).toEqual(["S.L.", "T.B.", "Z.K."]);
		expect(after[2]).toBe(before[0]);
		expect(after.slice(0, 2)).toEqual(before.slice(1));
		// Only the renamed row was drawn again; the others were moved, not touched.
		const [maya, ...others] = changes.map((recorded) => recorded());
		expect(maya?.length).toBeGreaterThan(0);
		for (const recorded of others) expect(recorded).toEqual([]);
	});

	it("keeps the focus on the same client's link when its row moves, and the scroll where it was", async () => {
		const content = leaf.view.containerEl.querySelector<HTMLElement>(".view-content");
		if (!content) throw new Error("no view content");
		const theoLink = rowOf("T.B.").querySelector<HTMLElement>(".ipt-col-client a");
		if (!theoLink) throw new Error("no link to Theo's case");
		theoLink.focus();
		content.scrollTop = 80;
		// Maya's row goes from first to last: Theo's link moves up one place.
		await renameClient(MAYA, "Z.K.");
		expect(texts(viewRoot(leaf), ".ipt-caseload-row .ipt-col-client")).toEqual(["S.L.", "T.B.", "Z.K."]);
		expect(document.activeElement).toBe(theoLink);
		expect(content.scrollTop).toBe(80);
	});

	it("drops the row of a case that is no longer listed, and makes one for a case that comes", async () => {
		const theo = rowOf("T.B.");
		const file = app.vault.getFileByPath(MAYA);
		if (!file) throw new Error("no Maya");
		await app.vault.modify(file, (await app.vault.read(file)).replace(/status: active/, "status: closed"));
		await settle(app, INDEX_WAIT_MS);
		expect(texts(viewRoot(leaf), ".ipt-caseload-row .ipt-col-client")).toEqual(["S.L.", "T.B."]);
		await app.vault.modify(file, (await app.vault.read(file)).replace(/status: closed/, "status: active"));
		await settle(app, INDEX_WAIT_MS);
		expect(texts(viewRoot(leaf), ".ipt-caseload-row .ipt-col-client")).toEqual(["M.K.", "S.L.", "T.B."]);
		expect(rowOf("T.B.")).toBe(theo);
		// A row still opens its case when clicked.
		rowOf("M.K.").querySelector<HTMLElement>(".ipt-col-phase")?.click();
		await settle(app);
		expect(app.workspace.getActiveFile()?.path).toBe(MAYA);
	});
});
