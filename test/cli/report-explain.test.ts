// `report --explain` prints the rule behind each flag, evidence line, warning and measure
// category; `--json` carries the rule always. The rule's numbers are the vault's settings.
import { resolve } from "node:path";
import { makeVault, note, removeVault } from "../support/cli";
import { caseBlock, expectInOrder, jsonReport, runReport } from "./report-json";

const VIGNETTES = resolve(__dirname, "../fixtures/vignettes");
const NORA = "Nora P/Nora P.md";
const SETTINGS = ".obsidian/plugins/ipt-workbench/data.json";

describe("report --explain", () => {
	it("puts the rule under each due item, the sensitivity that is not considered, each flag, its evidence and the change category", () => {
		const block = caseBlock(runReport("recent-bereavement", ["--explain"], VIGNETTES), NORA);
		expectInOrder(block, [
			"Due",
			/^ {2}- Session 4 is past the initial phase .* the interpersonal inventory is not done/,
			"    why (inventory-missing): Past the initial phase (or in maintenance), with no session listing the inventory task or fewer than 3 person notes",
			/^ {2}- .*no session lists the sick-role task/,
			"    why (sick-role-missing): Past the initial phase (or in maintenance), and no session lists the sick-role task",
			"Problem areas (no focus agreed yet)",
			"  Interpersonal sensitivity: not considered until the inventory is complete",
			"    why (sensitivity-not-considered): Interpersonal sensitivity is not considered until the inventory is complete: a session must list the inventory task",
			"  Grief: strong",
			"    why (grief-close-death-in-window): Strong: a death of someone in circle 1 or 2 in the window (12 months before onset up to today)",
			/^ {4}- Edith \(mother, circle 1\) died 2026-05-20/,
			"      why (grief-close-death-in-window): Strong: a death of someone in circle 1 or 2 in the window (12 months before onset up to today)",
			/^ {4}- Death on 2026-05-20/,
			"      why (grief-close-death-event): Strong: a death event in the window (12 months before onset up to today) naming someone in circle 1 or 2",
			"Measures",
			/^ {2}PHQ-9: baseline 18/,
			"    why (change-no-reliable-change): No reliable change: the PHQ-9 moved less than 6 points from baseline",
		]);
	});

	it("prints no rule without --explain", () => {
		const text = runReport("recent-bereavement", [], VIGNETTES);
		expect(text.split("\n").filter((line) => line.trimStart().startsWith("why ("))).toEqual([]);
	});

	it("says the numbers of the vault's settings, in the text and in the JSON alike", () => {
		const root = makeVault({
			[SETTINGS]: JSON.stringify({ engine: { windowMonths: 18, closeCircleMax: 3, reliableChange: { phq9: 5 } } }),
			"IPT/Lena/Lena.md": note("ipt: case\nclient: L.M.\nonset: 2026-06-01"),
			// Circle 3 counts as close under these settings, and 2025-01-10 is inside an 18-month window.
			"IPT/Lena/People/Gran.md": note("ipt: person\nname: Gran\nrole: grandmother\ncircle: 3\nstatus: deceased\ndied: 2025-01-10"),
			"IPT/Lena/Sessions/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-06-08\nphq9: 16\nphq9_item9: 0"),
			"IPT/Lena/Sessions/Session 02.md": note("ipt: session\nsession: 2\ndate: 2026-06-15\nphq9: 11\nphq9_item9: 0"),
		});
		try {
			const grief = "Strong: a death of someone in circles 1 to 3 in the window (18 months before onset up to today)";
			const improved = "Improved: the PHQ-9 fell at least 5 points from baseline (a reliable change) and ends at 5 or more";
			const [lena] = jsonReport(root).cases;
			expect(lena?.flags.map((f) => [f.area, f.rule, f.rule_text, f.evidence.map((e) => [e.rule, e.rule_text])])).toEqual([
				["grief", "grief-close-death-in-window", grief, [["grief-close-death-in-window", grief]]],
			]);
			expect([lena?.measures.phq9?.change, lena?.measures.phq9?.change_rule, lena?.measures.phq9?.change_rule_text]).toEqual(["improved", "change-improved", improved]);
			// No session lists the inventory task, so sensitivity is not considered yet, and the JSON says why.
			expect(lena?.sensitivity_rule).toBe("sensitivity-not-considered");
			expectInOrder(caseBlock(runReport(root, ["--explain"]), "IPT/Lena/Lena.md"), [
				"  Grief: strong",
				`    why (grief-close-death-in-window): ${grief}`,
				/^ {2}PHQ-9: baseline 16/,
				`    why (change-improved): ${improved}`,
			]);
		} finally {
			removeVault(root);
		}
	});
});
