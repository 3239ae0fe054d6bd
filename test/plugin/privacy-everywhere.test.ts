/** @jest-environment jsdom */

// Privacy mode on, every command and view walked as a clinician sharing a screen would:
// no known name in any text, any attribute, any notice.
import { Notice } from "../fake-obsidian";
import type { App } from "../fake-obsidian";
import { clickButton, isModalOpen, notices, type as typeInto } from "./case-commands-harness";
import { CASE, NAMES as CASE_NAMES, SUPERVISOR_NAMES, VAULT } from "./privacy-vault";
import { openCaseload, openSidebar, settle, showNote, startWorkbench } from "./views-support";

const SESSION = "IPT/Jordan Rivers/Sessions/Session 02.md";
const NAMES = [...CASE_NAMES, ...SUPERVISOR_NAMES];

/** Every string on the page a person or a screen reader could see, attributes included. */
function everythingShown(): string {
	const strings: string[] = [];
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) strings.push(node.textContent ?? "");
	for (const el of Array.from(document.body.querySelectorAll("*"))) {
		for (const attribute of Array.from(el.attributes)) strings.push(attribute.value);
		if (el.instanceOf(HTMLInputElement)) strings.push(el.value);
	}
	return [...strings, ...notices()].join("\n");
}

function namesIn(text: string): string[] {
	return NAMES.filter((name) => new RegExp(`(^|[^\\p{L}])${name}([^\\p{L}]|$)`, "iu").test(text));
}

async function run(app: App, id: string): Promise<void> {
	expect(await app.commands.executeCommandByIdAsync(`ipt-workbench:${id}`)).toBe(true);
	await settle(app);
}

function closeModal(): void {
	document.body.querySelector<HTMLElement>(".modal-container .modal-close-button")?.click();
}

let app: App;

beforeEach(async () => {
	Notice.reset();
	app = await startWorkbench({ files: VAULT, pluginData: { "ipt-workbench": { privacyMode: true } } });
	await showNote(app, SESSION);
});

afterEach(() => document.body.empty());

it("finds the names when privacy mode is off (the check can fail)", async () => {
	await run(app, "toggle-privacy-mode");
	await openSidebar(app);
	await run(app, "validate-notes");
	expect(namesIn(everythingShown()).length).toBeGreaterThan(3);
	closeModal();
	await run(app, "supervision-totals");
	expect(namesIn(everythingShown())).toEqual(expect.arrayContaining(["Jordan", "Noor", "Haddad"]));
});

it("shows no name in the sidebar and the caseload, text or attribute", async () => {
	await openSidebar(app);
	await openCaseload(app);
	expect(namesIn(everythingShown())).toEqual([]);
});

it.each(["set-focus", "add-life-event", "new-session", "record-measure", "add-person", "validate-notes", "export-case", "export-portfolio", "supervision-totals"])("shows no name in %s", async (id) => {
	await run(app, id);
	expect(isModalOpen()).toBe(true);
	expect(namesIn(everythingShown())).toEqual([]);
	closeModal();
});

it("names no one in the notice of a note that already exists", async () => {
	await run(app, "add-person");
	typeInto("Name", "Sam Patel");
	await clickButton(app, "Add");
	await settle(app);
	expect(notices().some((message) => /already exists/.test(message))).toBe(true);
	expect(namesIn(notices().join("\n"))).toEqual([]);
});

it.each(["export-case", "export-portfolio"])("names no one in the notice of %s", async (id) => {
	await showNote(app, CASE);
	await run(app, id);
	await clickButton(app, "Export");
	await settle(app);
	expect(notices().length).toBeGreaterThan(0);
	expect(namesIn(everythingShown())).toEqual([]);
});

it("shows no name in check-formulation", async () => {
	await app.vault.create("IPT/Jordan Rivers/Formulation.md", '---\nipt: formulation\nareas: [role-dispute, grief]\nfocus: [role-dispute]\nevidence: ["[[Sam Patel]]", "[[2026-02-10 Gran Rose died]]", "[[Alex]]"]\n---\n');
	await settle(app, 450);
	await showNote(app, "IPT/Jordan Rivers/Formulation.md");
	await run(app, "check-formulation");
	expect(isModalOpen()).toBe(true);
	expect(document.body.textContent).toContain("the engine uses it too");
	expect(namesIn(everythingShown())).toEqual([]);
	closeModal();
});
