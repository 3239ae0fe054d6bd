// A ticked checklist item naming a task id in backticks counts as that task, read from
// the note's text the way the plugin reads it from Obsidian's list-item cache.
import { makeVault, note, removeVault, runCli } from "../support/cli";
import { jsonReport } from "./report-json";

const CASE = "Clients/Ann/Ann.md";
const SESSION_2 = "Clients/Ann/Sessions/Session 02.md";

function vaultWith(sessionTwoBody: string): string {
	return makeVault({
		[CASE]: note("ipt: case\nclient: A.K.\nfocus: [grief]"),
		"Clients/Ann/Sessions/Session 01.md": note("ipt: session\nsession: 1\nphq9: 12\nphq9_item9: 0\ntasks: [sick-role, inventory]"),
		[SESSION_2]: note("ipt: session\nsession: 2", sessionTwoBody),
		"Clients/Ann/Sessions/Session 04.md": note("ipt: session\nsession: 4"),
	});
}

function warningIds(root: string): string[] {
	return (jsonReport(root).cases[0]?.warnings ?? []).map((warning) => warning.id);
}

describe("tasks ticked in a session's body", () => {
	const vaults: string[] = [];
	const vault = (body: string): string => {
		const root = vaultWith(body);
		vaults.push(root);
		return root;
	};
	afterAll(() => vaults.forEach(removeVault));

	it("counts a ticked item naming the task, in any list style, and not an open, cancelled or half-done one", () => {
		expect(warningIds(vault("- [ ] Formulation shared and agreed `formulation`\n"))).toContain("formulation-missing");
		expect(warningIds(vault("- [-] Formulation shared and agreed `formulation`\n"))).toContain("formulation-missing");
		expect(warningIds(vault("- [/] Formulation shared and agreed `formulation`\n"))).toContain("formulation-missing");
		expect(warningIds(vault("## Done\n- [x] Formulation shared and agreed `formulation`\n"))).not.toContain("formulation-missing");
		expect(warningIds(vault("1. [X] Formulation (`formulation`)\n"))).not.toContain("formulation-missing");
		expect(warningIds(vault("> [!note]\n> - [x] Formulation `formulation`\n"))).not.toContain("formulation-missing");
	});

	it("does not count an item in a code block or a comment", () => {
		expect(warningIds(vault("```\n- [x] Formulation `formulation`\n```\n"))).toContain("formulation-missing");
		expect(warningIds(vault("<!--\n- [x] Formulation `formulation`\n-->\n"))).toContain("formulation-missing");
	});

	it("warns, naming the file and the line, of a word in backticks that is no task id", () => {
		const root = vault("Notes\n\n- [x] Formulation shared `formulaton`\n");
		expect(warningIds(root)).toContain("formulation-missing");
		expect(jsonReport(root).diagnostics).toEqual([
			{
				path: SESSION_2,
				field: "line 7",
				severity: "warning",
				message: "line 7: `formulaton` in a ticked checklist item is not a task id, so the item counts as no task; write one of psychoeducation, sick-role, inventory, timeline, formulation, contract, focus-agreed, measure-review, termination-discussed, relapse-plan, maintenance-plan",
			},
		]);
		expect(runCli(["validate", root]).stdout).toMatch(/Session 02\.md\n\s+warning\s+line 7: `formulaton` in a ticked checklist item is not a task id/);
	});
});
