// An `ipt` key left empty: the note meant to be an IPT note, so the missing kind is an
// error naming the file and the field, not a silent skip.
import { parseNote } from "../../../src/domain/parse-note";

describe("an empty ipt key", () => {
	test.each([
		["Obsidian's null for an emptied property", null],
		["blank text", "  "],
		["an empty list", []],
	])("%s is an error naming the file and field, with no record", (_label, ipt) => {
		expect(parseNote("IPT/Jo/Session 03.md", { ipt, session: 3 })).toEqual({
			path: "IPT/Jo/Session 03.md",
			kind: null,
			record: null,
			diagnostics: [
				{
					path: "IPT/Jo/Session 03.md",
					field: "ipt",
					severity: "error",
					message: "ipt: empty; expected one of case, person, event, session, supervision, formulation or formulation-key, or remove ipt if this is not an IPT note",
				},
			],
			safety: [],
		});
	});

	test("an ipt key holding undefined (no YAML value) is still no ipt at all", () => {
		expect(parseNote("Daily/Monday.md", { ipt: undefined, tags: ["journal"] }).diagnostics).toEqual([]);
	});
});
