/** @jest-environment jsdom */
import { Notice, type App } from "../fake-obsidian";
import { choose, clickButton, isModalOpen, modal, notices, runUnoffered } from "./case-commands-harness";
import { openCaseload, openSidebar, settle, showNote, startWorkbench, viewRoot } from "./views-support";

const FOLDER = "IPT/Tomas K (practice case)";
const FORMULATION = `${FOLDER}/My formulation.md`;
const KEY = `${FOLDER}/Answer sheet.md`;
// The key names an area and a note the engine does not use for this case, so that either
// showing anywhere before the check is seen.
const KEY_TEXT = '---\nipt: formulation-key\nareas: [grief, role-transition]\nfocus: [grief]\nevidence: ["[[Pavel]]"]\n---\nTrainer: transition from driver to widower.\n';
const STUDENT_TEXT = '---\nipt: formulation\ncase: "[[Tomas K]]"\nareas: [grief, role-dispute]\nfocus: [grief]\nevidence: ["[[Irene]]", "[[Nadia]]"]\n---\n';

function typeAndChoose(query: string): void {
	const input = document.querySelector<HTMLInputElement>(".prompt-input");
	if (!input) throw new Error("no picker open");
	input.value = query;
	input.dispatchEvent(new Event("input"));
}

async function createPracticeCase(app: App, query: string): Promise<void> {
	expect(await app.commands.executeCommandByIdAsync("ipt-workbench:create-practice-case")).toBe(true);
	typeAndChoose(query);
	await app.flush();
	const items = Array.from(document.querySelectorAll<HTMLElement>(".suggestion-item"));
	expect(items.map((item) => item.textContent)).toEqual([expect.stringContaining(query)]);
	items[0]?.click();
	await settle(app);
}

/** Everything the page shows, attributes included, and every notice. */
function everythingShown(): string {
	const strings: string[] = [document.body.textContent ?? ""];
	for (const el of Array.from(document.body.querySelectorAll("*"))) for (const attribute of Array.from(el.attributes)) strings.push(attribute.value);
	return [...strings, ...notices()].join("\n");
}

let app: App;

beforeEach(async () => {
	Notice.reset();
	app = await startWorkbench({ files: { "Inbox.md": "# Inbox\n" } });
});
afterEach(() => document.body.empty());

describe("create a practice case", () => {
	it("writes the chosen fictional case, without focus or formulation, in a folder of its own each time", async () => {
		await createPracticeCase(app, "Tomas K");
		await createPracticeCase(app, "Tomas K");
		const first = app.vault.getFiles().filter((f) => f.path.startsWith(`${FOLDER}/`));
		const second = app.vault.getFiles().filter((f) => f.path.startsWith(`${FOLDER} 2/`));
		expect(first.length).toBeGreaterThan(6);
		expect(second.length).toBe(first.length);
		expect(app.workspace.getActiveFile()?.path).toBe(`${FOLDER} 2/Tomas K.md`);
		expect(app.metadataCache.getFileCache(app.vault.getFileByPath(`${FOLDER}/Tomas K.md`) ?? first[0]!)?.frontmatter).toMatchObject({ ipt: "case", fictional: true });
		expect(app.metadataCache.getFileCache(app.vault.getFileByPath(`${FOLDER}/Tomas K.md`) ?? first[0]!)?.frontmatter?.focus).toBeUndefined();
		expect(notices().at(-1)).toMatch(/created a practice case in "IPT\/Tomas K \(practice case\) 2"/);
	});

	it("offers every practice case by client and protocol, never by its problem area", async () => {
		expect(await app.commands.executeCommandByIdAsync("ipt-workbench:create-practice-case")).toBe(true);
		await app.flush();
		const labels = Array.from(document.querySelectorAll(".suggestion-item")).map((item) => item.textContent ?? "");
		expect(labels).toHaveLength(4);
		expect(labels.join("\n")).toMatch(/adolescent[\s\S]*perinatal/i);
		expect(labels.join("\n")).not.toMatch(/grief|dispute|transition|sensitivity/i);
	});
});

