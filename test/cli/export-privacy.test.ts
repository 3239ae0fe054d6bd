// The hostile tester's findings against `ipt-workbench export`, run as a user would:
// frontmatter behind an odd fence, comments and hidden HTML in the notes' text, dates
// that a folder name or the window's end would give back.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { makeVault, note, removeVault, runCli } from "../support/cli";

const NBSP = "\u00A0";
const CASE = "IPT/A/A.md";
const SESSION = "IPT/A/Sessions/Session 1.md";
const SECRETS = ["12 Elm Road", "555 0100", "4471", "2026-"];

function caseFiles(sessionNote: string): Record<string, string> {
	return {
		[CASE]: note("ipt: case\nclient: A.B.\nstart: 2026-01-05\nonset: 2025-11"),
		[SESSION]: sessionNote,
		"IPT/A/Sessions/Session 2.md": note("ipt: session\nsession: 2\ndate: 2026-01-12\nphq9: 10"),
	};
}

let outs: string;
const vaults: string[] = [];
beforeAll(() => {
	outs = makeVault({});
});
afterAll(() => {
	for (const vault of [...vaults, outs]) removeVault(vault);
});

function vaultOf(files: Record<string, string>): string {
	const vault = makeVault(files);
	vaults.push(vault);
	return vault;
}

let count = 0;
function exportOf(files: Record<string, string>, ...extra: string[]): { status: number | null; stderr: string; summary: string } {
	count += 1;
	const out = join(outs, `out ${count}`);
	const result = runCli(["export", vaultOf(files), "--case", CASE, "--out", out, "--today", "2026-02-01", ...extra]);
	const summary = existsSync(join(out, "summary.md")) ? readFileSync(join(out, "summary.md"), "utf8") : "";
	return { status: result.status, stderr: result.stderr, summary };
}

/** The part of the summary that holds the notes' text. */
function notesSection(summary: string): string {
	return summary.slice(summary.indexOf("## Notes"));
}

describe("the notes' text (--include-bodies)", () => {
	it("never carries the properties of a note whose opening fence ends in a no-break space", () => {
		const text = `---${NBSP}\nipt: session\nsession: 1\ndate: 2026-01-05\nphq9: 12\naddress: 12 Elm Road\nphone: 555 0100\nrecord: 4471\n---\nFirst meeting.\n`;
		const { status, summary } = exportOf(caseFiles(text), "--include-bodies", "--identified");
		expect(status).toBe(0);
		// Read as frontmatter: session 1 is in the case, with its score.
		expect(summary).toContain("| 1 | 2026-01-05 | 12 |");
		expect(notesSection(summary)).toContain("First meeting.");
		for (const secret of ["12 Elm Road", "555 0100", "4471"]) expect(summary).not.toContain(secret);
	});

	it("leaves out comments and hidden HTML, inline and over lines", () => {
		const body = [
			"Seen today %%phone 555 0100%%.",
			"%%",
			"Address: 12 Elm Road",
			"%%",
			"Talked <!-- record 4471 --> about work.",
			"<!--",
			"record 4471",
			"-->",
			'<span style="display:none">12 Elm Road</span><div hidden>555 0100</div>Ended on time.',
		].join("\n");
		const { status, summary } = exportOf(caseFiles(note("ipt: session\nsession: 1\ndate: 2026-01-05\nphq9: 12", body)), "--include-bodies");
		expect(status).toBe(0);
		const notes = notesSection(summary);
		expect(notes).toContain("Seen today .");
		expect(notes).toContain("Talked  about work.");
		expect(notes).toContain("Ended on time.");
		for (const secret of SECRETS) expect([secret, summary.includes(secret)]).toEqual([secret, false]);
	});
});

describe("dates", () => {
	it("gives the look-back window no end when de-identified: the latest session or the export's day would date every week", () => {
		const { status, summary } = exportOf(caseFiles(note("ipt: session\nsession: 1\ndate: 2026-01-05\nphq9: 12")));
		expect(status).toBe(0);
		expect(summary).toContain("- Look-back window: from 14 months before start (12 months before onset) to the present");
		expect(summary).toContain("The day of the export is neither given nor counted from.");
		expect(summary).not.toMatch(/\d{4}-\d{2}|week 2 \(|to week/);
	});
});

describe("writing", () => {
	const FULL_DISK = { NODE_OPTIONS: `--import ${pathToFileURL(resolve(__dirname, "../support/full-disk.mjs")).href}`, IPT_FULL_DISK_AT: "measures.svg" };
	const EXPORTED = ["closeness-circle.svg", "measures.svg", "summary.md"];
	let vault: string;
	beforeAll(() => {
		vault = vaultOf(caseFiles(note("ipt: session\nsession: 1\ndate: 2026-01-05\nphq9: 12")));
	});

	function exportTo(out: string, env?: Record<string, string>) {
		return runCli(["export", vault, "--case", CASE, "--out", out, "--today", "2026-02-01", "--identified"], undefined, env);
	}

	it("leaves nothing behind when the disk fills up, not even the folders it made, and the retry works", () => {
		const parent = join(outs, "full disk");
		const out = join(parent, "summary");
		const failed = exportTo(out, FULL_DISK);
		expect([failed.status, failed.stderr]).toEqual([2, `ipt-workbench: cannot write into --out "${out}" (ENOSPC); nothing was written.\n`]);
		expect(existsSync(parent)).toBe(false);
		const retried = exportTo(out);
		expect([retried.status, retried.stderr]).toEqual([0, ""]);
		expect(readdirSync(out).sort()).toEqual(EXPORTED);
		expect(readdirSync(parent)).toEqual(["summary"]);
	});

	it("leaves a folder that was there as it was when the disk fills up, and the retry works", () => {
		const out = join(outs, "shared folder");
		mkdirSync(out);
		writeFileSync(join(out, "agenda.md"), "Supervision agenda\n");
		const failed = exportTo(out, FULL_DISK);
		expect(failed.status).toBe(2);
		expect(readdirSync(out)).toEqual(["agenda.md"]);
		expect(exportTo(out).status).toBe(0);
		expect(readdirSync(out).sort()).toEqual(["agenda.md", ...EXPORTED]);
		expect(readFileSync(join(out, "agenda.md"), "utf8")).toBe("Supervision agenda\n");
	});

	(process.platform === "win32" ? it.skip : it)("makes the files readable by their owner only, and the folder it makes too", () => {
		const out = join(outs, "private", "summary");
		expect(exportTo(out).status).toBe(0);
		expect((statSync(out).mode & 0o777).toString(8)).toBe("700");
		expect((statSync(join(outs, "private")).mode & 0o777).toString(8)).toBe("700");
		for (const name of EXPORTED) expect([name, (statSync(join(out, name)).mode & 0o777).toString(8)]).toEqual([name, "600"]);
	});
});
