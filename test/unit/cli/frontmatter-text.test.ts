import { readFrontmatter } from "../../../src/cli/frontmatter-text";

describe("reading frontmatter as Obsidian does", () => {
	it("reads the block between the first two --- lines", () => {
		expect(readFrontmatter("a.md", "---\nipt: case\nclient: A\n---\n# Body\n---\nmore").frontmatter).toEqual({ ipt: "case", client: "A" });
	});

	it("handles a byte-order mark and CRLF line ends", () => {
		expect(readFrontmatter("a.md", "\uFEFF---\r\nipt: person\r\ncircle: 2\r\n---\r\nBody").frontmatter).toEqual({ ipt: "person", circle: 2 });
	});

	it("keeps dates as strings and empty properties as null, like Obsidian", () => {
		expect(readFrontmatter("a.md", "---\nipt: event\ndate: 2026-04-15\npeople:\n---\n").frontmatter).toEqual({
			ipt: "event",
			date: "2026-04-15",
			people: null,
		});
	});

	it("reads the unquoted link form as YAML does: a nested list", () => {
		expect(readFrontmatter("a.md", "---\nipt: person\ncase: [[Jordan R]]\n---\n").frontmatter).toEqual({ ipt: "person", case: [["Jordan R"]] });
	});

	it("ignores notes whose frontmatter has no ipt key without parsing it", () => {
		expect(readFrontmatter("a.md", "---\ntags: [unclosed\n---\n")).toEqual({ frontmatter: undefined, diagnostics: [], textSafety: [] });
	});

	it("needs --- on the very first line", () => {
		expect(readFrontmatter("a.md", "\n---\nipt: case\n---\n").frontmatter).toBeUndefined();
		expect(readFrontmatter("a.md", "").frontmatter).toBeUndefined();
		expect(readFrontmatter("a.md", "---").frontmatter).toBeUndefined();
	});

	it("reports YAML that cannot be parsed, naming the file and the field", () => {
		const read = readFrontmatter("IPT/a.md", "---\nipt: case\nclient: [A\n---\n");
		expect(read.frontmatter).toBeUndefined();
		expect(read.diagnostics).toEqual([
			{ path: "IPT/a.md", field: "frontmatter", severity: "error", message: expect.stringContaining("not valid YAML") as unknown },
		]);
	});

	it("reports an IPT block that is never closed", () => {
		expect(readFrontmatter("a.md", "---\nipt: case\nclient: A\n").diagnostics[0]?.message).toMatch(/no closing ---/);
	});
});
