// `check-formulation` and `class-vault` run as a user would: a trainer's vault of practice
// cases with a key, a student's formulation, and the class vault read back as a vault.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { analyseCase } from "../../src/domain/engine/analyse-case";
import { PRACTICE_CASES } from "../../src/domain/practice/practice-cases";
import { allTemplates } from "../../src/domain/templates/catalogue";
import { indexScan } from "../../src/cli/report/scan-report";
import { readVault } from "../../src/cli/read-vault";
import { readVaultSettings } from "../../src/cli/vault-settings";
import { isInFolder } from "../../src/index/paths";
import { makeVault, removeVault, runCli } from "../support/cli";

/** The folder read as the command line reads a vault: its settings' folders left out. */
function openAsVault(root: string) {
	const settings = readVaultSettings(root);
	const index = indexScan(readVault(root, (path) => settings.ignoredFolders.some((folder) => isInFolder(path, folder))), settings.engine);
	return { settings, index };
}

const GRIEF = PRACTICE_CASES().find((p) => p.id === "grief-standard");
const DISPUTE = PRACTICE_CASES().find((p) => p.id === "dispute-adolescent");
if (!GRIEF || !DISPUTE) throw new Error("practice cases missing");

function caseFiles(folder: string, notes: readonly { relativePath: string; text: string }[]): Record<string, string> {
	return Object.fromEntries(notes.map((note) => [`${folder}/${note.relativePath}`, note.text]));
}

const TOMAS = "IPT/Tomas K (practice case)";
const KEY = `${TOMAS}/Key.md`;
const SETTINGS = JSON.stringify({ privacyMode: true, casesFolder: "IPT", templatesFolder: "IPT templates" });
const TRAINER_VAULT = {
	...caseFiles(TOMAS, GRIEF.notes),
	...caseFiles("IPT/Lena M (practice case)", DISPUTE.notes),
	[KEY]: '---\nipt: formulation-key\nareas: [grief]\nfocus: [grief]\nevidence: ["[[Irene]]"]\n---\nThe answer.\n',
	[`${TOMAS}/Worked formulation.md`]: "---\nipt: formulation\nareas: [grief]\nfocus: [grief]\n---\n",
	[`${TOMAS}/Supervision 2026-04-20.md`]: "---\nipt: supervision\ndate: 2026-04-20\nsupervisor: Dr Real Person\nminutes: 50\n---\n",
	"IPT templates/IPT person.md": "---\nipt: person\ncase: \"{{case}}\"\n---\n# Our own person template\n",
	".obsidian/plugins/ipt-workbench/data.json": SETTINGS,
};

function filesUnder(root: string): string[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"))
		.sort();
}

let vault: string;
let outs: string;
beforeAll(() => {
	vault = makeVault(TRAINER_VAULT);
	outs = makeVault({});
});
afterAll(() => {
	removeVault(vault);
	removeVault(outs);
});

