// `ipt-workbench export` run as a user would, on a case whose names are everywhere.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportVault, makeVault, removeVault, runCli } from "../support/cli";
import { namesIn, sections } from "../unit/export/export-support";
import { DISGUISED_FILES, disguisesLeft, MAYA_CASE } from "../unit/privacy/disguised-names.fixture";
import { CASE_PATH, JORDAN_FILES, JORDAN_NAMES, JORDAN_WITH_WILL, TODAY, WILL_PATH } from "../unit/export/jordan-case";

const { vault: vaultFolder, freshOut } = exportVault({ ...JORDAN_FILES, "IPT/Other/Other.md": "---\nipt: case\nclient: Other\n---\n" });

function exportTo(out: string, ...extra: string[]) {
	return runCli(["export", vaultFolder(), "--case", "Jordan Rivera", "--out", out, "--today", TODAY, ...extra]);
}

function read(out: string): Map<string, string> {
	return new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name), "utf8")]));
}

describe("a de-identified export (the default)", () => {
	let out: string;
	let result: ReturnType<typeof runCli>;

	beforeAll(() => {
		out = freshOut();
		result = exportTo(out, "--include-bodies");
	});

	it("writes the summary and its pictures into the --out folder and says so", () => {
		expect(result.status).toBe(0);
		expect(result.stderr).toBe("");
		expect(result.stdout).toBe(`Wrote a de-identified summary to ${out}: summary.md, closeness-circle.svg, measures.svg.\nPseudonymised, not anonymised. Read it through before sharing it.\n`);
		expect([...read(out).keys()].sort()).toEqual(["closeness-circle.svg", "measures.svg", "summary.md"]);
	});

	it("leaves no name of the case in any file, in any spelling or letter case", () => {
		for (const [name, text] of read(out)) expect([name, namesIn(text, JORDAN_NAMES)]).toEqual([name, []]);
	});

	it("gives every date relative to the first session", () => {
		for (const [name, text] of read(out)) expect([name, text.match(/\d{4}-\d{2}/g)]).toEqual([name, null]);
		expect(read(out).get("summary.md")).toContain("| 5 | week 6 | 10 | 9 |");
	});

	it("carries the clinical picture, section by section", () => {
		const summary = sections(read(out).get("summary.md") ?? "");
		expect([...summary.keys()]).toEqual(["", "Client", "Interpersonal inventory", "Timeline", "Measures", "Problem areas", "Focus", "What is due", "Homework", "Safety items", "Notes"]);
		expect(summary.get("")?.slice(0, 4)).toEqual([
			"# Case summary: Client A",
			"> [!danger] Open safety items: follow up with the client in this session",
			"> - PHQ-9 item 9 scored 2 in session 5 (week 6): not reviewed yet.",
			"> [!note] Pseudonymised, not anonymised.",
		]);
		expect(summary.get("Client")).toContain("- Progress: Session 5 of 16 – middle phase");
		expect(summary.get("Interpersonal inventory")).toContain("| Mother | 1 | daily | 1 of 3 | 3 of 3 | living | Impasse | no | – | Sister |");
		expect(summary.get("Interpersonal inventory")).toContain("![Closeness circle of Client A](closeness-circle.svg)");
		expect(summary.get("Timeline")).toContain("| 3 months before start | Job loss (transition) | yes | Friend |");
		expect(summary.get("Measures")).toContain("![PHQ-9 scores of Client A](measures.svg)");
		expect(summary.get("Problem areas")).toContain("| Role dispute | Strong | yes |");
		expect(summary.get("Focus")).toEqual(["Agreed with the client: Role dispute."]);
		expect(summary.get("What is due")).toEqual(["Nothing is due."]);
		expect(summary.get("Homework")).toContain("| 4 | week 4 | Role-play with Client A's Mother | Not done (reviewed in session 5) |");
		expect(summary.get("Safety items")).toContain("| **Open** | PHQ-9 item 9 | 2 | 5 | week 6 |");
		expect(summary.get("Notes")).toContain("Client A and Mother argued 1 month before start; see Conflict.");
	});

	it("leaves the note bodies out unless asked for", () => {
		const bare = freshOut();
		expect(exportTo(bare).status).toBe(0);
		expect(read(bare).get("summary.md")).not.toContain("## Notes");
	});

	it("finds the case by its note's path too", () => {
		const byPath = freshOut();
		const byClient = freshOut();
		expect(runCli(["export", vaultFolder(), "--case", CASE_PATH, "--out", byPath, "--today", TODAY]).status).toBe(0);
		expect(exportTo(byClient).status).toBe(0);
		expect(read(byPath).get("summary.md")).toBe(read(byClient).get("summary.md"));
	});
});

