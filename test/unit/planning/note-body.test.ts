import { homeworkSection, templateParts, withSection } from "../../../src/domain/planning/note-body";

describe("templateParts", () => {
	it("cuts a template into its YAML and its body", () => {
		expect(templateParts("---\nipt: case\n---\n# Jo\n\nText\n")).toEqual({ yaml: "ipt: case\n", body: "# Jo\n\nText\n" });
	});

	it("treats a template without frontmatter as all body", () => {
		expect(templateParts("# Jo\n")).toEqual({ yaml: null, body: "# Jo\n" });
		expect(templateParts("---\nno closing fence\n")).toEqual({ yaml: null, body: "---\nno closing fence\n" });
	});
});

describe("homeworkSection", () => {
	it("lists last session's homework as a checklist", () => {
		expect(homeworkSection({ number: 6, paths: [], homework: ["Call Ann", "Walk daily"] })).toBe(
			"## Homework to review\nFrom session 6:\n- [ ] Call Ann\n- [ ] Walk daily\n",
		);
	});

	it("says so when none was recorded", () => {
		expect(homeworkSection({ number: 2, paths: [], homework: [] })).toBe("## Homework to review\n- No homework was recorded in session 2.\n");
	});
});

describe("withSection", () => {
	const section = "## Homework to review\n- x\n";

	it("goes before the first second-level heading, after the title", () => {
		expect(withSection("# Session 3\n\nFocus: grief\n\n## Mood\n- a\n", section)).toBe("# Session 3\n\nFocus: grief\n\n## Homework to review\n- x\n\n## Mood\n- a\n");
	});

	it("goes at the end of a body without one", () => {
		expect(withSection("# Session 3\n", section)).toBe("# Session 3\n\n## Homework to review\n- x\n");
		expect(withSection("", section)).toBe(section);
	});

	it("does not mistake a third-level heading for one", () => {
		expect(withSection("### Notes\n", section)).toBe("### Notes\n\n## Homework to review\n- x\n");
	});
});
