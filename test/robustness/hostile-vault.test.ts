import { chmodSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { makeVault, note, removeVault, runCli } from "../support/cli";

interface Report {
	cases: { path: string; people: { path: string }[] }[];
	diagnostics: { path: string; field: string; severity: string; message: string }[];
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

describe("the command-line tool on a hostile vault", () => {
	let vault: string;

	beforeAll(() => {
		const longFrontmatter = Array.from({ length: 10_000 }, (_, i) => `key${i}: value ${i}`).join("\n");
		vault = makeVault({
			"IPT/Ann/Ann.md": note("ipt: case\nclient: A.K."),
			"IPT/Ann/Mum.md": note("ipt: person\nrole: mother\ncircle: 1"),
			"IPT/Ann/Binary.md": new Uint8Array([0x00, 0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]),
			"IPT/Ann/Latin1.md": new Uint8Array([...Buffer.from("---\nipt: person\nrole: "), 0xe9, ...Buffer.from("poux\n---\n")]),
			"IPT/Ann/Huge.md": note("ipt: person\nrole: friend\ncircle: 2", "lorem ipsum ".repeat(450_000)),
			"IPT/Ann/Long frontmatter.md": note(`ipt: person\nrole: cousin\ncircle: 3\n${longFrontmatter}`),
			"IPT/Ann/Bom.md": "\uFEFF---\nipt: person\nrole: sister\ncircle: 2\n---\n",
			"IPT/Ann/Crlf.md": "---\r\nipt: person\r\nrole: brother\r\ncircle: 2\r\n---\r\nText\r\n",
			"IPT/Ann/Empty.md": "",
			"IPT/Ann/Secret.md": note("ipt: person\nrole: partner\ncircle: 1"),
			"IPT/Ann/Proto.md": note('ipt: person\n__proto__: {"polluted": true}\nconstructor: 3\ncircle: 1'),
		});
		symlinkSync(join(vault, "IPT"), join(vault, "IPT", "Ann", "Loop"));
		symlinkSync(join(vault, "nowhere.md"), join(vault, "IPT", "Ann", "Dangling.md"));
		mkdirSync(join(vault, "IPT", "Ann", "Folder.md"));
		chmodSync(join(vault, "IPT", "Ann", "Secret.md"), 0o000);
	});
	afterAll(() => {
		chmodSync(join(vault, "IPT", "Ann", "Secret.md"), 0o644);
		removeVault(vault);
	});

	it("finishes with a diagnostic for each bad file and reports the rest", () => {
		const result = runCli(["report", vault, "--json", "--today", "2026-11-25"]);
		expect(result.status).toBe(0);
		const report = JSON.parse(result.stdout) as Report;
		const byPath = new Map(report.diagnostics.map((d) => [d.path, d]));
		expect(byPath.get("IPT/Ann/Binary.md")).toMatchObject({ field: "file", severity: "error", message: expect.stringMatching(/not valid UTF-8/) as unknown });
		expect(byPath.get("IPT/Ann/Latin1.md")).toMatchObject({ field: "file", severity: "error" });
		expect(byPath.get("IPT/Ann/Dangling.md")).toMatchObject({ field: "file", severity: "error", message: expect.stringMatching(/ENOENT/) as unknown });
		if (!isRoot) expect(byPath.get("IPT/Ann/Secret.md")).toMatchObject({ field: "file", message: expect.stringMatching(/EACCES/) as unknown });
		const people = report.cases[0]?.people.map((p) => p.path) ?? [];
		// Big, BOM, CRLF and the 10,000-line frontmatter are all read; the symlink loop is walked once.
		expect(people).toEqual(expect.arrayContaining(["IPT/Ann/Bom.md", "IPT/Ann/Crlf.md", "IPT/Ann/Huge.md", "IPT/Ann/Long frontmatter.md", "IPT/Ann/Mum.md", "IPT/Ann/Proto.md"]));
		expect(report.cases.map((c) => c.path)).toEqual(["IPT/Ann/Ann.md"]);
		expect(people.some((p) => p.includes("Loop"))).toBe(false);
		expect(result.stdout).not.toMatch(/polluted/);
	});

	it("validate exits 1 because of the unreadable files", () => {
		const result = runCli(["validate", vault]);
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/IPT\/Ann\/Binary\.md/);
	});
});
