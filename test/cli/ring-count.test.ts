// The command line reads person notes with the ring count of the vault's plugin
// settings, as the plugin does: `circle: 4` is read with 4 rings and refused with 3.
import { makeVault, note, removeVault, runCli } from "../support/cli";
import { jsonReport } from "./report-json";

const SETTINGS = ".obsidian/plugins/ipt-workbench/data.json";
const COUSIN = "IPT/Ann/People/Cousin.md";
const CASE_NOTES = {
	"IPT/Ann/Ann.md": note("ipt: case\nclient: A.K."),
	"IPT/Ann/People/Mum.md": note("ipt: person\nname: Mum\ncircle: 1"),
	[COUSIN]: note("ipt: person\nname: Cousin\ncircle: 4"),
};

describe("the ring count of the vault's settings", () => {
	const vaults: string[] = [];
	const vault = (ringCount: 3 | 4 | null): string => {
		const root = makeVault(ringCount === null ? CASE_NOTES : { ...CASE_NOTES, [SETTINGS]: JSON.stringify({ engine: { ringCount } }) });
		vaults.push(root);
		return root;
	};
	afterAll(() => vaults.forEach(removeVault));

	it.each([
		["no data.json", null],
		["ringCount 3", 3],
	] as const)("with %s refuses circle 4 and leaves the person's circle unknown", (_settings, rings) => {
		const root = vault(rings);
		const report = jsonReport(root);
		expect(report.diagnostics.map((d) => [d.path, d.field, d.severity])).toEqual([[COUSIN, "circle", "error"]]);
		expect(report.cases[0]?.people.map((p) => [p.path, p.circle])).toEqual([
			[COUSIN, null],
			["IPT/Ann/People/Mum.md", 1],
		]);
		const validated = runCli(["validate", root]);
		expect([validated.status, validated.stdout]).toEqual([1, expect.stringMatching(/IPT\/Ann\/People\/Cousin\.md\n\s+error\s+circle: 4/)]);
	});

	it("with 4 rings reads circle 4, in the report and in validate", () => {
		const root = vault(4);
		const report = jsonReport(root);
		expect(report.diagnostics).toEqual([]);
		expect(report.cases[0]?.people.map((p) => [p.path, p.circle])).toEqual([
			[COUSIN, 4],
			["IPT/Ann/People/Mum.md", 1],
		]);
		const validated = runCli(["validate", root]);
		expect([validated.status, validated.stdout]).toEqual([0, expect.stringMatching(/0 errors, 0 warnings/)]);
	});
});
