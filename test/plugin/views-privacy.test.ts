/** @jest-environment jsdom */
import type { App, WorkspaceLeaf } from "../fake-obsidian";
import { DISGUISED_FILES, DISGUISES, MAYA_CASE } from "../unit/privacy/disguised-names.fixture";
import { CASE, NAMES, VAULT } from "./privacy-vault";
import { demoVaultFiles, namesShown as namesIn, openCaseload, openSidebar, settle, showNote, startWorkbench, texts, viewRoot } from "./views-support";

function namesShown(root: HTMLElement): string[] {
	return namesIn(root, NAMES);
}

function privacyButton(leaf: WorkspaceLeaf): HTMLElement {
	const button = leaf.view.containerEl.querySelector<HTMLElement>(".view-action[aria-label='Hide names'], .view-action[aria-label='Show names']");
	if (!button) throw new Error("no privacy button");
	return button;
}

let app: App;

afterEach(() => document.body.empty());

describe("privacy mode", () => {
	beforeEach(async () => {
		app = await startWorkbench({ files: VAULT });
		await showNote(app, CASE);
	});

	it("shows the names before it is turned on (the check below can fail)", async () => {
		const leaf = await openSidebar(app);
		expect(namesShown(viewRoot(leaf))).toEqual(NAMES);
	});

	it("hides every name in the sidebar once the view's button is pressed, and shows them again on the next press", async () => {
		const leaf = await openSidebar(app);
		const button = privacyButton(leaf);
		expect(button.getAttribute("aria-label")).toBe("Hide names");
		button.click();
		await settle(app);
		expect(app.readPluginData("ipt-workbench")).toMatchObject({ privacyMode: true });
		const root = viewRoot(leaf);
		expect(namesShown(root)).toEqual([]);
		expect(texts(root, ".ipt-client")).toEqual(["J.R."]);
		expect(texts(root, ".ipt-node-label")).toEqual(["Partner", "Grandmother †", "Friend 2", "Friend 1", "Person 1 ⊘"]);
		expect(texts(root, ".ipt-homework-items li")).toEqual(["Tell Partner how the week went", "Ask Friend 2 and Person 1 round", "Call Friend 1 on Sunday"]);
		expect(texts(root, ".ipt-timeline-event .ipt-note-link")).toEqual(["Separation", "Death"]);
		expect(root.querySelectorAll(".ipt-diagnostic").length).toBeGreaterThan(0);
		expect(privacyButton(leaf).getAttribute("aria-label")).toBe("Show names");
		privacyButton(leaf).click();
		await settle(app);
		expect(namesShown(viewRoot(leaf))).toEqual(NAMES);
	});

	it("keeps the open safety banner, with its session, in privacy mode", async () => {
		const leaf = await openSidebar(app);
		privacyButton(leaf).click();
		await settle(app);
		expect(texts(viewRoot(leaf), ".ipt-safety-banner li")).toEqual([expect.stringMatching(/^PHQ-9 item 9 scored 1: raised in session 2, \d+ days ago: Session 2$/)]);
	});

	it("hides every name in the caseload, and redraws both views when the setting changes elsewhere", async () => {
		const sidebar = await openSidebar(app);
		const caseload = await openCaseload(app);
		expect(namesShown(viewRoot(caseload))).toEqual(["Jordan", "Rivers"]);
		privacyButton(caseload).click();
		await settle(app);
		expect(namesShown(viewRoot(caseload))).toEqual([]);
		expect(texts(viewRoot(caseload), ".ipt-caseload-row .ipt-col-client")).toEqual(["J.R."]);
		// The sidebar is still in front in its own split, so it redrew too.
		expect(namesShown(viewRoot(sidebar))).toEqual([]);
	});
});

describe("privacy mode on names the notes disguise", () => {
	it("hides each disguise, a nickname known only from a link in a note's text, and another client's name", async () => {
		app = await startWorkbench({ files: DISGUISED_FILES, pluginData: { "ipt-workbench": { privacyMode: true } } });
		await showNote(app, MAYA_CASE);
		const leaf = await openSidebar(app);
		expect(texts(viewRoot(leaf), ".ipt-homework-items li")).toEqual(DISGUISES.map(([, shown]) => shown));
	});
});

describe("privacy mode on the demo vault", () => {
	it("shows none of the demo clients' or people's names on any case", async () => {
		app = await startWorkbench({ files: demoVaultFiles(), pluginData: { "ipt-workbench": { privacyMode: true } } });
		await showNote(app, "IPT/Theo B/Theo B.md");
		const leaf = await openSidebar(app);
		const people = Object.keys(demoVaultFiles())
			.filter((path) => /\/People\/|Rowan P\/[A-Z][a-z]+\.md$/.test(path) && !path.endsWith("Rowan P.md"))
			.map((path) => path.replace(/^.*\//, "").replace(/\.md$/, ""));
		const names = [...new Set([...people, "Theo", "Maya", "Sofia", "Rowan", "Okafor"])];
		for (const path of ["IPT/Theo B/Theo B.md", "IPT/Maya K/Maya K.md", "IPT/Sofia L/Sofia L.md", "IPT/Rowan P/Rowan P.md"]) {
			await showNote(app, path);
			expect(namesIn(viewRoot(leaf), names)).toEqual([]);
		}
		privacyButton(leaf).click();
		await settle(app);
		expect(namesIn(viewRoot(leaf), names)).toEqual(expect.arrayContaining(["Erin", "Marek", "Rowan"]));
	});
});
