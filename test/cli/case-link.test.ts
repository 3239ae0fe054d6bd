// A `case` link means what Obsidian opens for it: the nearest note of that name,
// whatever that note is. The command line follows the same rule as the plugin.
import { makeVault, note, removeVault, runCli } from "../support/cli";
import { jsonReport } from "./report-json";

const CASE = "Clients/Ann/Ann.md";
const NOTES = {
	[CASE]: note("ipt: case\nclient: A.K."),
	"Clients/Ann/People/Mum.md": note("ipt: person\nname: Mum\ncircle: 1"),
	"Work/Dad.md": note('ipt: person\nname: Dad\ncase: "[[Ann]]"\ncircle: 2'),
};

describe("a case link whose nearest note of that name is not a case note", () => {
	const vaults: string[] = [];
	const vault = (files: Record<string, string>): string => {
		const root = makeVault(files);
		vaults.push(root);
		return root;
	};
	afterAll(() => vaults.forEach(removeVault));

	it.each([
		["an ordinary note", "Minutes of a meeting with Ann from accounts.\n"],
		["a note with other properties", note("tags: [meeting]")],
		["a note whose YAML is broken", note("tags: [meeting")],
	])("is reported when the nearest note is %s, and the member stays out of the case", (_what, text) => {
		const root = vault({ ...NOTES, "Work/Ann.md": text });
		const report = jsonReport(root);
		expect(report.cases.map((c) => [c.path, c.people.map((p) => p.path)])).toEqual([[CASE, ["Clients/Ann/People/Mum.md"]]]);
		expect(report.diagnostics).toEqual([
			{
				path: "Work/Dad.md",
				field: "case",
				severity: "error",
				message: 'case: "[[Ann]]" links to no case note (it opens "Work/Ann.md", which is not a case note); expected a link to a note with ipt: case. This note is left out of every case until the link is fixed.',
			},
		]);
		expect(runCli(["validate", root]).stdout).toMatch(/Work\/Dad\.md\n\s+error\s+case: "\[\[Ann\]\]" links to no case note/);
	});

	it("files the member under the case when no other note of that name is nearer", () => {
		const report = jsonReport(vault(NOTES));
		expect(report.diagnostics).toEqual([]);
		expect(report.cases[0]?.people.map((p) => p.path)).toEqual(["Clients/Ann/People/Mum.md", "Work/Dad.md"]);
	});
});
