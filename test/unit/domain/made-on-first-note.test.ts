/** @jest-environment jsdom */
// Obsidian evaluates every module of main.js at start-up: what only reading notes needs
// (each kind's field set, its misspelt-key detector) is made when the first note of
// its kind is read (src/domain/lazy.ts), not while the plugin loads.
import IptWorkbenchPlugin from "../../../src/obsidian/main";
import { parseNote } from "../../../src/domain/parse-note";

// Every field set and misspelt-key detector made, by its keys: kept in the mocks
// themselves, since one made while the modules load would come before this file's own lines.
jest.mock("../../../src/domain/schema/field", () => {
	const actual = jest.requireActual<typeof import("../../../src/domain/schema/field")>("../../../src/domain/schema/field");
	const made: string[][] = [];
	class CountedFieldSet<T extends import("../../../src/domain/schema/field").FieldTable> extends actual.FieldSet<T> {
		constructor(table: T) {
			super(table);
			made.push([...this.keys]);
		}
	}
	return { ...actual, FieldSet: CountedFieldSet, made };
});

jest.mock("../../../src/domain/schema/key-spelling", () => {
	const actual = jest.requireActual<typeof import("../../../src/domain/schema/key-spelling")>("../../../src/domain/schema/key-spelling");
	const made: string[][] = [];
	class CountedSpelling extends actual.KeySpelling {
		constructor(keys: readonly string[], ignored: ReadonlySet<string>) {
			super(keys, ignored);
			made.push([...keys]);
		}
	}
	return { ...actual, KeySpelling: CountedSpelling, made };
});

const mockFieldSets = jest.requireMock<{ made: string[][] }>("../../../src/domain/schema/field").made;
const mockSpellings = jest.requireMock<{ made: string[][] }>("../../../src/domain/schema/key-spelling").made;
const personFieldSets = (): number => mockFieldSets.filter((keys) => keys.includes("circle")).length;
const fieldSetsAtLoad = mockFieldSets.length;
const spellingsAtLoad = mockSpellings.length;

describe("what reading notes needs is made on the first note", () => {
	test("loading the plugin makes no kind's field set and no misspelt-key detector", () => {
		expect(typeof IptWorkbenchPlugin).toBe("function");
		expect(fieldSetsAtLoad).toBe(0);
		expect(spellingsAtLoad).toBe(0);
	});

	test("the first person note makes its kind's field set and detector, and a second reuses them", () => {
		parseNote("p.md", { ipt: "person", role: "friend", circel: 2 });
		expect(personFieldSets()).toBe(1);
		expect(mockSpellings).toHaveLength(1);
		expect(mockSpellings[0]).toContain("circle");
		expect(parseNote("q.md", { ipt: "person", role: "friend", circel: 2 }).diagnostics.map((d) => d.field)).toEqual(["circel"]);
		expect(personFieldSets()).toBe(1);
		expect(mockSpellings).toHaveLength(1);
	});

	test("the first note made every kind's field set once (a key of any kind is no misspelling); notes of other kinds make none", () => {
		const made = mockFieldSets.length;
		expect(mockFieldSets.some((keys) => keys.includes("phq9"))).toBe(true);
		expect(mockFieldSets.some((keys) => keys.includes("planned_sessions"))).toBe(true);
		expect(parseNote("s.md", { ipt: "session", session: 2, phq9: 7 }).record).toMatchObject({ kind: "session", session: 2 });
		parseNote("c.md", { ipt: "case", client: "A" });
		expect(mockFieldSets).toHaveLength(made);
	});
});