describe("check-formulation", () => {
	it("prints the check of a student's formulation, against the engine and the key", () => {
		const student = makeVault({ ...caseFiles(TOMAS, GRIEF.notes), [KEY]: TRAINER_VAULT[KEY], [`${TOMAS}/Mine.md`]: '---\nipt: formulation\nareas: [role-transition]\nevidence: ["[[Irene]]"]\n---\n' });
		try {
			const result = runCli(["check-formulation", student, `${TOMAS}/Mine.md`]);
			expect(result.stderr).toBe("");
			expect(result.status).toBe(0);
			expect(result.stdout).toMatch(/^T\.K\.: you agree with the engine on 0 of the 1 areas it flags; 1 missed, 1 extra\./);
			expect(result.stdout).toContain("  - Grief: missed: you did not name it. The engine flags it (Strong: someone in circle 1 or 2 who has died, with signs of complicated grief, whatever the date; on Irene, 2026-01-10 Irene died).");
			expect(result.stdout).toContain("  - Role transition: extra: you named it, the key does not. The engine does not flag it.");
			expect(result.stdout).toMatch(/ {2}- \[\[Irene\]\]: the engine uses it too, for Grief: Irene \(wife, circle 1\) died .+ \(rule: Strong: /);
			const fromHere = runCli(["check-formulation", student, join(student, TOMAS, "Mine.md")]);
			expect(fromHere.stdout).toBe(result.stdout);
		} finally {
			removeVault(student);
		}
	});

	it("refuses a note that is not a student's formulation, naming it", () => {
		const result = runCli(["check-formulation", vault, KEY]);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(`ipt-workbench: "${KEY}" is a formulation key; run the check on a student's formulation (ipt: formulation) of the same case.\n`);
		expect(runCli(["check-formulation", vault]).stderr).toMatch(/needs a vault folder and a formulation note/);
	});
});

describe("class-vault", () => {
	it("writes a vault with the practice cases, templates, bases and settings, and no key or formulation", () => {
		const out = join(outs, "class");
		const result = runCli(["class-vault", vault, "--out", out]);
		expect(result.stderr).toBe("");
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^Wrote a class vault to .*: \d+ files, with the cases IPT\/Lena M \(practice case\)\/Lena M\.md, IPT\/Tomas K \(practice case\)\/Tomas K\.md\./);
		const files = filesUnder(out);
		expect(files).toEqual(expect.arrayContaining(["IPT/IPT caseload.base", "IPT/Inventory.base", "IPT/Sessions.base", ".obsidian/plugins/ipt-workbench/data.json", ...allTemplates().map((t) => `IPT templates/${t.fileName}`)]));
		expect(files.filter((f) => /Key|formulation|Supervision/i.test(f) && !f.startsWith("IPT templates/"))).toEqual([]);
		expect(readFileSync(join(out, ".obsidian/plugins/ipt-workbench/data.json"), "utf8")).toBe(SETTINGS);
		expect(readFileSync(join(out, "IPT templates/IPT person.md"), "utf8")).toContain("Our own person template");

		// Opened as a vault: only fictional cases, no key, and each case flags what it teaches.
		const { settings, index } = openAsVault(out);
		const cases = index.cases();
		expect(cases.map((c) => [c.record.client, c.record.fictional])).toEqual([
			["L.M.", true],
			["T.K.", true],
		]);
		expect(cases.flatMap((c) => index.formulationKeys(c.path))).toEqual([]);
		expect(cases.map((c) => analyseCase(c, settings.engine, "2026-06-01").flags.map((f) => f.area))).toEqual([["role-dispute"], ["grief"]]);
		expect(index.diagnostics()).toEqual([]);
	});

	it("gives the built-in practice cases to a vault that has none", () => {
		const empty = makeVault({ "Inbox.md": "# Inbox\n" });
		const out = join(outs, "from empty");
		try {
			expect(runCli(["class-vault", empty, "--out", out]).status).toBe(0);
			const cases = openAsVault(out).index.cases();
			expect(cases.map((c) => c.path.split("/")[1])).toEqual(PRACTICE_CASES().map((p) => p.folder).sort());
			expect(existsSync(join(out, "Inbox.md"))).toBe(false);
		} finally {
			removeVault(empty);
		}
	});

	it("refuses, writing nothing and naming the case, when a case is not marked fictional", () => {
		const mixed = makeVault({ ...TRAINER_VAULT, "IPT/Real Client/Real Client.md": "---\nipt: case\nclient: R.C.\n---\n" });
		const out = join(outs, "refused");
		try {
			const result = runCli(["class-vault", mixed, "--out", out]);
			expect(result.status).toBe(1);
			expect(result.stdout).toBe("");
			expect(result.stderr).toContain("  IPT/Real Client/Real Client.md\n");
			expect(result.stderr).not.toContain("Tomas K");
			expect(existsSync(out)).toBe(false);
		} finally {
			removeVault(mixed);
		}
	});

	it("never writes into a folder that is already there", () => {
		const result = runCli(["class-vault", vault, "--out", outs]);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/already exists; a class vault is written into a new folder/);
		expect(runCli(["class-vault", vault]).stderr).toMatch(/class-vault needs --out <folder>/);
	});
});
