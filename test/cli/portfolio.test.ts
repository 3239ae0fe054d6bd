// `ipt-workbench portfolio`, run as a trainee preparing a certification portfolio would.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportVault, makeVault, note, removeVault, runCli } from "../support/cli";
import { DISGUISED_FILES, DISGUISES, disguisesLeft, MAYA_CASE } from "../unit/privacy/disguised-names.fixture";
import { CASE_PATH, JORDAN_FILES, JORDAN_NAMES, TODAY } from "../unit/export/jordan-case";
import { namesIn } from "../unit/export/export-support";

const SUPERVISION = note("ipt: supervision\ndate: 2026-09-20\nsupervisor: Prof Ada Byrne\nminutes: 60\nsessions: [1, 3]", "Ada Byrne suggested a role-play.\n");
const FILES = {
	...JORDAN_FILES,
	[CASE_PATH]: `${JORDAN_FILES[CASE_PATH] ?? ""}\n## Formulation\n\nJordan's low mood began when María stopped calling.\n`,
	"IPT/Jordan R/Supervision/2026-09-20.md": SUPERVISION,
};

const { vault: vaultFolder, freshOut } = exportVault(FILES);

function portfolioOf(from: string, caseQuery: string, out: string, ...extra: string[]) {
	return runCli(["portfolio", from, caseQuery, "--out", out, "--today", TODAY, ...extra]);
}

it("writes a de-identified portfolio by default, with no name of the case or its supervisor and no date", () => {
	const out = freshOut();
	const result = portfolioOf(vaultFolder(), "Jordan Rivera", out);
	expect([result.status, result.stderr]).toEqual([0, ""]);
	expect(result.stdout).toBe(`Wrote a de-identified portfolio to ${out}: portfolio.md, closeness-circle.svg.\nPseudonymised, not anonymised. Read it through before sharing it.\n`);
	expect(readdirSync(out).sort()).toEqual(["closeness-circle.svg", "portfolio.md"]);
	const text = readFileSync(join(out, "portfolio.md"), "utf8");
	expect(text).toContain("Client A's low mood began when Mother stopped calling.");
	for (const name of readdirSync(out)) {
		const written = readFileSync(join(out, name), "utf8");
		expect([name, namesIn(written, [...JORDAN_NAMES, "Ada", "Byrne"]), written.match(/\d{4}-\d{2}/g)]).toEqual([name, [], null]);
	}
});

it("keeps names and dates with --identified", () => {
	const out = freshOut();
	expect(portfolioOf(vaultFolder(), CASE_PATH, out, "--identified").status).toBe(0);
	expect(readFileSync(join(out, "portfolio.md"), "utf8")).toContain("Jordan's low mood began when María stopped calling.");
});

it("puts the trainer's self-rating template from the templates folder in place of the numbered table", () => {
	const withTemplate = makeVault({ ...FILES, "IPT templates/IPT self-rating.md": "---\ntags: [scale]\n---\n## My scale\n\n1. First item wording\n" });
	try {
		const out = freshOut();
		expect(portfolioOf(withTemplate, "Jordan Rivera", out).status).toBe(0);
		const text = readFileSync(join(out, "portfolio.md"), "utf8");
		expect(text).toContain("## Self-rating\n\n#### My scale\n\n1. First item wording\n");
		expect(text).not.toContain("| Item | Rating |");
		expect(text).not.toContain("tags");
	} finally {
		removeVault(withTemplate);
	}
});

it("leaves none of the names the notes disguise in any file, the supervisor's included", () => {
	const disguised = makeVault({
		...DISGUISED_FILES,
		[MAYA_CASE]: `${DISGUISED_FILES[MAYA_CASE] ?? ""}\n## Formulation\n\n${DISGUISES.map(([written]) => written).join("\n")}\nHannah Lee suggested a role-play.\n`,
		"IPT/Maya K/Supervision/One.md": note("ipt: supervision\ndate: 2026-09-10\nsupervisor: Dr Hannah Lee\nminutes: 60\nsessions: [1]"),
	});
	try {
		const out = freshOut();
		const result = portfolioOf(disguised, MAYA_CASE, out);
		expect([result.status, result.stderr]).toEqual([0, ""]);
		const text = readFileSync(join(out, "portfolio.md"), "utf8");
		expect(text).toContain("Coffee with Another person");
		expect(text).toContain("Partner came");
		expect(text).toContain("Supervisor suggested a role-play.");
		for (const name of readdirSync(out)) {
			const written = readFileSync(join(out, name), "utf8");
			expect([name, disguisesLeft(written), namesIn(written, ["Hannah", "Lee"])]).toEqual([name, [], []]);
		}
	} finally {
		removeVault(disguised);
	}
});

const KEY = note("ipt: formulation-key\nareas: [role-transition]\nfocus: [role-transition]\nevidence: [\"[[Session 02]]\"]", "The trainer's answer.\n");

