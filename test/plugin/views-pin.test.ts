/** @jest-environment jsdom */

// The sidebar pinned to a case stays on it, across notes and across a reload of the layout.
import { Notice, type App, type WorkspaceLeaf } from "../fake-obsidian";
import { demoVaultFiles, openSidebar, settle, showNote, startWorkbench, texts, viewRoot } from "./views-support";

const THEO = "IPT/Theo B/Theo B.md";
const MAYA_SESSION = "IPT/Maya K/Sessions/Session 14.md";

let app: App;
let leaf: WorkspaceLeaf;

function pinButton(): HTMLElement {
	const button = leaf.view.containerEl.querySelector<HTMLElement>(".view-action[aria-label='Pin to this case'], .view-action[aria-label^='Unpin']");
	if (!button) throw new Error("no pin button");
	return button;
}

function client(): string[] {
	return texts(viewRoot(leaf), ".ipt-client");
}

beforeEach(async () => {
	app = await startWorkbench({ files: { ...demoVaultFiles(), "IPT/Maya K/Supervision notes.md": "Plain text, no properties.\n" } });
	await showNote(app, THEO);
	leaf = await openSidebar(app);
});
afterEach(() => document.body.empty());

describe("pinning the sidebar", () => {
	it("stays on the pinned case while other notes open, and follows again once unpinned", async () => {
		const theo = client();
		pinButton().click();
		await settle(app);
		expect(pinButton().getAttribute("aria-label")).toBe("Unpin: follow the open note");
		expect(pinButton().classList.contains("is-active")).toBe(true);
		await showNote(app, MAYA_SESSION);
		expect(client()).toEqual(theo);
		pinButton().click();
		await settle(app);
		expect(client()).not.toEqual(theo);
		expect(pinButton().getAttribute("aria-label")).toBe("Pin to this case");
	});

	it("keeps the pin in the view state, which a reloaded layout gives back", async () => {
		const theo = client();
		const saves = app.workspace.layoutSaveRequests;
		pinButton().click();
		await settle(app);
		expect(app.workspace.layoutSaveRequests).toBeGreaterThan(saves);
		const saved = leaf.getViewState();
		expect(saved.state).toMatchObject({ pinned: THEO });
		leaf.detach();
		await showNote(app, MAYA_SESSION);
		const restored = app.workspace.getRightLeaf(false);
		if (!restored) throw new Error("no leaf");
		await restored.setViewState(saved);
		leaf = restored;
		await settle(app);
		expect(client()).toEqual(theo);
	});

	it("refuses to pin the caseload, with a word on how to pin", async () => {
		await showNote(app, "README.md");
		pinButton().click();
		await settle(app);
		expect(leaf.getViewState().state).toMatchObject({ pinned: null });
		expect(Notice.messages.at(-1)).toBe("Open a note of a case to pin the sidebar to that case.");
	});
});

describe("a note that is no IPT note, inside a case's folder", () => {
	it("shows that case instead of the caseload", async () => {
		await showNote(app, MAYA_SESSION);
		const maya = client();
		await showNote(app, THEO);
		await showNote(app, "IPT/Maya K/Supervision notes.md");
		expect(client()).toEqual(maya);
		expect(viewRoot(leaf).querySelector(".ipt-caseload-table")).toBeNull();
	});
});