describe("an identified export", () => {
	it("keeps the names and dates", () => {
		const out = freshOut();
		const result = exportTo(out, "--identified", "--include-bodies");
		expect(result.status).toBe(0);
		expect(result.stdout).toBe(`Wrote an identified summary to ${out}: summary.md, closeness-circle.svg, measures.svg.\n`);
		const summary = read(out).get("summary.md") ?? "";
		expect(namesIn(summary, ["Jordan Rivera", "JORDAN", "María Rivera", "Sam O'Neil", "Christopher Lee", "Jojo", "Lost job at Acme"])).toHaveLength(7);
		expect(summary).toContain("| 2026-05-20 | Lost job at Acme | Job loss (transition) | yes | Christopher Lee |");
		expect(read(out).get("closeness-circle.svg")).toContain("Sam O&apos;Neil");
	});
});

describe("names the notes disguise", () => {
	it("replaces each, a nickname known only from a link in a note's text, and another client's name", () => {
		const disguised = makeVault(DISGUISED_FILES);
		try {
			const out = freshOut();
			const result = runCli(["export", disguised, "--case", MAYA_CASE, "--out", out, "--today", TODAY, "--include-bodies"]);
			expect(result.status).toBe(0);
			const summary = read(out).get("summary.md") ?? "";
			expect(summary).toContain("Coffee with Another person");
			expect(summary).toContain("Partner came");
			expect(summary).not.toMatch(/Sammy|Jordan|Maya|STRAUSS/);
			for (const [name, text] of read(out)) expect([name, disguisesLeft(text)]).toEqual([name, []]);
		} finally {
			removeVault(disguised);
		}
	});
});

describe("refusal", () => {
	it("writes nothing when a name would be left, and says where each was found and where it comes from", () => {
		const leaky = makeVault(JORDAN_WITH_WILL);
		try {
			const out = freshOut();
			const result = runCli(["export", leaky, "--case", "Jordan Rivera", "--out", out, "--today", TODAY]);
			expect(result.status).toBe(1);
			expect(result.stdout).toBe("");
			const lines = result.stderr.trimEnd().split("\n");
			expect(lines[0]).toBe("ipt-workbench: Export refused, nothing was written: the de-identified summary would still contain names from the notes.");
			const source = `(part of "Will Okafor", name of "${WILL_PATH}"; also an everyday word, which the export cannot replace: reword it where it stands alone)`;
			expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^ {2}"Will" in summary\\.md, line \\d+ ${escape(source)}$`))]));
			expect(lines[lines.length - 1]).toMatch(/^Change what gives the name away/);
			expect(existsSync(out)).toBe(false);
		} finally {
			removeVault(leaky);
		}
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("never overwriting", () => {
	it("exits 2 with a one-line reason when the folder already holds an export's file, and leaves it as it was", () => {
		const out = freshOut();
		expect(exportTo(out).status).toBe(0);
		writeFileSync(join(out, "summary.md"), "my own notes");
		const again = exportTo(out, "--identified");
		expect(again.status).toBe(2);
		expect(again.stdout).toBe("");
		expect(again.stderr.trim().split("\n")).toEqual([`ipt-workbench: "${out}" already holds summary.md, closeness-circle.svg, measures.svg; nothing was overwritten or written. Choose another --out folder.`]);
		expect(read(out).get("summary.md")).toBe("my own notes");
		expect(read(out).get("closeness-circle.svg")).not.toContain("Jordan");
	});

	it("writes into an existing folder that holds other files", () => {
		const out = freshOut();
		mkdirSync(out);
		writeFileSync(join(out, "readme.txt"), "mine");
		expect(exportTo(out).status).toBe(0);
		expect([...read(out).keys()].sort()).toEqual(["closeness-circle.svg", "measures.svg", "readme.txt", "summary.md"]);
	});
});

describe("usage", () => {
	it.each([
		[["export", "."], /export needs --case <path or client>/],
		[["export", ".", "--case", "X"], /export needs --out <folder>/],
		[["export", ".", "--case", "X", "--out", "o", "--today", "tomorrow"], /--today "tomorrow" is not a date/],
	])("exits 2 with a one-line reason for %j", (args, reason) => {
		const result = runCli(args);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(reason);
		expect(result.stderr.trim().split("\n")).toHaveLength(1);
	});

	it("exits 2 when --case matches no case", () => {
		const result = runCli(["export", vaultFolder(), "--case", "Nobody", "--out", freshOut()]);
		expect([result.status, result.stderr]).toEqual([2, expect.stringMatching(/--case "Nobody" matches no case/) as unknown]);
	});

	it("prints its help", () => {
		const result = runCli(["export", "--help"]);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^Usage: ipt-workbench export <vault> --case/);
		expect(runCli(["--help"]).stdout).toMatch(/ipt-workbench export <vault> --case <path or client> --out <folder>/);
	});
});
