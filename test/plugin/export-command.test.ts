/** @jest-environment jsdom */

// export-case run from the palette on the active case, as a clinician would.
import type { App } from "../fake-obsidian";
import { namesIn, sections } from "../unit/export/export-support";
import { DISGUISED_FILES, disguisesLeft, MAYA_CASE } from "../unit/privacy/disguised-names.fixture";
import { JORDAN_FILES, JORDAN_NAMES, JORDAN_WITH_WILL } from "../unit/export/jordan-case";
import { choose, clickButton, field, filesIn, isModalOpen, isOffered, runUnoffered, modal, notices, openNote, pinToday, resetUi, runCommand, startVault, textOf } from "./case-commands-harness";
import { PLUGIN_ID } from "./settings-support";

const FILES = { ...JORDAN_FILES, "Other/Shopping.md": "# Not an IPT note\n" };
const SESSION = "IPT/Jordan R/Sessions/Session 03.md";
const FOLDER = "IPT exports/Client A";
const NAMES = ["summary.md", "closeness-circle.svg", "measures.svg"];

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

async function exportCase(app: App, choices: { names?: string; text?: string } = {}): Promise<void> {
	await openNote(app, SESSION);
	await runCommand(app, "export-case");
	if (choices.names !== undefined) choose("Names and dates", choices.names);
	if (choices.text !== undefined) choose("Note text", choices.text);
	await clickButton(app, "Export");
}

it("is named for the palette without a hotkey", async () => {
	const app = await startVault(FILES);
	const command = app.commands.findCommand(`${PLUGIN_ID}:export-case`);
	expect([command?.name, command?.hotkeys]).toEqual(["IPT Workbench: Export case summary", undefined]);
});

it("is not offered when the active note belongs to no case, and says so when run anyway", async () => {
	const app = await startVault(FILES);
	await openNote(app, "Other/Shopping.md");
	expect(isOffered(app, "export-case")).toBe(false);
	await runUnoffered(app, "export-case");
	expect(notices()).toEqual(["Open a note of an IPT case first."]);
	expect(isModalOpen()).toBe(false);
});

describe("a de-identified export (the default)", () => {
	it("offers de-identified without note text first, then writes the summary and pictures into the export folder", async () => {
		const app = await startVault(FILES);
		await openNote(app, SESSION);
		await runCommand(app, "export-case");
		expect(modal().querySelector(".modal-title")?.textContent).toBe("Export case summary");
		expect([field<HTMLSelectElement>("Names and dates").value, field<HTMLSelectElement>("Note text").value]).toEqual(["deidentified", "no"]);
		expect(document.activeElement).toBe(field("Names and dates"));
		await clickButton(app, "Export");
		expect(isModalOpen()).toBe(false);
		expect(filesIn(app, FOLDER)).toEqual([...NAMES].sort());
		expect(notices()).toEqual([`Exported a de-identified summary to "${FOLDER}". Pseudonymised, not anonymised. Read it through before sharing it.`]);
	});

	it("leaves no name of the case in any file, and no note text", async () => {
		const app = await startVault(FILES);
		await exportCase(app);
		for (const name of NAMES) expect([name, namesIn(textOf(app, `${FOLDER}/${name}`), JORDAN_NAMES)]).toEqual([name, []]);
		const summary = sections(textOf(app, `${FOLDER}/summary.md`));
		expect(summary.get("")?.[0]).toBe("# Case summary: Client A");
		expect(summary.get("Interpersonal inventory")).toContain("| Mother | 1 | daily | 1 of 3 | 3 of 3 | living | Impasse | no | – | Sister |");
		expect(summary.has("Notes")).toBe(false);
	});

	it("reads the notes' text only when asked, and de-identifies it", async () => {
		const app = await startVault(FILES);
		const reads = jest.spyOn(app.vault, "cachedRead");
		await exportCase(app);
		expect(reads).not.toHaveBeenCalled();
		await exportCase(app, { text: "yes" });
		expect(reads).toHaveBeenCalledTimes(Object.keys(JORDAN_FILES).length);
		const text = textOf(app, `${FOLDER} 2/summary.md`);
		expect(sections(text).get("Notes")).toContain("Client A and Mother argued 1 month before start; see Conflict.");
		expect(namesIn(text, JORDAN_NAMES)).toEqual([]);
	});

	it("writes into the export folder chosen in settings", async () => {
		const app = await startVault(FILES, { exportFolder: "Supervision/2026" });
		await exportCase(app);
		expect(filesIn(app, "Supervision/2026/Client A")).toEqual([...NAMES].sort());
	});
});

