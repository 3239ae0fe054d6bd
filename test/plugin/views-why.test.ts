/** @jest-environment jsdom */
// "Why?" in the sidebar: beside each flag, evidence line, due item and measure verdict, a
// button that opens the rule behind it (docs/ipt-rules.md "Explanations") and closes it.
import type { App, WorkspaceLeaf } from "../fake-obsidian";
import { caseRule, changeRule, measureRule } from "../../src/domain/engine/rules/catalogue";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/domain/settings/engine-settings";
import { demoVaultFiles, INDEX_WAIT_MS, openSidebar, section, settle, showNote, startWorkbench, viewRoot } from "./views-support";

const MAYA_SESSION = "IPT/Maya K/Sessions/Session 14.md";
const MAYA_CASE = "IPT/Maya K/Maya K.md";
const MAYA_SESSION_7 = "IPT/Maya K/Sessions/Session 07.md";
const S = DEFAULT_ENGINE_SETTINGS;

let app: App;
let leaf: WorkspaceLeaf;

beforeAll(async () => {
	app = await startWorkbench({ files: demoVaultFiles() });
	await showNote(app, MAYA_SESSION);
	leaf = await openSidebar(app);
});
afterAll(() => document.body.empty());

/** The "Why?" of one item: the button drawn in the item itself, not in anything inside it. */
function whyOf(host: Element | null): HTMLButtonElement {
	const button = host?.querySelector<HTMLButtonElement>(":scope > .ipt-why");
	if (!button) throw new Error(`no "Why?" in ${host?.className ?? "nothing"}`);
	return button;
}

function whyIn(parent: Element, selector: string): HTMLButtonElement {
	return whyOf(parent.querySelector(selector));
}

/** Opens the rule, reads it, closes it again; each state as the user and a screen reader meet it. */
function openAndClose(button: HTMLButtonElement): string {
	expect([button.tagName, button.type, button.textContent, button.getAttribute("aria-expanded")]).toEqual(["BUTTON", "button", "Why?", "false"]);
	button.click();
	expect(button.getAttribute("aria-expanded")).toBe("true");
	const shown = viewRoot(leaf).querySelector(`#${button.getAttribute("aria-controls") ?? "none"}`);
	const text = shown?.textContent ?? "";
	expect(shown?.parentElement).toBe(button.parentElement);
	button.click();
	expect([button.getAttribute("aria-expanded"), button.hasAttribute("aria-controls"), viewRoot(leaf).querySelectorAll(".ipt-why-text").length]).toEqual(["false", false, 0]);
	return text;
}

describe("Why? in the sidebar (Maya K)", () => {
	it("draws only the buttons while closed: no rule text until one is opened", () => {
		const root = viewRoot(leaf);
		expect(root.querySelectorAll(".ipt-why").length).toBeGreaterThan(8);
		expect(root.querySelectorAll(".ipt-why-text")).toHaveLength(0);
		expect(Array.from(root.querySelectorAll(".ipt-why")).every((b) => b.getAttribute("aria-expanded") === "false")).toBe(true);
	});

	it("opens the rule that set a flag's strength, and the rule that made each line evidence", () => {
		const areas = section(leaf, "problem-areas");
		expect(openAndClose(whyIn(areas, ".ipt-area-grief .ipt-area-head"))).toBe(caseRule("grief-markers", S).text);
		const evidence = Array.from(areas.querySelectorAll(".ipt-area-role-dispute .ipt-evidence li"));
		expect(evidence.map((line) => openAndClose(whyOf(line)))).toEqual([caseRule("dispute-conflict-or-stage", S).text, caseRule("dispute-event", S).text]);
	});

	it("says why interpersonal sensitivity is not weighed beside the flagged areas", () => {
		expect(openAndClose(whyIn(section(leaf, "problem-areas"), ".ipt-area-interpersonal-sensitivity .ipt-area-head"))).toBe(caseRule("sensitivity-exclusion", S).text);
	});

	it("opens the rule behind a due item", () => {
		expect(openAndClose(whyIn(section(leaf, "due"), ".ipt-due-worsening .ipt-due-head"))).toBe(measureRule("worsening", S, "phq9").text);
	});

	it("opens the rule behind each verdict on the measure: response, remission and the change category", () => {
		const row = section(leaf, "measures").querySelector(".ipt-measure-summary");
		const buttons = Array.from(row?.querySelectorAll<HTMLButtonElement>(".ipt-why") ?? []);
		expect(buttons.map(openAndClose)).toEqual([measureRule("response", S, "phq9").text, measureRule("remission", S, "phq9").text, changeRule("improved", S, "phq9").text]);
	});

	it("keeps one rule open while another opens, each under its own item", () => {
		const areas = section(leaf, "problem-areas");
		const grief = whyIn(areas, ".ipt-area-grief .ipt-area-head");
		const transition = whyIn(areas, ".ipt-area-role-transition .ipt-area-head");
		grief.click();
		transition.click();
		expect(Array.from(areas.querySelectorAll(".ipt-why-text")).map((el) => el.getAttribute("data-rule"))).toEqual(["grief-markers", "transition-in-window"]);
		grief.click();
		transition.click();
		expect(areas.querySelectorAll(".ipt-why-text")).toHaveLength(0);
	});
});

