// The numbers of ipt-rules.md that became settings: their defaults are the rules as
// written, and a bad value in data.json falls back to its default with a problem that
// names the key.
import { DEFAULT_ENGINE_SETTINGS, parseEngineSettings } from "../../../src/domain/settings/engine-settings";
import { DEFAULT_PLUGIN_SETTINGS, parsePluginSettings } from "../../../src/domain/settings/plugin-settings";

describe("settings for the numbers of ipt-rules.md", () => {
	it("default to the rules as written", () => {
		expect(DEFAULT_ENGINE_SETTINGS).toMatchObject({
			sensitivityStrongInnerMax: 0,
			sensitivityStrongSupportersMax: 1,
			sensitivityPossibleInnerMax: 1,
			sensitivityPossibleSupportersMax: 2,
			baselineSessions: 2,
			responseReductionPercent: 50,
			remissionBelow: { phq9: 5, gad7: 5, hamd: 8, epds: 10 },
			measureOverdueSessions: 4,
		});
	});

	it("keeps valid values", () => {
		const raw = {
			sensitivityStrongInnerMax: 1,
			sensitivityStrongSupportersMax: 2,
			sensitivityPossibleInnerMax: 2,
			sensitivityPossibleSupportersMax: 3,
			baselineSessions: 3,
			responseReductionPercent: 40,
			remissionBelow: { hamd: 7 },
		};
		expect(parseEngineSettings(raw)).toEqual({
			settings: { ...DEFAULT_ENGINE_SETTINGS, ...raw, remissionBelow: { ...DEFAULT_ENGINE_SETTINGS.remissionBelow, hamd: 7 } },
			problems: [],
		});
	});

	it("replaces each bad value by its default, naming the key and what it expects", () => {
		const { settings, problems } = parseEngineSettings({
			sensitivityStrongInnerMax: -1,
			sensitivityStrongSupportersMax: "one",
			sensitivityPossibleInnerMax: 1.5,
			sensitivityPossibleSupportersMax: 51,
			baselineSessions: 0,
			responseReductionPercent: 0.5,
			remissionBelow: { phq9: 28, gad7: "5", hamd: 0, epds: null },
		});
		expect(settings).toEqual(DEFAULT_ENGINE_SETTINGS);
		expect(problems).toEqual([
			"sensitivityStrongInnerMax: -1 is not a whole number of people from 0 to 50; using 0",
			'sensitivityStrongSupportersMax: "one" is not a whole number of people from 0 to 50; using 1',
			"sensitivityPossibleInnerMax: 1.5 is not a whole number of people from 0 to 50; using 1",
			"sensitivityPossibleSupportersMax: 51 is not a whole number of people from 0 to 50; using 2",
			"baselineSessions: 0 is not a whole number of sessions from 1 to 52; using 2",
			"responseReductionPercent: 0.5 is not a whole percentage from 1 to 100; using 50",
			"remissionBelow.phq9: 28 is not a whole number of points from 1 to 27; using 5",
			'remissionBelow.gad7: "5" is not a whole number of points from 1 to 21; using 5',
			"remissionBelow.hamd: 0 is not a whole number of points from 1 to 52; using 8",
			"remissionBelow.epds: null is not a whole number of points from 1 to 30; using 10",
		]);
	});

	it("takes the default cut-offs when remissionBelow is not a table", () => {
		expect(parseEngineSettings({ remissionBelow: 5 })).toEqual({
			settings: DEFAULT_ENGINE_SETTINGS,
			problems: ["remissionBelow: 5 is not a table of cut-offs by measure; using the defaults"],
		});
	});

	it("keeps the strong sensitivity limits within the possible ones", () => {
		expect(parseEngineSettings({ sensitivityStrongInnerMax: 2, sensitivityPossibleSupportersMax: 0 })).toEqual({
			settings: { ...DEFAULT_ENGINE_SETTINGS, sensitivityStrongInnerMax: 1, sensitivityStrongSupportersMax: 0, sensitivityPossibleSupportersMax: 0 },
			problems: [
				"sensitivityStrongInnerMax: 2 is more than sensitivityPossibleInnerMax (1); using 1",
				"sensitivityStrongSupportersMax: 1 is more than sensitivityPossibleSupportersMax (0); using 0",
			],
		});
	});

	it("holds its own defaults to its rules: saved to data.json and read back, they raise nothing", () => {
		expect(parseEngineSettings(JSON.parse(JSON.stringify(DEFAULT_ENGINE_SETTINGS)))).toEqual({ settings: DEFAULT_ENGINE_SETTINGS, problems: [] });
	});

	it("fills every key not given with its default, per measure too", () => {
		expect(parseEngineSettings({ baselineSessions: 3 }).settings).toEqual({ ...DEFAULT_ENGINE_SETTINGS, baselineSessions: 3 });
		expect(parseEngineSettings({ remissionBelow: { epds: 12 } }).settings.remissionBelow).toEqual({ ...DEFAULT_ENGINE_SETTINGS.remissionBelow, epds: 12 });
	});

	it.each([
		[{ baselineSessions: 0 }, "baselineSessions: 0 is not a whole number of sessions from 1 to 52; using 2"],
		[{ responseReductionPercent: 101 }, "responseReductionPercent: 101 is not a whole percentage from 1 to 100; using 50"],
		[{ remissionBelow: { gad7: 22 } }, "remissionBelow.gad7: 22 is not a whole number of points from 1 to 21; using 5"],
		[{ sensitivityStrongSupportersMax: 3 }, "sensitivityStrongSupportersMax: 3 is more than sensitivityPossibleSupportersMax (2); using 2"],
	])("refuses a value past its range's end or out of order: %j", (raw, problem) => {
		expect(parseEngineSettings(raw).problems).toEqual([problem]);
	});

	it("names the key under engine when read from data.json", () => {
		const { settings, problems } = parsePluginSettings({ engine: { responseReductionPercent: "half", remissionBelow: { phq9: 6 } } });
		expect(settings).toEqual({
			...DEFAULT_PLUGIN_SETTINGS,
			// A file with a problem fails closed.
			privacyMode: true,
			engine: { ...DEFAULT_ENGINE_SETTINGS, remissionBelow: { ...DEFAULT_ENGINE_SETTINGS.remissionBelow, phq9: 6 } },
		});
		expect(problems).toEqual(['engine.responseReductionPercent: "half" is not a whole percentage from 1 to 100; using 50']);
	});
});
