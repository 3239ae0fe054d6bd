import { exportPortfolio, PORTFOLIO_FILES } from "../../../src/domain/export/portfolio/portfolio";
import { chosenFormulation, formulationIn } from "../../../src/domain/export/portfolio/formulation";
import type { ExportResult } from "../../../src/domain/export/export-case";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { fileText, namesIn, sections, written } from "./export-support";
import { CASE_PATH, JORDAN_FILES, JORDAN_NAMES, loadCase, TODAY, type LoadedCase } from "./jordan-case";

const FORMULATION = "## Formulation\n\nJordan's low mood began when María and Jordan stopped speaking; agreed on 2026-09-15.\n\n### Focus\n\nThe dispute with Mum.\n\n## Contract\n\n16 sessions.\n";
const SUPERVISION = "IPT/Jordan R/Supervision/2026-09-20.md";
const FILES: Record<string, string> = {
	...JORDAN_FILES,
	[CASE_PATH]: `${JORDAN_FILES[CASE_PATH] ?? ""}\n${FORMULATION}`,
	[SUPERVISION]: "---\nipt: supervision\ndate: 2026-09-20\nsupervisor: Prof Ada Byrne\nminutes: 60\nsessions: [1, 3]\n---\nAda Byrne suggested a role-play.\n",
};
const NAMES = [...JORDAN_NAMES, "Ada", "Byrne"];

function portfolio(loaded: LoadedCase, options: { identified?: boolean; selfRating?: string | null } = {}): ExportResult {
	return exportPortfolio(loaded.bundle, loaded.analysis, {
		identified: options.identified ?? false,
		bodies: loaded.bodies,
		formulations: loaded.formulations ?? [],
		selfRating: options.selfRating ?? null,
		today: TODAY,
		settings: DEFAULT_ENGINE_SETTINGS,
		vault: loaded.vault ?? { cases: [loaded.bundle], links: () => [] },
	});
}

const loaded = loadCase(FILES);

describe("a de-identified portfolio (the default)", () => {
	const result = written(portfolio(loaded));
	const parts = sections(fileText(result, PORTFOLIO_FILES.portfolio));

	it("writes the portfolio and its closeness circle into a folder named by the code alone", () => {
		expect(result.folder).toBe("Client A portfolio");
		expect(result.files.map((file) => file.name)).toEqual(["portfolio.md", "closeness-circle.svg"]);
	});

	it("holds no name of the case or its supervisor, and no calendar date, in any file", () => {
		for (const file of result.files) {
			expect([file.name, namesIn(file.text, NAMES)]).toEqual([file.name, []]);
			expect([file.name, file.text.match(/\d{4}-\d{2}/g)]).toEqual([file.name, null]);
		}
	});

	it("leads with the open safety item, as every export does", () => {
		expect(parts.get("")?.[0]).toBe("# Portfolio case: Client A");
		expect(parts.get("")?.[1]).toMatch(/^> \[!danger\] Open safety items/);
	});

	it("gives the case report's headings to fill in, and nothing written in them", () => {
		const report = parts.get("Case report") ?? [];
		expect(report.filter((line) => line.startsWith("### "))).toEqual([
			"### Referral and presenting problem",
			"### Diagnosis and the sick role",
			"### Interpersonal inventory",
			"### Formulation and treatment contract",
			"### Middle phase: strategies and techniques",
			"### Termination and outcome",
			"### Use of supervision",
			"### Reflection",
		]);
		expect(report.filter((line) => !line.startsWith("### ")).every((line) => /^_.*_$/.test(line))).toBe(true);
	});

	it("draws the closeness circle beside the inventory", () => {
		expect(parts.get("Interpersonal inventory")).toContain("![Closeness circle of Client A](closeness-circle.svg)");
		expect(fileText(result, PORTFOLIO_FILES.circle)).toContain("<svg");
	});

	it("carries the case note's formulation, de-identified, its own headings below the portfolio's, and the focus agreed", () => {
		expect(parts.get("Formulation")).toEqual([
			"From the case note:",
			"Client A's low mood began when Mother and Client A stopped speaking; agreed in week 3.",
			"### Focus",
			"The dispute with Mother.",
			"Agreed with the client: Role dispute.",
		]);
	});

	it("gives the measures at intake and every 4 sessions, saying where a score is missing", () => {
		expect(parts.get("Measures at intake and every 4 sessions")).toEqual([
			"| Point | Session | When | PHQ-9 | GAD-7 |",
			"| --- | --- | --- | --- | --- |",
			"| Intake | 1 | week 1 | 18 | 12 |",
			"| Session 4 | 4 | week 4 | 14 | not recorded |",
		]);
	});

	it("lists each session with its phase and tasks", () => {
		const sessions = parts.get("Sessions") ?? [];
		expect(sessions[0]).toBe("| Session | When | Phase | Tasks | Focus |");
		expect(sessions).toContain("| 1 | week 1 | Initial | Psychoeducation, Sick role | – |");
		expect(sessions).toContain("| 3 | week 3 | Initial | Formulation, Focus agreed, Contract | – |");
		expect(sessions).toContain("| 4 | week 4 | Middle | – | – |");
	});

	it("counts the case's supervision, the supervisor by label", () => {
		expect(parts.get("Supervision")).toEqual([
			"| Supervision | This case |",
			"| --- | --- |",
			"| Meetings | 1 |",
			"| Hours | 1 (60 minutes) |",
			"| Sessions discussed, early (initial phase) | 1, 3 |",
			"| Sessions discussed, middle | none |",
			"| Sessions discussed, late (final phase) | none |",
			"| Early, middle and late covered | no |",
			"| Recordings reviewed | 0 |",
			"| Consent recorded | no |",
			"| Supervisors | Supervisor |",
		]);
	});

	it("gives a self-rating table by item number only", () => {
		const rating = parts.get("Self-rating") ?? [];
		expect(rating).toContain("| Item | Rating | Supervisor's rating | Comment |");
		expect(rating.filter((line) => /^\| \d+ \|/.test(line)).map((line) => line.split(" | ")[0])).toEqual(Array.from({ length: 10 }, (_, i) => `| ${i + 1}`));
	});
});

