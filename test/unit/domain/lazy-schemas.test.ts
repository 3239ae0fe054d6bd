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

const builtAtLoad = [...mockBuilt];

describe("zod schemas are built on first use", () => {
	test("loading the plugin and the domain builds none", () => {
		expect(typeof IptWorkbenchPlugin).toBe("function");
		expect(builtAtLoad).toEqual([]);
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
