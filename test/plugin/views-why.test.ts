/** @jest-environment jsdom */
// "Why?" in the sidebar: beside each flag, evidence line, due item and measure verdict, a
// button that opens the rule behind it (docs/ipt-rules.md "Explanations") and closes it.
import type { App, WorkspaceLeaf } from "../fake-obsidian";
import { caseRule, changeRule, measureRule } from "../../src/domain/engine/rules/catalogue";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/domain/settings/engine-settings";
import { demoVaultFiles, openSidebar, section, showNote, startWorkbench, viewRoot } from "./views-support";

const MAYA_SESSION = "IPT/Maya K/Sessions/Session 14.md";
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
