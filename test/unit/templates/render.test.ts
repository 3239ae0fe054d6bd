import * as fc from "fast-check";
import { renderTemplate } from "../../../src/domain/templates/render";
import { frontmatterOf } from "./note-text";

const note = (yaml: string, body = "") => `---\n${yaml}\n---\n${body}`;

describe("renderTemplate in the body", () => {
	it("puts values in as written", () => {
		expect(renderTemplate("# {{client}}\nSeen on {{date}}: {{ focus }}", { client: 'a: "b"', date: "2026-03-02", focus: "grief, role-dispute" })).toBe(
			'# a: "b"\nSeen on 2026-03-02: grief, role-dispute',
		);
	});

	it("leaves unknown placeholders, and known ones without a value, as they are", () => {
		expect(renderTemplate("{{title}} {{time}} {{client}} {{session}} {{Client}} {{ }}", { client: "Jo" })).toBe("{{title}} {{time}} Jo {{session}} {{Client}} {{ }}");
	});

	it("does not read a value as a placeholder again", () => {
		expect(renderTemplate("{{client}} {{case}}", { client: "{{case}}", case: "[[Jo]]" })).toBe("{{case}} [[Jo]]");
	});

	it("fills a note without frontmatter, or with an unclosed block, as body text", () => {
		expect(renderTemplate("---\nclient: {{client}}\n", { client: "a: b" })).toBe("---\nclient: a: b\n");
	});
});

describe("renderTemplate in the frontmatter", () => {
	it("keeps numbers, dates and simple words bare", () => {
		const text = renderTemplate(note('session: "{{session}}"\ndate: {{date}}\nclient: "{{client}}"\nphase: \'{{phase}}\''), {
			session: "3",
			date: "2026-03-02",
			client: "Jordan R",
			phase: "middle",
		});
		expect(text).toBe(note("session: 3\ndate: 2026-03-02\nclient: Jordan R\nphase: middle"));
	});

	it.each([
		['a: "b"', '"a: \\"b\\""'],
		["#x", '"#x"'],
		["[[y]]", '"[[y]]"'],
		["true", '"true"'],
		["007", '"007"'],
		["2026-03-02T10:00", '"2026-03-02T10:00"'],
		["two\nlines", '"two\\nlines"'],
		["", '""'],
	])("quotes %j where it would change meaning", (value, written) => {
		expect(renderTemplate(note('client: "{{client}}"'), { client: value })).toBe(note(`client: ${written}`));
		expect(frontmatterOf(renderTemplate(note("client: {{client}}"), { client: value })).client).toBe(value);
	});

	it("writes focus as a list: flow as a key's value, items in a flow list, one per line in a block list", () => {
		const values = { focus: "role-transition, , grief" };
		expect(renderTemplate(note('focus: "{{focus}}"'), values)).toBe(note("focus: [role-transition, grief]"));
		expect(renderTemplate(note("focus: [{{focus}}]"), values)).toBe(note("focus: [role-transition, grief]"));
		expect(renderTemplate(note('focus:\n  - "{{focus}}"'), values)).toBe(note("focus:\n  - role-transition\n  - grief"));
		expect(renderTemplate(note('focus: "{{focus}}"'), { focus: "" })).toBe(note("focus: []"));
		expect(renderTemplate(note('title: "Areas: {{focus}}"'), values)).toBe(note('title: "Areas: role-transition, , grief"'));
	});

	it("escapes a value inside a longer quoted scalar for its quote style", () => {
		const values = { client: "O'Neil \"Jo\"\n" };
		expect(frontmatterOf(renderTemplate(note('title: "Notes on {{client}}"'), values)).title).toBe("Notes on O'Neil \"Jo\"\n");
		expect(frontmatterOf(renderTemplate(note("title: 'Notes on {{client}}'"), values)).title).toBe("Notes on O'Neil \"Jo\" ");
	});

	it("quotes a longer bare scalar that a value is spliced into", () => {
		const text = renderTemplate(note("title: Notes on {{client}} # {{client}}\nother: 1"), { client: "a: #b\n---" });
		expect(text).toBe(note('title: "Notes on a: #b\\n---" # a: #b ---\nother: 1'));
		expect(frontmatterOf(text)).toEqual({ title: "Notes on a: #b\n---", other: 1 });
	});

	it("leaves unknown placeholders and the rest of the YAML alone", () => {
		const yaml = 'title: "{{title}}"\nwhen: {{time}}\nlist: [a, "b", \'c\']\nplain: it\'s fine # note\nlink: "[[X]]"';
		expect(renderTemplate(note(yaml), { client: "Jo" })).toBe(note(yaml));
	});

	it("fills a placeholder used as a key as a scalar, never a list", () => {
		expect(frontmatterOf(renderTemplate(note("{{focus}}: 1"), { focus: "a, b" }))).toEqual({ "a, b": 1 });
	});

	it("round-trips any value through YAML, in every position a template uses", () => {
		const template = note('client: "{{client}}"\ncase: {{case}}\ntitle: "{{client}} on {{date}}"\nline: {{client}} and more # {{client}}\nfocus: "{{focus}}"');
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), fc.string({ unit: "binary-ascii" }), (client, date) => {
				const fm = frontmatterOf(renderTemplate(template, { client, case: client, date, focus: client }));
				const single = client.includes(",") ? undefined : client.trim();
				expect(fm.client).toBe(client);
				expect(fm.case).toBe(client);
				expect(fm.title).toBe(`${client} on ${date}`);
				expect(fm.line).toBe(`${client} and more`);
				if (single !== undefined) expect(fm.focus).toEqual(single === "" ? [] : [single]);
			}),
		);
	});

	it("never throws, whatever the text and the values", () => {
		const piece = fc.constantFrom("{{client}}", "{{focus}}", "{{x}}", "---\n", '"', "'", "#", ": ", "- ", "[", "]", "{", "}", ",", "\n", " ", "\\", "a");
		fc.assert(
			fc.property(fc.array(piece), fc.string(), (pieces, value) => {
				expect(typeof renderTemplate(`---\n${pieces.join("")}\n---\n`, { client: value, focus: value })).toBe("string");
			}),
		);
	});
});
