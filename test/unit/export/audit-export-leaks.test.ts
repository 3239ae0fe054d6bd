// Leaks a de-identified export must not have: a nickname in a link's words, a calendar date in a role.
import { fileText, namesIn, run } from "./export-support";
import { JORDAN_FILES, loadCase } from "./jordan-case";

function withNote(path: string, text: string): Record<string, string> {
	return { ...JORDAN_FILES, [path]: text };
}

describe("the de-identified export", () => {
	it("replaces a link to a name of the case by its label, never keeping the link's own words", () => {
		const files = withNote("IPT/Jordan R/Sessions/Session 06.md", "---\nipt: session\nsession: 6\ndate: 2026-10-13\nhomework: [\"Write to [[Maria|Mimi]]\"]\n---\n[[Jordan Rivera|Jo-Jo Bean]] laughed.\n");
		const summary = fileText(run(loadCase(files), { includeBodies: true }), "summary.md");
		expect(namesIn(summary, ["Mimi", "Jo-Jo Bean"])).toEqual([]);
		expect(summary).toContain("Write to Mother");
		expect(summary).toContain("Client A laughed.");
	});

	it("makes a date in a role relative, as every other date", () => {
		const files = withNote("IPT/Jordan R/People/Pat.md", "---\nipt: person\nname: Pat Okafor\nrole: boss since 2025-02-03\ncircle: 3\n---\n");
		const result = run(loadCase(files));
		for (const name of ["summary.md", "closeness-circle.svg"]) expect(fileText(result, name)).not.toContain("2025-02-03");
		expect(fileText(result, "summary.md")).toContain("| Boss since 18 months before start |");
	});
});

describe("the de-identified summary's statement", () => {
	it("warns that only YYYY-MM-DD dates are recognised whenever free text with another date is shown, bodies or not", () => {
		const files = withNote("IPT/Jordan R/Sessions/Session 06.md", '---\nipt: session\nsession: 6\ndate: 2026-10-13\nhomework: ["Phone the clinic on 14 March"]\n---\n');
		const summary = fileText(run(loadCase(files)), "summary.md");
		expect(summary).toContain("Phone the clinic on 14 March");
		expect(summary).toContain("only dates written as YYYY-MM-DD are recognised");
	});
});
