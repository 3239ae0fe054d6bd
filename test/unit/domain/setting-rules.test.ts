// The checks that data.json's values go through, each at its edges: a value is taken,
// or the key falls back to its default with a problem naming what it expects.
import { parseEngineSettings } from "../../../src/domain/settings/engine-settings";
import { DEFAULT_PLUGIN_SETTINGS, parsePluginSettings } from "../../../src/domain/settings/plugin-settings";
import { BOOLEAN, oneOfRule, wholeNumberRule } from "../../../src/domain/settings/read-field";

describe("BOOLEAN", () => {
	test.each([
		[true, true],
		[false, false],
		["true", true],
		["TRUE", true],
		["False", false],
		["fAlSe", false],
	])("reads %p as %p", (value, read) => {
		expect(BOOLEAN.read(value)).toBe(read);
	});

	test.each([" true", "yes", "1", "on", "", 1, 0, null, [true], { on: true }])("refuses %p", (value) => {
		expect(BOOLEAN.read(value)).toBeUndefined();
	});
});

describe("wholeNumberRule", () => {
	const sessions = wholeNumberRule(1, 52, "a whole number of sessions from 1 to 52");

	test("takes both ends of its range and nothing past them", () => {
		expect([0, 1, 52, 53].map(sessions.read)).toEqual([undefined, 1, 52, undefined]);
	});

	test.each([1.5, NaN, Infinity, -Infinity, "3", null, true])("refuses %p", (value) => {
		expect(sessions.read(value)).toBeUndefined();
	});
});

describe("oneOfRule", () => {
	const rings = oneOfRule([3, 4] as const, "3 or 4");
	const scheme = oneOfRule(["four-areas", "three-areas"] as const, "one of four-areas, three-areas");

	test("takes its values exactly as written", () => {
		expect([rings.read(3), rings.read(4), scheme.read("three-areas")]).toEqual([3, 4, "three-areas"]);
	});

	test.each([2, 5, 3.5, "3", NaN, "Three-areas", " three-areas", "three", null])("refuses %p", (value) => {
		expect(rings.read(value) ?? scheme.read(value)).toBeUndefined();
	});
});

describe("a folder setting", () => {
	test("is read trimmed", () => {
		expect(parsePluginSettings({ exportFolder: "  Out/Summaries " })).toEqual({ settings: { ...DEFAULT_PLUGIN_SETTINGS, exportFolder: "Out/Summaries" }, problems: [] });
	});

	test.each([
		["", '""'],
		["   ", '"   "'],
		["/Out", '"/Out"'],
		["../Out", '"../Out"'],
		["Out/../..", '"Out/../.."'],
		[" a/../b", '" a/../b"'],
		[42, "42"],
		[null, "null"],
		[["Out"], "a list"],
	])("refuses %p, keeping the default", (value, shown) => {
		const { settings, problems } = parsePluginSettings({ exportFolder: value });
		expect(settings.exportFolder).toBe("IPT exports");
		expect(problems).toEqual([`exportFolder: ${shown} is not a folder path inside the vault; using "IPT exports"`]);
	});

	test("may hold dots that do not climb", () => {
		expect(parsePluginSettings({ exportFolder: "Out/..hidden/v1.2" }).settings.exportFolder).toBe("Out/..hidden/v1.2");
	});
});

describe("ignoredFolders", () => {
	test("is a list of folder paths, each trimmed; an empty list is a list", () => {
		expect(parsePluginSettings({ ignoredFolders: [" Archive ", "Old/2024"] }).settings.ignoredFolders).toEqual(["Archive", "Old/2024"]);
		expect(parsePluginSettings({ ignoredFolders: [] })).toEqual({ settings: DEFAULT_PLUGIN_SETTINGS, problems: [] });
	});

	test.each([[["Archive", "/Old"]], [["Archive", ""]], [["Archive", 3]], [["../Archive"]], [{ 0: "Archive" }], ["Archive"]])("refuses %p whole", (value) => {
		const { settings, problems } = parsePluginSettings({ ignoredFolders: value });
		expect(settings.ignoredFolders).toEqual([]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^ignoredFolders: .* is not a list of folder paths inside the vault; using a list$/);
	});
});

describe("defaultPlannedSessions", () => {
	test("is empty (null) or a whole number of sessions from 1 to 52", () => {
		for (const value of [null, 1, 52]) expect(parsePluginSettings({ defaultPlannedSessions: value })).toEqual({ settings: { ...DEFAULT_PLUGIN_SETTINGS, defaultPlannedSessions: value }, problems: [] });
	});

	test.each([0, 53, 12.5, "12", NaN, Infinity, false])("refuses %p", (value) => {
		const { settings, problems } = parsePluginSettings({ defaultPlannedSessions: value });
		expect(settings.defaultPlannedSessions).toBeNull();
		expect(problems).toEqual([`defaultPlannedSessions: ${typeof value === "string" ? JSON.stringify(value) : String(value)} is not a whole number of sessions from 1 to 52, or empty; using null`]);
	});
});

describe("the enums of data.json", () => {
	test("take their ids as written and refuse any other spelling", () => {
		expect(parsePluginSettings({ defaultProtocol: "brief", primaryMeasure: "epds" }).settings).toMatchObject({ defaultProtocol: "brief", primaryMeasure: "epds" });
		expect(parsePluginSettings({ defaultProtocol: "Brief", primaryMeasure: "PHQ9" }).problems).toEqual([
			'defaultProtocol: "Brief" is not one of standard, brief, adolescent, group, perinatal; using "standard"',
			'primaryMeasure: "PHQ9" is not one of phq9, gad7, hamd, epds; using "phq9"',
		]);
	});
});

describe("a protocol's lengths", () => {
	test("fit when initial and final add up to the planned sessions", () => {
		expect(parseEngineSettings({ protocols: { brief: { planned: 4, initial: 2, final: 2 } } }).problems).toEqual([]);
	});

	test("are refused whole when initial and final add up to one more", () => {
		const { settings, problems } = parseEngineSettings({ protocols: { brief: { planned: 4, initial: 2, final: 3 } } });
		expect(settings.protocols.brief).toEqual({ planned: 8, initial: 2, final: 2 });
		expect(problems).toEqual(["protocols.brief: initial (2) and final (3) phases do not fit in 4 planned sessions; using 8/2/2"]);
	});

	test("are checked whole with each length filled by its default", () => {
		expect(parseEngineSettings({ protocols: { standard: { planned: 5 } } }).problems).toEqual([
			"protocols.standard: initial (3) and final (3) phases do not fit in 5 planned sessions; using 16/3/3",
		]);
	});
});
