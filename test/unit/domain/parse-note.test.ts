import { parse } from "yaml";
import { NOTE_KINDS } from "../../../src/domain/model/vocabulary";
import { parseNote } from "../../../src/domain/parse-note";
import { parseAs, said } from "./parse-helpers";

describe("parseNote: which notes are IPT notes", () => {
	test.each([
		["no frontmatter", undefined],
		["null", null],
		["a string", "ipt: case"],
		["a number", 3],
		["a list", [{ ipt: "case" }]],
		["a Date", new Date(0)],
		["an object without ipt", { tags: ["journal"], title: "Monday" }],
		["an ipt key inherited, not own", Object.create({ ipt: "case" }) as unknown],
	])("%s is not an IPT note: no record, no diagnostics", (_label, frontmatter) => {
		expect(parseNote("Daily/2026-03-01.md", frontmatter)).toEqual({ path: "Daily/2026-03-01.md", kind: null, record: null, diagnostics: [], safety: [] });
	});

	test.each(NOTE_KINDS.map((kind) => [kind]))("ipt %s is read without regard to case or surrounding space", (kind) => {
		const parsed = parseNote("n.md", { ipt: ` ${kind.toUpperCase()} ` });
		expect(parsed.kind).toBe(kind);
		expect(parsed.record?.kind).toBe(kind);
	});

	test.each([
		["client", '"client"'],
		[5, "5"],
		[["case"], '["case"]'],
		[true, "true"],
	])("an unknown ipt value %j is an error and gives no record", (value, shown) => {
		const parsed = parseNote("Notes/x.md", { ipt: value, client: "J" });
		expect(parsed.kind).toBeNull();
		expect(parsed.record).toBeNull();
		expect(parsed.diagnostics).toEqual([
			{
				path: "Notes/x.md",
				field: "ipt",
				severity: "error",
				message: `ipt: ${shown} is not a kind of IPT note; expected one of case, person, event, session, supervision, formulation or formulation-key`,
			},
		]);
	});
});

describe("parseNote: aliases and the user's own keys", () => {
	test.each([
		["JR", ["JR"]],
		[["JR", "Jordan", 42], ["JR", "Jordan", "42"]],
		[["JR", { odd: 1 }, null, ""], ["JR"]],
		[null, []],
		[{ odd: 1 }, []],
	])("aliases %j become %j, silently", (aliases, expected) => {
		const parsed = parseNote("c.md", { ipt: "case", client: "J", aliases });
		expect(parsed.record?.aliases).toEqual(expected);
		expect(parsed.diagnostics).toEqual([]);
	});

	test("keys that are not the format's pass silently, including keys of other kinds", () => {
		const { diagnostics } = parseAs("person", {
			tags: ["ipt"],
			cssclasses: ["wide"],
			created: "2026-01-01",
			modified: "2026-01-02",
			title: "Sam",
			date: "2026-01-01",
			session: 3,
			phq8: 4,
			gad2: 1,
			notes: "anything",
		});
		expect(diagnostics).toEqual([]);
	});

	test("prototype-like keys are plain user keys", () => {
		const frontmatter: Record<string, unknown> = { ipt: "case", client: "J" };
		for (const [key, value] of [["__proto__", { status: "closed" }], ["constructor", "x"], ["toString", 5], ["hasOwnProperty", "no"]] as const) {
			Object.defineProperty(frontmatter, key, { value, enumerable: true });
		}
		expect(Object.keys(frontmatter)).toContain("__proto__");
		const parsed = parseNote("c.md", frontmatter);
		expect(parsed.diagnostics).toEqual([]);
		expect(parsed.record).toMatchObject({ status: "active", client: "J" });
	});
});