describe("check my formulation", () => {
	beforeEach(async () => {
		await createPracticeCase(app, "Tomas K");
		await app.vault.create(KEY, KEY_TEXT);
		await app.vault.create(FORMULATION, STUDENT_TEXT);
		await settle(app, 450);
	});

	it("is offered on a formulation note only", async () => {
		await showNote(app, `${FOLDER}/Tomas K.md`);
		expect(app.commands.isAvailable("ipt-workbench:check-formulation")).toBe(false);
		await showNote(app, KEY);
		expect(app.commands.isAvailable("ipt-workbench:check-formulation")).toBe(false);
		await runUnoffered(app, "check-formulation");
		expect(notices().at(-1)).toBe("Open a formulation note (ipt: formulation) first.");
		expect(isModalOpen()).toBe(false);
		await showNote(app, FORMULATION);
		expect(app.commands.isAvailable("ipt-workbench:check-formulation")).toBe(true);
	});

	it("shows, area by area, what agrees with the engine and with the key, with the engine's reason", async () => {
		await showNote(app, FORMULATION);
		expect(await app.commands.executeCommandByIdAsync("ipt-workbench:check-formulation")).toBe(true);
		await settle(app);
		expect(isModalOpen()).toBe(true);
		const items = Array.from(modal().querySelectorAll("li")).map((li) => li.textContent ?? "");
		expect(modal().textContent).toContain("T.K.: you agree with the engine on 1 of the 1 areas it flags; 0 missed, 1 extra.");
		expect(items).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^Grief: agreed\. The engine flags it \(Strong: .+; on Irene, 2026-01-10 Irene died\)\.$/),
				"Role dispute: extra: you named it, but no rule of the engine raises it from these notes.",
				"Role transition: missed: the key names it, you did not. The engine does not flag it.",
				"[[Nadia]]: the engine uses nothing from this note.",
				"Pavel: in the key only.",
			]),
		);
		expect(app.vault.getFiles().filter((f) => /check/i.test(f.name))).toEqual([]);
	});

	it("shows nothing of the key before the check: not in the sidebar, caseload, validate, export or code blocks", async () => {
		await showNote(app, KEY);
		await openSidebar(app);
		await openCaseload(app);
		expect(await app.commands.executeCommandByIdAsync("ipt-workbench:export-case")).toBe(true);
		choose("Names and dates", "identified");
		choose("Note text", "yes");
		await clickButton(app, "Export");
		await settle(app);
		const exported = app.vault.getFiles().filter((f) => f.path.startsWith("IPT exports/"));
		expect(exported.length).toBeGreaterThan(0);
		const exportedText = (await Promise.all(exported.map((f) => app.vault.read(f)))).join("\n");
		expect(exportedText).toContain("Irene");
		expect(exportedText).not.toMatch(/Answer sheet|widower|key/i);
		expect(await app.commands.executeCommandByIdAsync("ipt-workbench:validate-notes")).toBe(true);
		await settle(app);
		const rendered = document.body.createDiv();
		await app.markdownProcessors.render(rendered, "```ipt-summary\n```\n\n```ipt-timeline\n```\n\n```ipt-circle\n```\n", KEY);
		await settle(app);
		const shown = everythingShown();
		// The sidebar lists every area, flagged or not: the key's own words and name are what must not show.
		expect(shown).toContain("Grief");
		expect(shown).toContain("Every note follows the note format.");
		expect(shown).not.toMatch(/Answer sheet|widower/i);
		const reports = [await app.cli.run("ipt-workbench:report", { format: "json", identified: "true" }), await app.cli.run("ipt-workbench:validate", {})].join("\n");
		expect(reports).toContain("T.K.");
		expect(reports).not.toMatch(/Answer sheet|widower/i);
		expect(viewRoot(app.workspace.getLeavesOfType("ipt-workbench-sidebar")[0]!).textContent).toContain("T.K.");
	});
});

describe("export class vault", () => {
	const SETTINGS = { privacyMode: false, exportFolder: "Handouts" };

	async function trainerVault(extra: Record<string, string> = {}): Promise<App> {
		const trainer = await startWorkbench({ files: { "Inbox.md": "# Inbox\n", ...extra }, pluginData: { "ipt-workbench": SETTINGS } });
		await createPracticeCase(trainer, "Tomas K");
		await createPracticeCase(trainer, "Amira D");
		await trainer.vault.create(KEY, KEY_TEXT);
		await trainer.vault.create(FORMULATION, STUDENT_TEXT);
		await settle(trainer, 450);
		return trainer;
	}

	it("writes the practice cases, templates, bases and settings into a new folder, without the key or a formulation", async () => {
		const trainer = await trainerVault();
		expect(await trainer.commands.executeCommandByIdAsync("ipt-workbench:export-class-vault")).toBe(true);
		await settle(trainer);
		const written = trainer.vault.getFiles().map((f) => f.path).filter((p) => p.startsWith("Handouts/Class vault/")).sort();
		expect(written).toEqual(expect.arrayContaining([`Handouts/Class vault/${FOLDER}/Tomas K.md`, "Handouts/Class vault/IPT/Amira D (practice case)/Amira D.md", "Handouts/Class vault/IPT/IPT caseload.base", "Handouts/Class vault/IPT templates/IPT case.md"]));
		expect(written.filter((p) => /Answer sheet|My formulation|Inbox/.test(p))).toEqual([]);
		const data = "Handouts/Class vault/.obsidian/plugins/ipt-workbench/data.json";
		expect(await trainer.vault.adapter.exists(data)).toBe(true);
		expect(JSON.parse(await trainer.vault.adapter.read(data))).toMatchObject(SETTINGS);
		expect(await trainer.vault.adapter.exists("Handouts/Class vault (unfinished)")).toBe(false);
		expect(notices().at(-1)).toMatch(/wrote the class vault to "Handouts\/Class vault" \(2 cases\)\. Move the folder out of this vault/);
		// The copy's case notes are those of the vault, word for word.
		expect(await trainer.vault.read(trainer.vault.getFileByPath(`Handouts/Class vault/${FOLDER}/Tomas K.md`)!)).toBe(await trainer.vault.read(trainer.vault.getFileByPath(`${FOLDER}/Tomas K.md`)!));
	});

	it("refuses, writing nothing and naming the case, when a case is not marked fictional", async () => {
		const trainer = await trainerVault({ "IPT/Real Client/Real Client.md": "---\nipt: case\nclient: R.C.\n---\n" });
		expect(await trainer.commands.executeCommandByIdAsync("ipt-workbench:export-class-vault")).toBe(true);
		await settle(trainer);
		expect(trainer.vault.getAbstractFileByPath("Handouts")).toBeNull();
		expect(notices().at(-1)).toBe("IPT Workbench: the class vault was not written. A class vault holds no real case, and these cases are not marked fictional: true: IPT/Real Client/Real Client.md.");
	});
});
