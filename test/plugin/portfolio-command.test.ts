/** @jest-environment jsdom */

// "Export portfolio" run from the palette on the active case, as a trainee would.
import type { App } from "../fake-obsidian";
import { namesIn, sections } from "../unit/export/export-support";
import { DISGUISED_FILES, DISGUISES, disguisesLeft, MAYA_CASE } from "../unit/privacy/disguised-names.fixture";
import { CASE_PATH, JORDAN_FILES, JORDAN_NAMES } from "../unit/export/jordan-case";
import { choose, clickButton, field, filesIn, isModalOpen, isOffered, modal, notices, openNote, pinToday, resetUi, runCommand, runUnoffered, startVault, textOf } from "./case-commands-harness";
import { PLUGIN_ID } from "./settings-support";

const SUPERVISION = "IPT/Jordan R/Supervision/2026-09-20.md";
const FILES: Record<string, string> = {
	...JORDAN_FILES,
	[CASE_PATH]: `${JORDAN_FILES[CASE_PATH] ?? ""}\n## Formulation\n\nJordan's low mood began when María stopped calling; Prof Ada Byrne agreed.\n`,
	[SUPERVISION]: "---\nipt: supervision\ndate: 2026-09-20\nsupervisor: Prof Ada Byrne\nminutes: 60\nsessions: [1, 3]\n---\n",
	"Other/Shopping.md": "# Not an IPT note\n",
};
const FOLDER = "IPT exports/Client A portfolio";
const WRITTEN = ["closeness-circle.svg", "portfolio.md"];

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

async function exportPortfolio(app: App, from = SUPERVISION, names?: string): Promise<void> {
	await openNote(app, from);
	await runCommand(app, "export-portfolio");
	if (names !== undefined) choose("Names and dates", names);
	await clickButton(app, "Export");
}

it("is named for the palette without a hotkey, and offered only while a note of a case is open", async () => {
	const app = await startVault(FILES);
	const command = app.commands.findCommand(`${PLUGIN_ID}:export-portfolio`);
	expect([command?.name, command?.hotkeys]).toEqual(["IPT Workbench: Export portfolio", undefined]);
	await openNote(app, "Other/Shopping.md");
	expect(isOffered(app, "export-portfolio")).toBe(false);
	await runUnoffered(app, "export-portfolio");
	expect(notices()).toEqual(["Open a note of an IPT case first."]);
	await openNote(app, SUPERVISION);
	expect(isOffered(app, "export-portfolio")).toBe(true);
});

it("offers de-identified first, asks nothing about note text, and writes the portfolio and its circle", async () => {
	const app = await startVault(FILES);
	await openNote(app, SUPERVISION);
	await runCommand(app, "export-portfolio");
	expect(modal().querySelector(".modal-title")?.textContent).toBe("Export portfolio");
	expect(field<HTMLSelectElement>("Names and dates").value).toBe("deidentified");
	expect(modal().querySelector('[aria-label="Note text"]')).toBeNull();
	await clickButton(app, "Export");
	expect(isModalOpen()).toBe(false);
	expect(filesIn(app, FOLDER)).toEqual(WRITTEN);
	expect(notices()).toEqual([`Exported a de-identified portfolio to "${FOLDER}". Pseudonymised, not anonymised. Read it through before sharing it.`]);
	const parts = sections(textOf(app, `${FOLDER}/portfolio.md`));
	expect(parts.get("Formulation")?.slice(0, 2)).toEqual(["From the case note:", "Client A's low mood began when Mother stopped calling; Supervisor agreed."]);
	for (const name of WRITTEN) expect([name, namesIn(textOf(app, `${FOLDER}/${name}`), [...JORDAN_NAMES, "Ada", "Byrne"])]).toEqual([name, []]);
});

it("uses the self-rating template of the templates folder set in settings", async () => {
	const app = await startVault({ ...FILES, "Training/IPT self-rating.md": "## My scale\n\n1. First item\n" }, { templatesFolder: "Training" });
	await exportPortfolio(app);
	expect(sections(textOf(app, `${FOLDER}/portfolio.md`)).get("Self-rating")).toEqual(["#### My scale", "1. First item"]);
});

it("keeps names and dates when identified, in a folder named by the client and the day", async () => {
	const app = await startVault(FILES);
	await exportPortfolio(app, CASE_PATH, "identified");
	const folder = "IPT exports/Jordan Rivera portfolio - 2026-06-03";
	expect(filesIn(app, folder)).toEqual(WRITTEN);
	expect(textOf(app, `${folder}/portfolio.md`)).toContain("Jordan's low mood began when María stopped calling; Prof Ada Byrne agreed.");
	expect(notices()).toEqual([`Exported an identified portfolio to "${folder}". It holds names and dates as the notes give them.`]);
});