/** Edits a note of Maya's case as the clinician would, and waits for the sidebar to redraw. */
async function edit(path: string, change: (text: string) => string): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no note at ${path}`);
	const before = viewRoot(leaf);
	await app.vault.modify(file, change(await app.vault.read(file)));
	await settle(app, INDEX_WAIT_MS);
	expect(viewRoot(leaf)).not.toBe(before);
}

/** The clinician adds to the session's homework (an edit to the body alone changes nothing the sidebar shows, and draws nothing). */
const typeInSession = (text: string): string => text.replace(/^( {2}- Share the warning-sign list.*)$/m, "$1, and more");

/** What a user and a screen reader meet of one Why: whether it is open, and the text it opened at the end of its item. */
function state(button: HTMLButtonElement): [string | null, string | null] {
	const expanded = button.getAttribute("aria-expanded");
	const controls = button.getAttribute("aria-controls");
	if (controls === null) return [expanded, null];
	const shown = button.ownerDocument.getElementById(controls);
	expect(shown?.parentElement?.lastElementChild).toBe(shown);
	expect(shown?.parentElement).toBe(button.parentElement);
	return [expanded, shown?.textContent ?? null];
}

describe("Why? across redraws of the sidebar (Maya K)", () => {
	const grief = (): HTMLButtonElement => whyIn(section(leaf, "problem-areas"), ".ipt-area-grief .ipt-area-head");
	const disputeLine = (): HTMLButtonElement => whyOf(section(leaf, "problem-areas").querySelector(".ipt-area-role-dispute .ipt-evidence li"));
	const response = (): HTMLButtonElement => whyOf(section(leaf, "measures").querySelector(".ipt-measure-summary"));
	const worsening = (): HTMLButtonElement => whyIn(section(leaf, "due"), ".ipt-due-worsening .ipt-due-head");

	it("keeps an opened rule open while the clinician types in a note of the case, and a closed one closed", async () => {
		grief().click();
		disputeLine().click();
		response().click();
		worsening().click();
		await edit(MAYA_SESSION, typeInSession);
		expect([grief(), disputeLine(), response(), worsening()].map(state)).toEqual([
			["true", caseRule("grief-markers", S).text],
			["true", caseRule("dispute-conflict-or-stage", S).text],
			["true", measureRule("response", S, "phq9").text],
			["true", measureRule("worsening", S, "phq9").text],
		]);
		expect(viewRoot(leaf).querySelectorAll(".ipt-why-text")).toHaveLength(4);

		grief().click();
		disputeLine().click();
		response().click();
		await edit(MAYA_SESSION, typeInSession);
		expect([grief(), disputeLine(), response()].map(state)).toEqual([
			["false", null],
			["false", null],
			["false", null],
		]);
		expect(Array.from(viewRoot(leaf).querySelectorAll(".ipt-why-text")).map((el) => el.getAttribute("data-rule"))).toEqual(["worsening"]);
	});

	it("forgets an open rule whose item went away: when the item comes back, its rule is closed", async () => {
		expect(state(worsening())[0]).toBe("true");
		const rise = "phq9: 17\nphq9_items: [2, 2, 2, 2, 2, 2, 2, 3, 0]";
		const flat = "phq9: 11\nphq9_items: [1, 1, 1, 1, 2, 2, 2, 1, 0]";
		await edit(MAYA_SESSION_7, (text) => text.replace(rise, flat));
		expect(section(leaf, "due").querySelector(".ipt-due-worsening")).toBeNull();
		await edit(MAYA_SESSION_7, (text) => text.replace(flat, rise));
		expect(state(worsening())).toEqual(["false", null]);
		expect(viewRoot(leaf).querySelectorAll(".ipt-why-text")).toHaveLength(0);
	});

	it("keeps each window's sidebar to its own open rules", async () => {
		const other = app.workspace.openPopoutLeaf();
		await other.setViewState({ type: leaf.view.getViewType(), state: { pinned: MAYA_CASE } });
		await settle(app);
		grief().click();
		const otherBefore = viewRoot(other);
		await edit(MAYA_SESSION, typeInSession);
		expect(viewRoot(other)).not.toBe(otherBefore);
		const otherGrief = whyIn(viewRoot(other), ".ipt-area-grief .ipt-area-head");
		expect([state(grief())[0], otherGrief.getAttribute("aria-expanded"), viewRoot(other).querySelectorAll(".ipt-why-text").length]).toEqual(["true", "false", 0]);
		other.detach();
	});
});
