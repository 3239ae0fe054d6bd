/** @jest-environment jsdom */
// Obsidian evaluates every module of main.js at start-up: the plugin must build no zod
// schema then, only when it first reads a note or a setting (src/domain/schema/lazy.ts).
import IptWorkbenchPlugin from "../../../src/obsidian/main";
import { parseNote } from "../../../src/domain/parse-note";
import { parsePluginSettings } from "../../../src/domain/settings/plugin-settings";

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

	test("a setting's schema is built when a setting is read", () => {
		const before = mockBuilt.length;
		expect(parsePluginSettings({ privacyMode: true }).settings.privacyMode).toBe(true);
		expect(mockBuilt.length).toBeGreaterThan(before);
	});
});