it("uses the trainer's self-rating template in place of the numbered table, names in it replaced", () => {
	const template = "## Adherence\n\n1. Rated with Jordan: ...\n2. ...\n";
	const parts = sections(fileText(portfolio(loaded, { selfRating: template }), PORTFOLIO_FILES.portfolio));
	expect(parts.get("Self-rating")).toEqual(["#### Adherence", "1. Rated with Client A: ...", "2. ..."]);
});

it("keeps names and dates when identified, and names its folder by the client and the day", () => {
	const result = written(portfolio(loaded, { identified: true }));
	expect(result.folder).toBe("Jordan Rivera portfolio - 2026-11-25");
	const text = fileText(result, PORTFOLIO_FILES.portfolio);
	expect(text).toContain("Jordan's low mood began when María and Jordan stopped speaking; agreed on 2026-09-15.");
	expect(text).toContain("| Intake | 1 | 2026-09-01 | 18 | 12 |");
});

it("refuses the whole portfolio when a name that is also an everyday word stands alone in the formulation", () => {
	const files = {
		...FILES,
		"IPT/Jordan R/People/Will Okafor.md": "---\nipt: person\nname: Will Okafor\nrole: cousin\ncircle: 3\n---\n",
		[CASE_PATH]: `${JORDAN_FILES[CASE_PATH] ?? ""}\n## Formulation\n\nThe cousin, Will, helps.\n`,
	};
	const result = portfolio(loadCase(files));
	expect("refused" in result && result.refused.map((leak) => [leak.name, leak.where.replace(/\d+$/, "N")])).toEqual([["Will", "portfolio.md, line N"]]);
});