describe("parseNote: misspelt keys", () => {
	test.each([
		["person", "cirle", "circle"],
		["person", "Circle", "circle"],
		["person", "CIRCLE", "circle"],
		["person", "suport", "support"],
		["person", "confidante", "confidant"],
		["person", "expectationsReciprocal", "expectations_reciprocal"],
		["person", "dispute-stage", "dispute_stage"],
		["case", "planned sessions", "planned_sessions"],
		["case", "plannedSessions", "planned_sessions"],
		["case", "diagnoses", "diagnosis"],
		["case", "Status", "status"],
		["case", "protocl", "protocol"],
		["session", "PHQ-9", "phq9"],
		["session", "phq9_item", "phq9_items"],
		["session", "hamd_item_3", "hamd_item3"],
		["session", "riskReviewed", "risk_reviewed"],
		["session", "homework-review", "homework_review"],
		["event", "tpye", "type"],
		["event", "Date", "date"],
	] as const)("on a %s note, %j reads as %s with a warning", (kind, misspelt, key) => {
		const parsed = parseNote("n.md", { ipt: kind, [misspelt]: null });
		const warnings = parsed.diagnostics.filter((d) => d.severity === "warning");
		expect(warnings).toEqual([
			{
				path: "n.md",
				field: misspelt,
				severity: "warning",
				message: `${misspelt}: did you mean ${key}? It is read as ${key} for now; rename the key to ${key}`,
			},
		]);
	});

	test("the misspelt key's value is used, and its problems are reported under the key as written", () => {
		const good = parseAs("person", { Circle: 2 });
		expect(good.record.circle).toBe(2);
		const bad = parseAs("person", { cirle: 9 });
		expect(bad.record.circle).toBeNull();
		expect(said(bad.diagnostics)).toEqual([
			"warning cirle: did you mean circle? It is read as circle for now; rename the key to circle",
			"error cirle: 9 is not a closeness ring; expected a whole number from 1 to 3",
		]);
	});

	test("a misspelt required key satisfies the requirement", () => {
		const { record, diagnostics } = parseAs("case", { Client: "JR" });
		expect(record.client).toBe("JR");
		expect(diagnostics.map((d) => d.severity)).toEqual(["warning"]);
	});

	test("when the correct key is also given, it wins and the misspelt one is ignored", () => {
		const { record, diagnostics } = parseAs("person", { circle: 1, Circle: 3 });
		expect(record.circle).toBe(1);
		expect(said(diagnostics)).toEqual(["warning Circle: did you mean circle? It is ignored, because circle is also given"]);
	});

	test("an empty correct key does not block a misspelt one that has a value", () => {
		const { record, diagnostics } = parseAs("person", { circle: null, Circle: 2 });
		expect(record.circle).toBe(2);
		expect(said(diagnostics)).toEqual(["warning Circle: did you mean circle? It is read as circle for now; rename the key to circle"]);
	});

	test("of two misspellings of one key, the first stands in and the second is ignored", () => {
		const { record, diagnostics } = parseAs("person", { Circle: 2, cirle: 3 });
		expect(record.circle).toBe(2);
		expect(diagnostics.map((d) => d.field)).toEqual(["Circle", "cirle"]);
		expect(diagnostics[1]?.message).toContain("ignored");
	});

	test("a total's mismatch with items is reported under the misspelt total key", () => {
		const { diagnostics } = parseAs("session", { session: 1, PHQ9: 3, phq9_items: [0, 0, 0, 0, 0, 0, 0, 0, 1] });
		expect(said(diagnostics)).toContain("error PHQ9: 3 does not match phq9_items, whose items add up to 1; 1 is used");
	});
});

describe("parseNote: link forms", () => {
	test.each([
		["[[Jordan R]]", { target: "Jordan R", unquoted: false }],
		["[[Jordan R|JR]]", { target: "Jordan R", unquoted: false, display: "JR" }],
		["[[IPT/Jordan R]]", { target: "IPT/Jordan R", unquoted: false }],
		["Jordan R", { target: "Jordan R", unquoted: false }],
	])("case %j is a link without diagnostics", (value, link) => {
		const { record, diagnostics } = parseAs("session", { session: 1, case: value });
		expect(record.caseLink).toEqual(link);
		expect(diagnostics).toEqual([]);
	});

	test("an unquoted case link (YAML's nested list) is used, with a warning to quote it", () => {
		const { record, diagnostics } = parseAs("event", { date: "2025-01", type: "move", case: [["Jordan R|JR"]] });
		expect(record.caseLink).toEqual({ target: "Jordan R", unquoted: true, display: "JR" });
		expect(said(diagnostics)).toEqual([
			'warning case: the link [[Jordan R]] is not quoted; it is read as a link, but write it as "[[Jordan R]]" so that Obsidian keeps it up to date',
		]);
	});

	test("a whole list value that is one unquoted link (`related: [[Ann]]`) is one link", () => {
		const { record, diagnostics } = parseAs("person", { related: [["Ann"]] });
		expect(record.related).toEqual([{ target: "Ann", unquoted: true }]);
		expect(diagnostics.map((d) => [d.field, d.severity])).toEqual([["related", "warning"]]);
	});

	test("unquoted links inside a list are used, with one warning naming them", () => {
		const { record, diagnostics } = parseAs("event", { date: "2025-01", type: "death", people: [[["Ann"]], "[[Bob]]", [["Cy"]], [["Ann"]]] });
		expect(record.people.map((link) => link.target)).toEqual(["Ann", "Bob", "Cy"]);
		expect(said(diagnostics)).toEqual([
			'warning people: the links [[Ann]], [[Cy]], [[Ann]] are not quoted; they are read as links, but write each in quotes, like "[[Ann]]", so that Obsidian keeps them up to date',
		]);
	});

	test("links as the yaml package reads them from unquoted and quoted frontmatter", () => {
		const frontmatter: unknown = parse('ipt: person\ncase: [[Jordan R]]\nrelated:\n  - [[Ann]]\n  - "[[Bob|B]]"\n');
		const parsed = parseNote("p.md", frontmatter);
		expect(parsed.record).toMatchObject({
			caseLink: { target: "Jordan R", unquoted: true },
			related: [
				{ target: "Ann", unquoted: true },
				{ target: "Bob", unquoted: false },
			],
		});
		expect(parsed.diagnostics.map((d) => [d.field, d.severity])).toEqual([
			["case", "warning"],
			["related", "warning"],
		]);
	});
});