it("leaves none of the names the notes disguise in any file, as the command line does", async () => {
	const app = await startVault(DISGUISED_FILES);
	await openNote(app, MAYA_CASE);
	await runCommand(app, "export-case");
	choose("Note text", "yes");
	await clickButton(app, "Export");
	const written = filesIn(app, FOLDER);
	expect(written).toEqual([...NAMES].sort());
	for (const name of written) expect([name, disguisesLeft(textOf(app, `${FOLDER}/${name}`))]).toEqual([name, []]);
	expect(textOf(app, `${FOLDER}/summary.md`)).toContain("Coffee with Another person");
});

it("keeps names and dates when identified", async () => {
	const app = await startVault(FILES);
	await exportCase(app, { names: "identified" });
	const folder = "IPT exports/Jordan Rivera - 2026-06-03";
	expect(filesIn(app, folder)).toEqual([...NAMES].sort());
	expect(namesIn(textOf(app, `${folder}/summary.md`), ["Jordan Rivera", "María Rivera", "Sam O'Neil"])).toHaveLength(3);
	expect(textOf(app, `${folder}/summary.md`)).toContain("- Start: 2026-09-01");
	expect(notices()).toEqual([`Exported an identified summary to "${folder}". It holds names and dates as the notes give them.`]);
});

it("never overwrites: a second export goes to a new folder, and the first is left as it was", async () => {
	const app = await startVault({ ...FILES, "IPT exports/Client A 2": "a file where the second folder would go" });
	await exportCase(app);
	const first = textOf(app, `${FOLDER}/summary.md`);
	await exportCase(app, { text: "yes" });
	expect(filesIn(app, `${FOLDER} 3`)).toEqual([...NAMES].sort());
	expect(textOf(app, `${FOLDER}/summary.md`)).toBe(first);
	expect(textOf(app, "IPT exports/Client A 2")).toBe("a file where the second folder would go");
});

it("writes nothing and lists each leak when a known name would be left", async () => {
	const app = await startVault({ ...FILES, ...JORDAN_WITH_WILL });
	await exportCase(app);
	expect(app.vault.getAbstractFileByPath("IPT exports")).toBeNull();
	const [message] = notices();
	const lines = message?.split("\n") ?? [];
	expect(lines[0]).toBe("Export refused, nothing was written: the de-identified summary would still contain names from the notes.");
	expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^"Will" in summary\.md, line \d+ \(part of "Will Okafor", name of "IPT\/Jordan R\/People\/Will Okafor\.md"; also an everyday word/)]));
	expect(lines[lines.length - 1]).toMatch(/^Change what gives the name away/);
	expect(isModalOpen()).toBe(false);
});

describe("a file that cannot be written (a full disk)", () => {
	/** vault.create puts down half of measures.svg, as a disk that fills up does, then fails. */
	function fillDiskAtMeasures(app: App): jest.SpyInstance {
		const create = app.vault.create.bind(app.vault);
		return jest.spyOn(app.vault, "create").mockImplementation(async (path, data, options) => {
			if (!path.endsWith("measures.svg")) return create(path, data, options);
			await create(path, data.slice(0, data.length / 2), options);
			throw new Error("ENOSPC: no space left on device, write");
		});
	}

	function exported(app: App): string[] {
		return app.vault
			.getAllLoadedFiles()
			.map((file) => file.path)
			.filter((path) => path.startsWith("IPT exports"));
	}

	it("leaves nothing behind, not even the export folder it made, and the retry works", async () => {
		const app = await startVault(FILES);
		const full = fillDiskAtMeasures(app);
		await exportCase(app, { names: "identified" });
		expect(exported(app)).toEqual([]);
		expect(app.vault.adapter.hasFolder("IPT exports")).toBe(false);
		expect(notices()).toEqual([
			'IPT Workbench: could not create "IPT exports/Jordan Rivera - 2026-06-03 (unfinished)/measures.svg": ENOSPC: no space left on device, write. Nothing was written.',
			"The export was not finished, so the files it had written were removed.",
		]);
		full.mockRestore();
		await exportCase(app, { names: "identified" });
		expect(filesIn(app, "IPT exports/Jordan Rivera - 2026-06-03")).toEqual([...NAMES].sort());
		expect(exported(app).filter((path) => path.includes("unfinished"))).toEqual([]);
	});

	it("leaves an export folder that was there, and the exports in it, as they were", async () => {
		const app = await startVault({ ...FILES, "IPT exports/Client A/summary.md": "an earlier export" });
		const full = fillDiskAtMeasures(app);
		await exportCase(app);
		expect(exported(app).sort()).toEqual(["IPT exports", "IPT exports/Client A", "IPT exports/Client A/summary.md"]);
		full.mockRestore();
		await exportCase(app);
		expect(filesIn(app, `${FOLDER} 2`)).toEqual([...NAMES].sort());
		expect(textOf(app, `${FOLDER}/summary.md`)).toBe("an earlier export");
	});
});
