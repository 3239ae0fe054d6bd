/** @jest-environment jsdom */
import type { App, WorkspaceLeaf } from "../fake-obsidian";
import { countRedraws, demoVaultFiles, INDEX_WAIT_MS, openCaseload, openSidebar, settle, showNote, startWorkbench, texts, viewRoot } from "./views-support";

const THEO = "IPT/Theo B/Theo B.md";

let app: App;
let leaf: WorkspaceLeaf;

beforeEach(async () => {
	app = await startWorkbench({ files: demoVaultFiles() });
	await showNote(app, THEO);
	leaf = await openSidebar(app);
});

afterEach(() => document.body.empty());

async function edit(path: string, change: (text: string) => string): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no note at ${path}`);
	await app.vault.modify(file, change(await app.vault.read(file)));
	await settle(app, INDEX_WAIT_MS);
}

const rename = (to: string) => (text: string): string => text.replace(/client: .*/, `client: ${to}`);

describe("when the sidebar redraws", () => {
	it("does not redraw for an autosave that changed only the note's body", async () => {
		const redraws = countRedraws(leaf);
		await edit("IPT/Theo B/Sessions/Session 05.md", (text) => `${text}\nMore notes typed during the session.`);
		await edit(THEO, (text) => text.replace(/client: .*/, "$&\nmood: calm"));
		expect(redraws.count).toBe(0);
		redraws.stop();
	});

	it("keeps the scroll position and the focused control across a redraw", async () => {
		const content = leaf.view.containerEl.querySelector<HTMLElement>(".view-content");
		if (!content) throw new Error("no view content");
		const controls = content.querySelectorAll<HTMLElement>("a, button, summary, [tabindex]");
		const third = controls.item(2);
		third.focus();
		content.scrollTop = 120;
		const label = third.textContent;
		const redraws = countRedraws(leaf);
		await edit(THEO, rename("T.B.3"));
		expect(redraws.count).toBe(1);
		expect(content.scrollTop).toBe(120);
		expect(document.activeElement).not.toBe(third);
		expect(document.activeElement?.textContent).toBe(label);
		redraws.stop();
	});

	it("redraws once when its own case changes, and not at all for another case", async () => {
		const redraws = countRedraws(leaf);
		await edit("IPT/Maya K/Maya K.md", rename("M.K.1"));
		expect(redraws.count).toBe(0);
		await edit(THEO, rename("T.B.2"));
		expect(redraws.count).toBe(1);
		expect(texts(viewRoot(leaf), ".ipt-client")).toEqual(["T.B.2"]);
		redraws.stop();
	});

	it("does not redraw while hidden, and catches up once when shown again", async () => {
		const redraws = countRedraws(leaf);
		app.workspace.rightSplit.collapse();
		await edit(THEO, rename("T.B.2"));
		await edit(THEO, rename("T.B.3"));
		await showNote(app, "IPT/Maya K/Maya K.md");
		expect(redraws.count).toBe(0);
		await app.workspace.revealLeaf(leaf);
		await settle(app);
		expect(redraws.count).toBe(1);
		expect(texts(viewRoot(leaf), ".ipt-client")).toEqual(["M.K."]);
		redraws.stop();
	});

	it("redraws once per switch to another case, and not for another note of the same case", async () => {
		const redraws = countRedraws(leaf);
		await showNote(app, "IPT/Theo B/People/Nadia.md");
		await showNote(app, "IPT/Theo B/Sessions/Session 03.md");
		expect(redraws.count).toBe(0);
		await showNote(app, "IPT/Rowan P/Kit.md");
		expect(redraws.count).toBe(1);
		expect(texts(viewRoot(leaf), ".ipt-client")).toEqual(["R.P."]);
		redraws.stop();
	});

	it("follows a note into a case when an edit makes it a person of that case", async () => {
		await showNote(app, "Inbox.md");
		expect(texts(viewRoot(leaf), ".ipt-caseload-title")).toEqual(["Caseload"]);
		await edit("Inbox.md", (text) => `---\nipt: person\ncase: "[[Theo B]]"\nrole: neighbour\n---\n${text}`);
		expect(texts(viewRoot(leaf), ".ipt-client")).toEqual(["T.B."]);
	});

	it("stops listening when closed", async () => {
		const redraws = countRedraws(leaf);
		leaf.detach();
		await app.flush();
		await edit(THEO, rename("T.B.2"));
		expect(redraws.count).toBe(0);
		redraws.stop();
	});
});

describe("when the caseload redraws", () => {
	it("redraws for a change in any case while shown, and not while another tab is in front", async () => {
		const caseload = await openCaseload(app);
		const redraws = countRedraws(caseload);
		await edit("IPT/Maya K/Maya K.md", rename("M.K.1"));
		expect(redraws.count).toBe(1);
		const theo = app.vault.getFileByPath(THEO);
		if (!theo) throw new Error("no Theo");
		await app.workspace.getLeaf("tab").openFile(theo, { active: true });
		await settle(app);
		expect(caseload.view.containerEl.isShown()).toBe(false);
		await edit("IPT/Maya K/Maya K.md", rename("M.K.2"));
		expect(redraws.count).toBe(1);
		expect(await openCaseload(app)).toBe(caseload);
		await settle(app);
		expect(redraws.count).toBe(2);
		expect(texts(viewRoot(caseload), ".ipt-caseload-row .ipt-col-client")).toContain("M.K.2");
		redraws.stop();
	});
});
