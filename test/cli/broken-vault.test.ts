import { makeVault, note, removeVault, runCli } from "../support/cli";

interface JsonReport {
	vault: string;
	cases: { path: string; client: string; people: { path: string }[] }[];
	diagnostics: { path: string; field: string; severity: string; message: string }[];
}

describe("a vault with broken notes", () => {
	let vault: string;

	beforeAll(() => {
		vault = makeVault({
			"IPT/Ann/Ann.md": note("ipt: case\nclient: A.K."),
			"IPT/Ann/Mum.md": note("ipt: person\nrole: mother\ncircle: 1"),
			"IPT/Ann/Broken.md": note("ipt: person\nrole: [unclosed\ncircle: 1"),
			"IPT/Ann/Far.md": note("ipt: person\ncircle: 9\ncirle: 2"),
			"IPT/Ann/Unclosed.md": "---\nipt: session\nsession: 2\n",
			"IPT/Ben/Ben.md": "\uFEFF---\r\nipt: case\r\nclient: B.L.\r\n---\r\nBody\r\n",
			"IPT/Ben/Dad.md": "---\r\nipt: person\r\ncircle: 2\r\n---\r\n",
			".obsidian/Hidden.md": note("ipt: case\nclient: Hidden"),
			".trash/Old.md": note("ipt: case\nclient: Old"),
			"Daily/2026-11-20.md": note("tags: [daily]\nmood: [broken"),
			"Loose person.md": note("ipt: person\ncircle: 1"),
		});
	});
	afterAll(() => removeVault(vault));

	it("validate lists every problem with file and field, and exits 1", () => {
		const result = runCli(["validate", vault]);
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/IPT\/Ann\/Broken\.md\n\s+error\s+the frontmatter is not valid YAML/);
		// Errors before warnings within a file, as Validate notes lists them.
		expect(result.stdout).toMatch(/IPT\/Ann\/Far\.md\n\s+error\s+circle: 9 is not a closeness ring/);
		expect(result.stdout).toMatch(/warning cirle: did you mean circle\?/);
		expect(result.stdout).toMatch(/IPT\/Ann\/Unclosed\.md\n\s+error\s+the frontmatter has no closing ---/);
		expect(result.stdout).toMatch(/Loose person\.md\n\s+error\s+no case link/);
		// Ordinary notes are none of our business, even with broken YAML.
		expect(result.stdout).not.toMatch(/Daily/);
	});

	it("report keeps every usable note and exits 0", () => {
		const result = runCli(["report", vault, "--json", "--today", "2026-11-25"]);
		expect(result.status).toBe(0);
		const report = JSON.parse(result.stdout) as JsonReport;
		expect(report.vault).toBe(vault);
		expect(report.cases.map((c) => [c.path, c.client])).toEqual([
			["IPT/Ann/Ann.md", "A.K."],
			["IPT/Ben/Ben.md", "B.L."],
		]);
		expect(report.cases[0]?.people.map((p) => p.path)).toEqual(["IPT/Ann/Far.md", "IPT/Ann/Mum.md"]);
		expect(report.cases[1]?.people.map((p) => p.path)).toEqual(["IPT/Ben/Dad.md"]);
		expect(report.diagnostics.map((d) => [d.path, d.field, d.severity])).toEqual([
			["IPT/Ann/Broken.md", "frontmatter", "error"],
			["IPT/Ann/Far.md", "cirle", "warning"],
			["IPT/Ann/Far.md", "circle", "error"],
			["IPT/Ann/Unclosed.md", "frontmatter", "error"],
			["Loose person.md", "case", "error"],
		]);
	});

	it("with --case keeps the broken notes of the case's folder, which no case could claim", () => {
		const result = runCli(["report", vault, "--json", "--case", "A.K.", "--today", "2026-11-25"]);
		const report = JSON.parse(result.stdout) as JsonReport;
		expect(report.diagnostics.map((d) => d.path)).toEqual(["IPT/Ann/Broken.md", "IPT/Ann/Far.md", "IPT/Ann/Far.md", "IPT/Ann/Unclosed.md"]);
	});

	it("a valid vault validates with exit 0", () => {
		const clean = makeVault({ "IPT/A/A.md": note("ipt: case\nclient: A"), "IPT/A/Mum.md": note("ipt: person\ncircle: 1") });
		try {
			const result = runCli(["validate", clean]);
			expect(result.status).toBe(0);
			expect(result.stdout).toMatch(/0 errors, 0 warnings/);
		} finally {
			removeVault(clean);
		}
	});
});

it("puts every case's open safety items at the top of the text report", () => {
	const vault = makeVault({
		"IPT/A/A.md": note("ipt: case\nclient: A.A."),
		"IPT/A/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-11-01\nphq9: 5"),
		"IPT/B/B.md": note("ipt: case\nclient: B.B."),
		"IPT/B/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-11-02\nphq9_items: [1, 1, 1, 1, 1, 1, 1, 1, 2]"),
	});
	try {
		const lines = runCli(["report", vault, "--today", "2026-11-25"]).stdout.split("\n");
		expect(lines[2]).toBe("OPEN SAFETY ITEMS in all cases: follow up with the client in this session");
		expect(lines[3]).toBe("  ! B.B.: PHQ-9 item 9 scored 2, raised in session 1, 23 days ago (2026-11-02): IPT/B/Session 01.md");
		expect(lines.indexOf("== A.A. (IPT/A/A.md)")).toBeGreaterThan(3);
	} finally {
		removeVault(vault);
	}
});
