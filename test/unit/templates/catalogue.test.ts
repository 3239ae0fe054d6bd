import type { NoteRecord } from "../../../src/domain/model/records";
import { NOTE_KINDS, PROBLEM_AREAS, SESSION_PHASES } from "../../../src/domain/model/vocabulary";
import { allTemplates, sectionTemplateFor, templateFor, type IptTemplate } from "../../../src/domain/templates/catalogue";
import { renderTemplate, type PlaceholderValues } from "../../../src/domain/templates/render";
import { frontmatterOf, parseText } from "./note-text";

const REALISTIC: Required<PlaceholderValues> = {
	client: "Jordan R",
	date: "2026-03-02",
	session: "5",
	phase: "middle",
	case: "[[Jordan R]]",
	focus: "role-dispute, grief",
};

const HOSTILE = ['a: "b"', "#x", "[[y]]", "it's {{client}}\n---\nipt: case"];

const wholeNotes = allTemplates().filter((t) => t.kind === "note");
const sections = allTemplates().filter((t) => t.kind === "section");
const pathOf = (t: IptTemplate) => `Clients/Jordan R/${t.fileName}`;

function render(t: IptTemplate, values: PlaceholderValues = REALISTIC): string {
	return renderTemplate(t.text, values);
}

describe("the template catalogue", () => {
	it("has unique ids and file names, and sentence-case names", () => {
		expect(new Set(allTemplates().map((t) => t.id)).size).toBe(allTemplates().length);
		expect(new Set(allTemplates().map((t) => t.fileName.toLowerCase())).size).toBe(allTemplates().length);
		for (const t of allTemplates()) {
			expect(t.fileName).toMatch(/^IPT [a-z -]+\.md$/);
			expect(t.name).toMatch(/^[A-Z][a-z ,]+$/);
		}
	});

	it("finds a whole-note template for every note kind and session phase", () => {
		// A supervision note is the trainee's own (its example is in note-format.md); formulations are written by hand.
		const templated = NOTE_KINDS.filter((kind) => kind !== "supervision" && kind !== "formulation" && kind !== "formulation-key");
		for (const kind of templated) expect(templateFor(kind)).toMatchObject({ kind: "note", noteKind: kind });
		for (const phase of SESSION_PHASES) expect(templateFor("session", phase)).toMatchObject({ id: `session-${phase}`, noteKind: "session", phase });
		expect(templateFor("session")).toBe(templateFor("session", "initial"));
		expect(templateFor("person", "final")).toBe(templateFor("person"));
		expect(wholeNotes).toHaveLength(templated.length - 1 + SESSION_PHASES.length);
	});

	it("finds a section for every problem area, plus the three plans", () => {
		for (const area of PROBLEM_AREAS) expect(sectionTemplateFor(area)).toMatchObject({ kind: "section", area, id: `area-${area}` });
		expect(sections.filter((t) => t.area === undefined).map((t) => t.id)).toEqual(["formulation", "termination-plan", "maintenance-plan"]);
	});

	it.each(allTemplates().map((t) => [t.id, t] as const))("%s has its text, and every placeholder in it is a known one", (_id, t) => {
		expect(t.text.trim()).not.toBe("");
		const rendered = render(t);
		expect(rendered).not.toMatch(/\{\{|\}\}/);
		expect(rendered).toContain(t.kind === "section" ? "## " : "# ");
	});

	it.each(sections.map((t) => [t.id, t] as const))("section %s has no frontmatter and starts with its heading", (_id, t) => {
		expect(t.text).toMatch(/^## [A-Z]/);
	});
});

describe("whole-note templates", () => {
	const notes = wholeNotes.map((t) => [t.id, t] as const);

	it.each(notes)("%s is valid YAML before it is rendered", (_id, t) => {
		expect(frontmatterOf(t.text).ipt).toBe(t.noteKind);
	});

	it.each(notes)("%s parses into its kind with no diagnostics, with realistic values", (_id, t) => {
		const parsed = parseText(pathOf(t), render(t));
		expect(parsed.kind).toBe(t.noteKind);
		expect(parsed.diagnostics).toEqual([]);
		expectFilled(parsed.record, REALISTIC.client, "Jordan R");
	});

	it.each(HOSTILE)("each parses into its kind with no errors, with the hostile client %j", (client) => {
		// A link cannot hold `#`, `|` or brackets in its target, so the case link keeps the rest.
		const values = { ...REALISTIC, client, case: `[[${client.replace(/[[\]#|]/g, "")}]]` };
		// A property that still reads `{{client}}` marks a template: the note is left out, and says so.
		const holdsPlaceholder = client.includes("{{client}}");
		for (const t of wholeNotes) {
			const text = render(t, values);
			const parsed = parseText(pathOf(t), text);
			const errors = parsed.diagnostics.filter((d) => d.severity === "error");
			if (holdsPlaceholder) {
				expect(parsed.kind).toBeNull();
				expect(errors.map((d) => d.message)).toEqual([expect.stringMatching(/still holds the template placeholder \{\{client\}\}/)]);
			} else {
				expect(parsed.kind).toBe(t.noteKind);
				expect(errors).toEqual([]);
			}
			if (t.noteKind === "case") expect(frontmatterOf(text).client).toBe(client);
		}
	});

	it.each(HOSTILE)("reads every placeholder back exactly, even %j", (value) => {
		for (const t of wholeNotes) {
			const fm = frontmatterOf(render(t, { client: value, case: value, date: value, session: value, focus: value }));
			if ("case" in fm) expect(fm.case).toBe(value);
			if ("date" in fm) expect(fm.date).toBe(value);
			if ("session" in fm) expect(fm.session).toBe(value);
			if ("client" in fm) expect(fm.client).toBe(value);
			if ("focus" in fm) expect(fm.focus).toEqual([value]);
		}
	});
});

function expectFilled(record: NoteRecord | null, client: string, caseTarget: string): void {
	switch (record?.kind) {
		case "case":
			expect(record).toMatchObject({ client, start: { text: REALISTIC.date }, focus: ["role-dispute", "grief"] });
			break;
		case "session":
			expect(record).toMatchObject({ session: 5, date: { text: REALISTIC.date }, focus: ["role-dispute", "grief"], caseLink: { target: caseTarget } });
			break;
		case "event":
			expect(record).toMatchObject({ date: { text: REALISTIC.date }, type: "other", caseLink: { target: caseTarget } });
			break;
		case "person":
			expect(record).toMatchObject({ status: "living", circle: null, caseLink: { target: caseTarget } });
			break;
		default:
			throw new Error("expected a record");
	}
}