it("takes the case's formulation note, the last by path, and never the trainer's key", () => {
	const withNotes = makeVault({
		...FILES,
		"IPT/Jordan R/Formulation/Draft.md": note("ipt: formulation\nareas: [grief]", "An early draft.\n"),
		"IPT/Jordan R/Formulation/Final.md": note('ipt: formulation\nareas: [role-dispute]\nfocus: [role-dispute]\nevidence: ["[[Maria Rivera]]", "[[Session 02]]"]', "Jordan and [[Maria Rivera|Mum]] argue.\n"),
		"IPT/Jordan R/Formulation/Key.md": KEY,
	});
	try {
		const out = freshOut();
		expect(portfolioOf(withNotes, "Jordan Rivera", out).status).toBe(0);
		const text = readFileSync(join(out, "portfolio.md"), "utf8");
		expect(text).toContain("From the formulation note (the last by path of 2):\n\n- Problem areas: Role dispute.\n- Focus proposed: Role dispute.\n- Evidence: Mother, Session 2.\n\nClient A and Mother argue.\n");
		expect(text).not.toMatch(/An early draft|trainer's answer|Role transition|low mood began/);
	} finally {
		removeVault(withNotes);
	}
});

it("uses no key even when it is the case's only formulation note: the case note's section stays", () => {
	const keyOnly = makeVault({ ...FILES, "IPT/Jordan R/Zz key.md": KEY });
	try {
		const out = freshOut();
		expect(portfolioOf(keyOnly, "Jordan Rivera", out, "--identified").status).toBe(0);
		const text = readFileSync(join(out, "portfolio.md"), "utf8");
		expect(text).toContain("From the case note:\n\nJordan's low mood began when María stopped calling.");
		expect(text).not.toMatch(/trainer's answer|Role transition|Zz key/);
	} finally {
		removeVault(keyOnly);
	}
});

it("leaves none of the disguised names a formulation note writes in its evidence links and text", () => {
	const disguised = makeVault({
		...DISGUISED_FILES,
		"IPT/Maya K/Maya formulation.md": note(
			'ipt: formulation\nareas: [role-dispute]\nevidence: ["[[Sam Patel]]", "[[People/Jo Li]]", "[[priya]]", "[[Session 01]]"]',
			`[[Sam Patel|Sammy]] and Maya argue; [[Jo Li|Jojo]] helps, Jojo listens.\n${DISGUISES.map(([written]) => written).join("\n")}\n`,
		),
	});
	try {
		const out = freshOut();
		const result = portfolioOf(disguised, MAYA_CASE, out);
		expect([result.status, result.stderr]).toEqual([0, ""]);
		const text = readFileSync(join(out, "portfolio.md"), "utf8");
		expect(text).toContain("- Evidence: Partner, Friend, Sister, Session 1.\n\nPartner and Client A argue; Friend helps, Friend listens.\n");
		expect(text).toContain("Coffee with Another person");
		for (const name of readdirSync(out)) {
			const written = readFileSync(join(out, name), "utf8");
			expect([name, disguisesLeft(written), namesIn(written, ["Jojo"])]).toEqual([name, [], []]);
		}
	} finally {
		removeVault(disguised);
	}
});

it("writes nothing when a name would be left, and says where", () => {
	const leaky = makeVault({
		...FILES,
		"IPT/Jordan R/People/Will Okafor.md": note("ipt: person\nname: Will Okafor\nrole: cousin\ncircle: 3"),
		[CASE_PATH]: `${JORDAN_FILES[CASE_PATH] ?? ""}\n## Formulation\n\nThe cousin, Will, helps.\n`,
	});
	try {
		const out = freshOut();
		const result = portfolioOf(leaky, "Jordan Rivera", out);
		expect([result.status, result.stdout]).toEqual([1, ""]);
		expect(result.stderr).toMatch(/^ipt-workbench: Export refused, nothing was written/);
		expect(result.stderr).toMatch(/ {2}"Will" in portfolio\.md, line \d+ \(part of "Will Okafor"/);
		expect(existsSync(out)).toBe(false);
	} finally {
		removeVault(leaky);
	}
});

it("never overwrites a file of a portfolio already there", () => {
	const out = freshOut();
	mkdirSync(out);
	writeFileSync(join(out, "portfolio.md"), "mine\n");
	const result = portfolioOf(vaultFolder(), "Jordan Rivera", out);
	expect([result.status, result.stderr]).toEqual([2, `ipt-workbench: "${out}" already holds portfolio.md; nothing was overwritten or written. Choose another --out folder.\n`]);
	expect(readFileSync(join(out, "portfolio.md"), "utf8")).toBe("mine\n");
});

it.each([
	[["portfolio"], "ipt-workbench: portfolio needs a vault folder and a case: ipt-workbench portfolio <vault> <case> --out <folder>\n"],
	[["portfolio", ".", "Jordan"], "ipt-workbench: portfolio needs --out <folder> (see ipt-workbench portfolio --help).\n"],
	[["portfolio", ".", "Jordan", "extra", "--out", "x"], 'ipt-workbench: unexpected argument "extra" (portfolio takes a vault folder and a case).\n'],
])("exits 2 with a one-line reason for %j", (args, message) => {
	const result = runCli(args);
	expect([result.status, result.stderr]).toEqual([2, message]);
});

it("exits 2 when the case matches none", () => {
	const result = portfolioOf(vaultFolder(), "Nobody", freshOut());
	expect([result.status, result.stderr]).toEqual([2, 'ipt-workbench: case "Nobody" matches no case; give a case note\'s path or a client as written in its note.\n']);
});
