import { DEFAULT_ENGINE_SETTINGS, parseEngineSettings } from "../../../src/domain/settings/engine-settings";

describe("engine settings", () => {
	it("gives the defaults of ipt-rules.md for an empty or missing object, with no problems", () => {
		for (const raw of [undefined, null, {}]) {
			expect(parseEngineSettings(raw)).toEqual({ settings: DEFAULT_ENGINE_SETTINGS, problems: [] });
		}
		expect(DEFAULT_ENGINE_SETTINGS).toMatchObject({ windowMonths: 12, transitionStrongMonths: 6, closeCircleMax: 2, conflictThreshold: 2, supportThreshold: 2 });
		expect(DEFAULT_ENGINE_SETTINGS.protocols).toEqual({
			standard: { planned: 16, initial: 3, final: 3 },
			brief: { planned: 8, initial: 2, final: 2 },
			adolescent: { planned: 12, initial: 4, final: 4 },
			group: { planned: 8, initial: 1, final: 1 },
			perinatal: { planned: 12, initial: 3, final: 3 },
		});
	});

	it("fills every missing key with its default, and names a value out of range or out of order", () => {
		expect(parseEngineSettings({ windowMonths: 6 })).toEqual({ settings: { ...DEFAULT_ENGINE_SETTINGS, windowMonths: 6 }, problems: [] });
		expect(parseEngineSettings({ windowMonths: -3 }).problems).toHaveLength(1);
		expect(parseEngineSettings({ windowMonths: 3, transitionStrongMonths: 6 }).problems).toEqual(["transitionStrongMonths: 6 is more than windowMonths (3); using 3"]);
	});

	it("keeps valid values and ignores keys it does not know", () => {
		const { settings, problems } = parseEngineSettings({
			windowMonths: 24,
			ringCount: 4,
			scheme: "three-areas",
			protocols: { brief: { planned: 10, initial: 2, final: 3 } },
			theme: "dark",
		});
		expect(problems).toEqual([]);
		expect(settings).toEqual({
			...DEFAULT_ENGINE_SETTINGS,
			windowMonths: 24,
			ringCount: 4,
			scheme: "three-areas",
			protocols: { ...DEFAULT_ENGINE_SETTINGS.protocols, brief: { planned: 10, initial: 2, final: 3 } },
		});
	});

	it("falls back per key and says what was wrong", () => {
		const { settings, problems } = parseEngineSettings({
			windowMonths: -3,
			closeCircleMax: 2.5,
			conflictThreshold: "2",
			ringCount: 5,
			scheme: "five-areas",
			reliableChange: null,
			supportThreshold: 3,
		});
		expect(settings).toEqual({ ...DEFAULT_ENGINE_SETTINGS, supportThreshold: 3 });
		expect(problems).toEqual([
			"windowMonths: -3 is not a whole number of months from 1 to 120; using 12",
			"closeCircleMax: 2.5 is not a whole number from 1 to 4; using 2",
			'conflictThreshold: "2" is not a whole number from 1 to 3; using 2',
			"ringCount: 5 is not 3 or 4; using 3",
			'scheme: "five-areas" is not one of four-areas, three-areas; using "four-areas"',
			"reliableChange: null is not a table of reliable changes by measure; using the defaults",
		]);
	});

	it("checks the protocol table field by field and as a whole", () => {
		const { settings, problems } = parseEngineSettings({
			protocols: {
				standard: { planned: 0 },
				brief: { planned: 3, initial: 2, final: 2 },
				group: "long",
				adolescent: { initial: 3 },
			},
		});
		expect(settings.protocols).toEqual({ ...DEFAULT_ENGINE_SETTINGS.protocols, adolescent: { planned: 12, initial: 3, final: 4 } });
		expect(problems).toEqual([
			"protocols.standard.planned: 0 is not a whole number of sessions from 1 to 52; using 16",
			"protocols.brief: initial (2) and final (2) phases do not fit in 3 planned sessions; using 8/2/2",
			"protocols.group: \"long\" is not an object with planned, initial and final; using the defaults",
		]);
		expect(parseEngineSettings({ protocols: [] }).problems).toEqual(["protocols: a list is not a table of protocol lengths; using the defaults"]);
	});

	it("keeps the strong transition range inside the window", () => {
		expect(parseEngineSettings({ windowMonths: 3 })).toEqual({
			settings: { ...DEFAULT_ENGINE_SETTINGS, windowMonths: 3, transitionStrongMonths: 3 },
			problems: ["transitionStrongMonths: 6 is more than windowMonths (3); using 3"],
		});
	});

	it("never throws on a value that is not an object", () => {
		for (const raw of [42, "x", [1], true]) {
			const { settings, problems } = parseEngineSettings(raw);
			expect(settings).toEqual(DEFAULT_ENGINE_SETTINGS);
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatch(/^settings: .* is not an object; using the defaults$/);
		}
	});
});
