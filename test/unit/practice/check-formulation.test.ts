import { PRACTICE_CASES } from "../../../src/domain/practice/practice-cases";
import { checkText } from "../../../src/domain/practice/check-text";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { checkFormulationNote } from "../../../src/index/formulation-check";
import { indexOf } from "./practice-index";

const GRIEF = PRACTICE_CASES().find((p) => p.id === "grief-standard");
if (!GRIEF) throw new Error("no grief practice case");
const FOLDER = "IPT/Tomas K (practice case)";
const TODAY = "2026-06-01";

function checkOf(formulation: string, extra: Record<string, string> = {}) {
	const index = indexOf([{ folder: FOLDER, notes: GRIEF?.notes ?? [] }], { [`${FOLDER}/My formulation.md`]: formulation, ...extra });
	const result = checkFormulationNote(index, `${FOLDER}/My formulation.md`, DEFAULT_ENGINE_SETTINGS, TODAY);
	if ("problem" in result) throw new Error(result.problem);
	return result.check;
}

const KEY = `---\nipt: formulation-key\nareas: [grief, role-transition]\nfocus: [grief]\nevidence: ["[[Irene]]", "[[Session 02]]"]\n---\n`;

describe("check my formulation", () => {
	it("names each area agreed, missed and extra against the engine, with the engine's reason", () => {
		const check = checkOf(`---\nipt: formulation\ncase: "[[Tomas K]]"\nareas: [role-dispute]\nfocus: [role-dispute]\nevidence: ["[[Nadia]]", "[[Irene]]", "[[Nobody]]"]\n---\n`);
		expect(check.areas.map((a) => [a.area, a.verdict])).toEqual([
			["grief", "missed"],
			["role-dispute", "extra"],
		]);
		expect(check.evidence.map((e) => [e.link, e.path, e.usedFor.map((u) => u.area)])).toEqual([
			["Nadia", `${FOLDER}/People/Nadia.md`, []],
			["Irene", `${FOLDER}/People/Irene.md`, ["grief"]],
			["Nobody", null, []],
		]);
		expect(check.unchosen.map((u) => u.evidence.path)).toEqual([`${FOLDER}/Events/2026-01-10 Irene died.md`]);
		const text = checkText(check, "four-areas");
		// Each flag with the rule that set it and the notes it rests on; each evidence note with its own rule.
		expect(text).toContain("Grief: missed: you did not name it. The engine flags it (Strong: someone in circle 1 or 2 who has died, with signs of complicated grief, whatever the date; on Irene, 2026-01-10 Irene died).");
		expect(text).toContain("[[Irene]]: the engine uses it too, for Grief: Irene (wife, circle 1) died 2026-01-10");
		expect(text).toContain("(rule: Strong: a death event in the window (12 months before onset up to today) naming someone in circle 1 or 2).");
		expect(text).toContain("Role dispute: extra: you named it, but no rule of the engine raises it from these notes.");
		expect(text).toContain("Role dispute: no rule of the engine raises it, so the case would warn that the focus has no evidence.");
		expect(text).toContain("[[Nadia]]: the engine uses nothing from this note.");
		expect(text).toContain("[[Nobody]]: opens no note of this case.");
		expect(text).toContain("This case has no formulation key");
	});

	it("agrees when the student sees what the engine sees, and compares with the trainer's key area by area", () => {
		const check = checkOf(`---\nipt: formulation\nareas: [grief]\nfocus: grief\nevidence: ["[[Irene]]", "[[2026-01-10 Irene died]]"]\n---\n`, { [`${FOLDER}/Key.md`]: KEY });
		expect(check.areas.map((a) => [a.area, a.verdict])).toEqual([["grief", "agreed"]]);
		expect(check.unchosen).toEqual([]);
		expect(check.key?.areas.map((a) => [a.area, a.verdict])).toEqual([
			["grief", "agreed"],
			["role-transition", "missed"],
		]);
		expect(check.key?.focus.map((a) => [a.area, a.verdict])).toEqual([["grief", "agreed"]]);
		expect(check.key?.evidence.map((e) => [e.path.split("/").pop(), e.verdict])).toEqual([
			["2026-01-10 Irene died.md", "extra"],
			["Irene.md", "agreed"],
			["Session 02.md", "missed"],
		]);
		const text = checkText(check, "four-areas");
		expect(text).toMatch(/^T\.K\.: you agree with the engine on 1 of the 1 areas it flags; 0 missed, 0 extra\./);
		expect(text).toContain("Role transition: missed: the key names it, you did not. The engine does not flag it.");
	});

	it("says what is wrong when the note is a key, not a formulation, or belongs to no case", () => {
		const index = indexOf([{ folder: FOLDER, notes: GRIEF?.notes ?? [] }], { [`${FOLDER}/Key.md`]: KEY, "Loose/Mine.md": "---\nipt: formulation\nareas: [grief]\n---\n" });
		const problemOf = (path: string) => {
			const result = checkFormulationNote(index, path, DEFAULT_ENGINE_SETTINGS, TODAY);
			return "problem" in result ? result.problem : null;
		};
		expect(problemOf(`${FOLDER}/Key.md`)).toContain("is a formulation key");
		expect(problemOf(`${FOLDER}/People/Irene.md`)).toContain("is not a formulation note");
		expect(problemOf("Loose/Mine.md")).toContain("belongs to no case");
	});

	it("keeps formulations and keys out of the case's bundle, and a key's values out of its diagnostics", () => {
		const index = indexOf([{ folder: FOLDER, notes: GRIEF?.notes ?? [] }], { [`${FOLDER}/Key.md`]: "---\nipt: formulation-key\nareas: [grief, heartbreak]\n---\n", [`${FOLDER}/Mine.md`]: "---\nipt: formulation\nareas: [heartbreak]\n---\n" });
		const [bundle] = index.cases();
		const paths = JSON.stringify(bundle);
		expect(paths).not.toContain("Key.md");
		expect(paths).not.toContain("Mine.md");
		const keyProblems = index.noteDiagnostics(`${FOLDER}/Key.md`);
		expect(keyProblems).toEqual([expect.objectContaining({ field: "areas", severity: "error" })]);
		expect(JSON.stringify(keyProblems)).not.toMatch(/heartbreak|grief/);
		expect(index.noteDiagnostics(`${FOLDER}/Mine.md`).map((d) => d.message).join("\n")).toContain("heartbreak");
	});
});
