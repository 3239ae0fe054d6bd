import { parse } from "yaml";
import { parseNote } from "../../../src/domain/parse-note";
import { allTemplates } from "../../../src/domain/templates/catalogue";
import { checkTemplate } from "../../../src/index/check-template";

const parseYaml = (yaml: string): unknown => parse(yaml) as unknown;

describe("checkTemplate", () => {
	it.each(allTemplates().map((t) => [t.fileName, t.text]))("finds nothing wrong in the bundled %s", (fileName, text) => {
		expect(checkTemplate(`Templates/${fileName}`, text, parseYaml).diagnostics).toEqual([]);
	});

	it("names the template file and the field of each typo", () => {
		const person = checkTemplate("Templates/Person.md", '---\nipt: person\ncase: "{{case}}"\nrole: mother\ncirle: 2\n---\n', parseYaml);
		expect(person.isIptTemplate).toBe(true);
		expect(person.diagnostics).toEqual([expect.objectContaining({ path: "Templates/Person.md", field: "cirle" })]);
		expect(person.diagnostics[0]?.message).toContain("circle");
		const kase = checkTemplate("Templates/Case.md", '---\nipt: case\nclient: "{{client}}"\nprotocol: standrad\n---\n', parseYaml);
		expect(kase.diagnostics).toEqual([expect.objectContaining({ path: "Templates/Case.md", field: "protocol", severity: "error" })]);
	});

	it("reports an unclosed list as YAML the template's notes could not be read from", () => {
		const checked = checkTemplate("Templates/Session.md", '---\nipt: session\nsession: "{{session}}"\nhomework: [call\n---\n', parseYaml);
		expect(checked.diagnostics).toEqual([expect.objectContaining({ path: "Templates/Session.md", field: "frontmatter", severity: "error" })]);
	});

	it("says which placeholder no sample value fills", () => {
		const checked = checkTemplate("Templates/Case.md", '---\nipt: case\nclient: "{{title}}"\n---\n', parseYaml);
		expect(checked.diagnostics).toEqual([expect.objectContaining({ field: "client" })]);
		expect(checked.diagnostics[0]?.message).toContain("{{title}}");
	});

	it("passes over a template that makes no IPT note", () => {
		expect(checkTemplate("Templates/Daily.md", "---\ndate: {{date}}\n---\n# {{title}}\n", parseYaml)).toEqual({ isIptTemplate: false, diagnostics: [] });
	});
});

describe("a note that still holds a placeholder", () => {
	it("is never a case, and says which property holds what", () => {
		const parsed = parseNote("Templates/Case.md", { ipt: "case", client: "{{client}}", protocol: "standard" });
		expect(parsed.kind).toBeNull();
		expect(parsed.record).toBeNull();
		expect(parsed.diagnostics).toEqual([expect.objectContaining({ path: "Templates/Case.md", field: "client", severity: "error" })]);
		expect(parsed.diagnostics[0]?.message).toContain("still holds the template placeholder {{client}}");
	});

	it("is found in a list and in a key", () => {
		const inList = parseNote("a.md", { ipt: "case", client: "A", focus: ["{{ focus }}"] }).diagnostics[0];
		expect(inList).toMatchObject({ field: "focus" });
		expect(inList?.message).toContain("{{ focus }}");
		expect(parseNote("b.md", { ipt: "session", start: { "{{date}}": null } }).diagnostics[0]).toMatchObject({ field: "start" });
	});

	it("still raises its safety answers", () => {
		expect(parseNote("c.md", { ipt: "session", session: "{{session}}", phq9_item9: 2 }).safety).toEqual([expect.objectContaining({ key: "phq9_item9" })]);
	});

	it("leaves braces that are no placeholder alone", () => {
		expect(parseNote("d.md", { ipt: "case", client: "A {b}", protocol: "standard" }).kind).toBe("case");
	});
});