describe("a formulation note of the case (ipt: formulation)", () => {
	const formulation = (frontmatter: string, body = ""): string => `---\nipt: formulation\ncase: "[[Jordan R]]"\n${frontmatter}\n---\n${body}`;
	const DRAFT = "IPT/Jordan R/Formulation 1.md";
	const LATEST = "IPT/Jordan R/Formulation 2.md";
	const files: Record<string, string> = {
		...FILES,
		[DRAFT]: formulation("areas: [grief]"),
		[LATEST]: formulation(
			'areas: [role-dispute, grief]\nfocus: [role-dispute]\nevidence: ["[[Maria Rivera]]", "[[Session 02]]", "[[2026-03-10 Grandpa Joe died]]", "[[Somewhere else]]"]',
			"# Why\n\nJordan and [[Maria Rivera|Mum]] argue since 2026-08-01.\n",
		),
		"IPT/Jordan R/Zz key.md": "---\nipt: formulation-key\ncase: \"[[Jordan R]]\"\nareas: [role-transition]\nfocus: [role-transition]\n---\nThe answer.\n",
	};
	const withNotes = loadCase(files);

	it("takes the formulation note whose path sorts last, never a key, in place of the case note's section", () => {
		expect(sections(fileText(written(portfolio(withNotes)), PORTFOLIO_FILES.portfolio)).get("Formulation")).toEqual([
			"From the formulation note (the last by path of 2):",
			"- Problem areas: Role dispute, Grief.",
			"- Focus proposed: Role dispute.",
			"- Evidence: Mother, Session 2, Death, a note outside the case.",
			"### Why",
			"Client A and Mother argue since 1 month before start.",
			"Agreed with the client: Role dispute.",
		]);
	});

	it("names the note and its evidence as written when identified", () => {
		const text = fileText(written(portfolio(withNotes, { identified: true })), PORTFOLIO_FILES.portfolio);
		expect(sections(text).get("Formulation")?.slice(0, 4)).toEqual([
			"From the formulation note Formulation 2 (the last by path of 2):",
			"- Problem areas: Role dispute, Grief.",
			"- Focus proposed: Role dispute.",
			"- Evidence: María Rivera, Session 02, Grandpa Joe died, Somewhere else.",
		]);
		expect(text).not.toContain("The answer.");
	});

	it("falls back to the case note's section when the case's only formulation note is a key", () => {
		const keyOnly = loadCase({ ...FILES, "IPT/Jordan R/Key.md": files["IPT/Jordan R/Zz key.md"] ?? "" });
		const text = fileText(written(portfolio(keyOnly)), PORTFOLIO_FILES.portfolio);
		expect(sections(text).get("Formulation")?.[0]).toBe("From the case note:");
		expect(text).not.toMatch(/The answer|Role transitions/);
	});

	it("hides a nickname that only the formulation note's own links give, as the case's notes' links do", () => {
		const nicknamed = loadCase({ ...files, [LATEST]: formulation("areas: [grief]", "[[Grandpa Joe|Pops]] died; Pops was close.\n") });
		const text = fileText(written(portfolio(nicknamed)), PORTFOLIO_FILES.portfolio);
		expect(text).toContain("Grandfather died; Grandfather was close.");
		expect(namesIn(text, ["Pops"])).toEqual([]);
	});

	it("chooses by path alone, whatever order the notes come in", () => {
		expect(chosenFormulation([...(withNotes.formulations ?? [])].reverse())?.path).toBe(LATEST);
		expect(chosenFormulation([])).toBeNull();
	});
});

describe("finding the formulation in a note's text", () => {
	it("takes the first heading that names it, to the next heading of its level", () => {
		expect(formulationIn("# Jo\n\n# Interpersonal formulation\nA.\n## Detail\nB.\n# Contract\nC.")).toBe("A.\n### Detail\nB.");
	});

	it("finds none where no heading names it, or the section is empty", () => {
		expect(formulationIn("Formulation agreed.\n## Plan\nx")).toBeNull();
		expect(formulationIn("## Formulation\n\n## Plan\nx")).toBeNull();
	});

	it("says where to write one, and that supervision is missing, when the notes have none", () => {
		const parts = sections(fileText(portfolio(loadCase()), PORTFOLIO_FILES.portfolio));
		expect(parts.get("Formulation")?.[0]).toBe("No formulation written yet: write a formulation note (ipt: formulation) or add a Formulation section to the case note (Insert a section, Formulation).");
		expect(parts.get("Supervision")).toEqual(["No supervision notes for this case yet (ipt: supervision)."]);
	});
});
