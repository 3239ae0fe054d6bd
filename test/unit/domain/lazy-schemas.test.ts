/** @jest-environment jsdom */
// Obsidian evaluates every module of main.js at start-up: the plugin must build no zod
// schema then, only when it first reads a note or a setting (src/domain/schema/lazy.ts).
import IptWorkbenchPlugin from "../../../src/obsidian/main";
import { parseNote } from "../../../src/domain/parse-note";
import { DEFAULT_ENGINE_SETTINGS, engineSettingsSchema } from "../../../src/domain/settings/engine-settings";
import { DEFAULT_PLUGIN_SETTINGS, parsePluginSettings } from "../../../src/domain/settings/plugin-settings";

/** Every zod builder called, by name; the one setting (`config`) is not a schema. */
const mockBuilt: string[] = [];

jest.mock("zod/mini", () => {
	const actual = jest.requireActual<Record<string, unknown>>("zod/mini");
	const counted = (name: string, builder: (...args: unknown[]) => unknown) => (...args: unknown[]): unknown => {
		mockBuilt.push(name);
		return builder(...args);
	};
	return Object.fromEntries(Object.entries(actual).map(([name, value]) => [name, typeof value === "function" && name !== "config" ? counted(name, value as (...args: unknown[]) => unknown) : value]));
});

// Every misspelt-key detector made, with its kind's keys: kept in the mock itself,
// since a detector made while the modules load would come before this file's own lines.
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

const mockSpellings = jest.requireMock<{ made: string[][] }>("../../../src/domain/schema/key-spelling").made;
const builtAtLoad = [...mockBuilt];
const spellingsAtLoad = mockSpellings.length;

describe("zod schemas are built on first use", () => {
	test("loading the plugin and the domain builds none", () => {
		expect(typeof IptWorkbenchPlugin).toBe("function");
		expect(builtAtLoad).toEqual([]);
	});

	test("loading makes no kind's field set nor its misspelt-key detector: the first note of the kind does", () => {
		expect(spellingsAtLoad).toBe(0);
		parseNote("p.md", { ipt: "person", role: "friend", circel: 2 });
		expect(mockSpellings).toHaveLength(1);
		expect(mockSpellings[0]).toContain("circle");
		expect(parseNote("q.md", { ipt: "person", role: "friend", circel: 2 }).diagnostics.map((d) => d.field)).toEqual(["circel"]);
		expect(mockSpellings).toHaveLength(1);
	});

	test("the first note parsed builds its schemas, and a second note reuses them", () => {
		const note = { ipt: "session", session: 2, phq9: 7, risk_reviewed: true, phase: "middle" };
		expect(parseNote("s.md", note).record).toMatchObject({ kind: "session", session: 2 });
		const afterFirst = mockBuilt.length;
		expect(afterFirst).toBeGreaterThan(0);
		parseNote("t.md", note);
		expect(mockBuilt.length).toBe(afterFirst);
	});

	test("settings saved at their defaults are read without building a schema", () => {
		const before = mockBuilt.length;
		const saved = JSON.parse(JSON.stringify(DEFAULT_PLUGIN_SETTINGS)) as unknown;
		expect(parsePluginSettings(saved)).toEqual({ settings: DEFAULT_PLUGIN_SETTINGS, problems: [] });
		expect(mockBuilt.length).toBe(before);
	});

	test("a changed setting's schema is built when it is read", () => {
		const before = mockBuilt.length;
		expect(parsePluginSettings({ primaryMeasure: "gad7" }).settings.primaryMeasure).toBe("gad7");
		expect(mockBuilt.length).toBeGreaterThan(before);
	});

	test("the defaults, taken without a schema, pass the strict schema", () => {
		expect(engineSettingsSchema().parse(DEFAULT_ENGINE_SETTINGS)).toEqual(DEFAULT_ENGINE_SETTINGS);
	});
});