it("leaves none of the names the notes disguise in any file, as the command line does", async () => {
	const app = await startVault({ ...DISGUISED_FILES, [MAYA_CASE]: `${DISGUISED_FILES[MAYA_CASE] ?? ""}\n## Formulation\n\n${DISGUISES.map(([written]) => written).join("\n")}\n` });
	await exportPortfolio(app, MAYA_CASE);
	expect(filesIn(app, FOLDER)).toEqual(WRITTEN);
	for (const name of WRITTEN) expect([name, disguisesLeft(textOf(app, `${FOLDER}/${name}`))]).toEqual([name, []]);
	expect(textOf(app, `${FOLDER}/portfolio.md`)).toContain("Coffee with Another person");
});

const KEY = "---\nipt: formulation-key\nareas: [role-transition]\nfocus: [role-transition]\n---\nThe trainer's answer.\n";

it("takes the case's formulation note, the last by path, and never the trainer's key", async () => {
	const app = await startVault({
		...FILES,
		"IPT/Jordan R/Formulation A.md": "---\nipt: formulation\nareas: [grief]\n---\nAn early draft.\n",
		"IPT/Jordan R/Formulation B.md": '---\nipt: formulation\nareas: [role-dispute]\nfocus: [role-dispute]\nevidence: ["[[Maria Rivera]]", "[[Session 02]]"]\n---\nJordan and [[Maria Rivera|Mum]] argue.\n',
		"IPT/Jordan R/Formulation C key.md": KEY,
	});
	await exportPortfolio(app);
	const text = textOf(app, `${FOLDER}/portfolio.md`);
	expect(sections(text).get("Formulation")?.slice(0, 5)).toEqual([
		"From the formulation note (the last by path of 2):",
		"- Problem areas: Role dispute.",
		"- Focus proposed: Role dispute.",
		"- Evidence: Mother, Session 2.",
		"Client A and Mother argue.",
	]);
	expect(text).not.toMatch(/An early draft|trainer's answer|Role transition|low mood began/);
});

it("uses no key even when it is the case's only formulation note: the case note's section stays", async () => {
	const app = await startVault({ ...FILES, "IPT/Jordan R/Key.md": KEY });
	await exportPortfolio(app);
	const text = textOf(app, `${FOLDER}/portfolio.md`);
	expect(sections(text).get("Formulation")?.[0]).toBe("From the case note:");
	expect(text).not.toMatch(/trainer's answer|Role transition/);
});

it("leaves none of the disguised names a formulation note writes in its evidence links and text", async () => {
	const app = await startVault({
		...DISGUISED_FILES,
		"IPT/Maya K/Maya formulation.md": `---\nipt: formulation\nareas: [role-dispute]\nevidence: ["[[Sam Patel]]", "[[People/Jo Li]]", "[[priya]]", "[[Session 01]]"]\n---\n[[Sam Patel|Sammy]] and Maya argue; [[Jo Li|Jojo]] helps, Jojo listens.\n${DISGUISES.map(([written]) => written).join("\n")}\n`,
	});
	await exportPortfolio(app, MAYA_CASE);
	const text = textOf(app, `${FOLDER}/portfolio.md`);
	expect(text).toContain("- Evidence: Partner, Friend, Sister, Session 1.\n\nPartner and Client A argue; Friend helps, Friend listens.\n");
	expect(text).toContain("Coffee with Another person");
	for (const name of WRITTEN) expect([name, disguisesLeft(textOf(app, `${FOLDER}/${name}`)), namesIn(textOf(app, `${FOLDER}/${name}`), ["Jojo"])]).toEqual([name, [], []]);
});

it("writes nothing and lists each leak when a known name would be left", async () => {
	const app = await startVault({
		...FILES,
		"IPT/Jordan R/People/Will Okafor.md": "---\nipt: person\nname: Will Okafor\nrole: cousin\ncircle: 3\n---\n",
		[CASE_PATH]: `${JORDAN_FILES[CASE_PATH] ?? ""}\n## Formulation\n\nThe cousin, Will, helps.\n`,
	});
	await exportPortfolio(app);
	expect(app.vault.getAbstractFileByPath("IPT exports")).toBeNull();
	const lines = notices()[0]?.split("\n") ?? [];
	expect(lines[0]).toBe("Export refused, nothing was written: the de-identified summary would still contain names from the notes.");
	expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^"Will" in portfolio\.md, line \d+ \(part of "Will Okafor"/)]));
});

it("never overwrites: a second portfolio goes to a new folder", async () => {
	const app = await startVault(FILES);
	await exportPortfolio(app);
	const first = textOf(app, `${FOLDER}/portfolio.md`);
	await exportPortfolio(app);
	expect(filesIn(app, `${FOLDER} 2`)).toEqual(WRITTEN);
	expect(textOf(app, `${FOLDER}/portfolio.md`)).toBe(first);
});
