// The command line honours the plugin's data.json, as the plugin does: a user who chose
// the three-area scheme or moved the templates folder gets the same report in both.
import { makeVault, note, removeVault, runCli } from "../support/cli";
import { caseBlock, jsonReport, runReport, type ReportJson } from "./report-json";

const SETTINGS = ".obsidian/plugins/ipt-workbench/data.json";
const CASE = "IPT/Gareth/Gareth.md";

/** A thin inventory and nothing else: interpersonal sensitivity, the diagnosis of exclusion. */
const SENSITIVITY_CASE = {
	[CASE]: note("ipt: case\nclient: G.L.\nonset: 2026-04-01\nfocus: [role-dispute]"),
	"IPT/Gareth/People/Brenda.md": note("ipt: person\nname: Brenda\nrole: mother\ncircle: 2\nsupport: 1"),
	"IPT/Gareth/People/Dylan.md": note("ipt: person\nname: Dylan\nrole: cousin\ncircle: 3\nsupport: 1"),
	// The inventory is recorded, so interpersonal sensitivity is considered.
	"IPT/Gareth/Sessions/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-08-03\nphq9: 13\ntasks: [inventory]"),
	// A template copy full of placeholders: never read while it sits in the templates folder.
	"IPT templates/Person.md": note("ipt: person\ncircle: \"{{circle}}\""),
	"Templates/Person.md": note("ipt: person\ncircle: 7"),
};

function withSettings(data: string | null): string {
	return makeVault(data === null ? SENSITIVITY_CASE : { ...SENSITIVITY_CASE, [SETTINGS]: data });
}

function onlyCase(report: ReportJson) {
	const [only] = report.cases;
	if (!only || report.cases.length !== 1) throw new Error(`expected one case, got ${report.cases.length}`);
	return only;
}

describe("the command line reads the plugin's settings from the vault", () => {
	const vaults: string[] = [];
	const vault = (data: string | null) => {
		const root = withSettings(data);
		vaults.push(root);
		return root;
	};
	afterAll(() => vaults.forEach(removeVault));

	it("without a data.json uses the defaults: four areas, and the default templates folder left out", () => {
		const root = vault(null);
		const report = jsonReport(root);
		expect(onlyCase(report).flags.map((f) => [f.area, f.strength])).toEqual([["interpersonal-sensitivity", "strong"]]);
		expect(onlyCase(report).notes).toEqual([]);
		// Templates/ is an ordinary folder by default, so its broken copy is reported.
		expect(report.diagnostics.map((d) => [d.path, d.field])).toEqual([
			["Templates/Person.md", "circle"],
			["Templates/Person.md", "case"],
		]);
		const block = caseBlock(runReport(root, []), CASE);
		expect(block).toContain("Problem areas (focus: Role dispute)");
		expect(block).toContain("  Interpersonal sensitivity: strong");
	});

	it("the three-area scheme relabels the areas and turns sensitivity into a note", () => {
		const root = vault(JSON.stringify({ engine: { scheme: "three-areas" } }));
		const report = jsonReport(root);
		const gareth = onlyCase(report);
		expect(gareth.flags).toEqual([]);
		expect(gareth.notes).toEqual([expect.stringMatching(/^Interpersonal sensitivity is a strong complicating factor: .*In the three-area scheme it is not a problem area/)]);
		const block = caseBlock(runReport(root, []), CASE);
		expect(block).toContain("Problem areas (focus: Interpersonal disputes)");
		expect(block).toContain("  none flagged");
		expect(block).not.toContain("  Interpersonal sensitivity: strong");
		expect(block).toContainEqual(expect.stringMatching(/^ {2}- Interpersonal sensitivity is a strong complicating factor/));
	});

	it("thresholds come from the settings too", () => {
		// With support 1 counting as support, two people give it: sensitivity drops to possible.
		const gareth = onlyCase(jsonReport(vault(JSON.stringify({ engine: { supportThreshold: 1 } }))));
		expect(gareth.flags.map((f) => [f.area, f.strength])).toEqual([["interpersonal-sensitivity", "possible"]]);
	});

	it("leaves out the templates folder the settings name, and reads the default one like any folder", () => {
		const root = vault(JSON.stringify({ templatesFolder: "Templates" }));
		const result = runCli(["validate", root]);
		expect(result.stdout).toMatch(/IPT templates\/Person\.md\n\s+error\s+circle:/);
		expect(result.stdout).not.toMatch(/^Templates\//m);
	});

	it("a data.json that is not JSON is a warning, and every setting keeps its default", () => {
		const root = vault("{ engine: three-areas");
		const report = jsonReport(root);
		expect(report.diagnostics[0]).toEqual({
			path: SETTINGS,
			field: "file",
			severity: "warning",
			message: "is not valid JSON; using the default settings. Fix it, or change a setting in Obsidian to write it anew.",
		});
		expect(onlyCase(report).flags.map((f) => f.area)).toEqual(["interpersonal-sensitivity"]);
		expect(runCli(["validate", root]).stdout).toContain(`${SETTINGS}\n  warning is not valid JSON`);
	});

	it("a bad value is a warning naming its key; the rest of the file still counts", () => {
		const root = vault(JSON.stringify({ templatesFolder: 7, engine: { scheme: "five-areas", windowMonths: "a year", supportThreshold: 1 } }));
		const report = jsonReport(root);
		expect(report.diagnostics.filter((d) => d.path === SETTINGS)).toEqual([
			{ path: SETTINGS, field: "templatesFolder", severity: "warning", message: 'templatesFolder: 7 is not a folder path inside the vault; using "IPT templates".' },
			{ path: SETTINGS, field: "engine.windowMonths", severity: "warning", message: 'engine.windowMonths: "a year" is not a whole number of months from 1 to 120; using 12.' },
			{ path: SETTINGS, field: "engine.scheme", severity: "warning", message: 'engine.scheme: "five-areas" is not one of four-areas, three-areas; using "four-areas".' },
		]);
		// supportThreshold was valid and is used; the scheme fell back to four areas.
		expect(onlyCase(report).flags.map((f) => [f.area, f.strength])).toEqual([["interpersonal-sensitivity", "possible"]]);
	});

	it("a data.json that is not an object is a warning, with the defaults", () => {
		const report = jsonReport(vault(JSON.stringify("three-areas")));
		expect(report.diagnostics[0]).toEqual({
			path: SETTINGS,
			field: "settings",
			severity: "warning",
			message: 'settings: "three-areas" is not an object; using the defaults.',
		});
	});
});
