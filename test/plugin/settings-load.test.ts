/** @jest-environment jsdom */

// data.json as users' vaults hold it: complete, partial, from an older version, or
// damaged. The plugin always starts; what it could not read falls back with a notice,
// and privacy mode is on (see settings-fail-closed.test.ts).
import { DEFAULT_PLUGIN_SETTINGS } from "../../src/domain/settings/plugin-settings";
import { enterTextAndLeave, Notice } from "../fake-obsidian";
import { control, openSettings, PLUGIN_ID, shown, startPlugin } from "./settings-support";

const NOTICE_START =
	"IPT Workbench: the settings file could not be read whole, so privacy mode is on and the file is left as it is until you change a setting and agree to replace it. What could not be read:";

afterEach(() => {
	document.body.empty();
	Notice.reset();
});

/** Every setting of the tab as shown, by name. */
function allShown(containerEl: HTMLElement): Record<string, string[]> {
	const names = Array.from(containerEl.querySelectorAll(".setting-item:not(.setting-item-heading) .setting-item-name")).map((el) => el.textContent ?? "");
	return Object.fromEntries(names.map((name) => [name, shown(containerEl, name)]));
}

const DEFAULTS_SHOWN: Record<string, string[]> = {
	"Cases folder": ["IPT"],
	"Templates folder": ["IPT templates"],
	"Folders to ignore": [""],
	"Export folder": ["IPT exports"],
	"Default protocol": ["standard"],
	"Default planned sessions": [""],
	"Problem-area scheme": ["four-areas"],
	"Look-back window": ["12"],
	"Strong transition span": ["6"],
	"Close circles": ["2"],
	"Conflict threshold": ["2"],
	"Support threshold": ["2"],
	"Strong sensitivity": ["0", "1"],
	"Possible sensitivity": ["1", "2"],
	"Ring count": ["3"],
	Standard: ["16", "3", "3"],
	Brief: ["8", "2", "2"],
	Adolescent: ["12", "4", "4"],
	Group: ["8", "1", "1"],
	Perinatal: ["12", "3", "3"],
	"Discuss ending from": ["3"],
	Maintenance: ["12", "4"],
	"Maintenance measure overdue after": ["2"],
	"Primary measure": ["phq9"],
	"Measure overdue after": ["4"],
	"Baseline sessions": ["2"],
	"Response reduction": ["50"],
	"Remission below": ["5", "5", "8", "10"],
	"Reliable change": ["6", "4", "5", "4"],
	"Severe from": ["20", "15", "23", "13"],
	"Privacy mode": ["off"],
};

async function shownAfterLoading(data?: unknown): Promise<Record<string, string[]>> {
	const { app } = await startPlugin(data === undefined ? {} : { pluginData: { [PLUGIN_ID]: data } });
	return allShown(openSettings(app));
}

/** On 1.13 and later the warning that the file could not be read whole is a row of its own, with no control. */
const UNREADABLE_ROW = { "Settings file": [] };

describe("loading the settings", () => {
	it("without a data.json uses the defaults, silently", async () => {
		expect(await shownAfterLoading()).toEqual(DEFAULTS_SHOWN);
		expect(Notice.messages).toEqual([]);
	});

	it("reads every setting of a complete data.json", async () => {
		const shownValues = await shownAfterLoading({
			casesFolder: "Clients",
			templatesFolder: "Clinic/Templates",
			ignoredFolders: ["Archive", "Old/Templates"],
			exportFolder: "Out",
			defaultProtocol: "brief",
			defaultPlannedSessions: 10,
			privacyMode: true,
			primaryMeasure: "epds",
			engine: {
				scheme: "three-areas",
				windowMonths: 18,
				transitionStrongMonths: 9,
				closeCircleMax: 1,
				conflictThreshold: 3,
				supportThreshold: 1,
				ringCount: 4,
				protocols: { brief: { planned: 10, initial: 3, final: 2 } },
				reliableChange: { phq9: 5 },
				measureOverdueSessions: 3,
			},
		});
		expect(shownValues).toEqual({
			...DEFAULTS_SHOWN,
			"Cases folder": ["Clients"],
			"Templates folder": ["Clinic/Templates"],
			"Folders to ignore": ["Archive, Old/Templates"],
			"Export folder": ["Out"],
			"Default protocol": ["brief"],
			"Default planned sessions": ["10"],
			"Problem-area scheme": ["three-areas"],
			"Look-back window": ["18"],
			"Strong transition span": ["9"],
			"Close circles": ["1"],
			"Conflict threshold": ["3"],
			"Support threshold": ["1"],
			"Ring count": ["4"],
			Brief: ["10", "3", "2"],
			"Primary measure": ["epds"],
			"Reliable change": ["5", "4", "5", "4"],
			"Measure overdue after": ["3"],
			"Privacy mode": ["on"],
		});
		expect(Notice.messages).toEqual([]);
	});

	it("fills a partial data.json with the defaults, silently", async () => {
		expect(await shownAfterLoading({ casesFolder: "Clients", engine: { ringCount: 4 } })).toEqual({ ...DEFAULTS_SHOWN, "Cases folder": ["Clients"], "Ring count": ["4"] });
		expect(Notice.messages).toEqual([]);
	});

	it("ignores the keys of an older version, and drops them at the next save", async () => {
		const { app } = await startPlugin({ pluginData: { [PLUGIN_ID]: { caseFolder: "Old", version: 1, casesFolder: "Clients", engine: { sensitivityMode: "strict" } } } });
		const containerEl = openSettings(app);
		expect(allShown(containerEl)).toEqual({ ...DEFAULTS_SHOWN, "Cases folder": ["Clients"] });
		expect(Notice.messages).toEqual([]);
		enterTextAndLeave(control(containerEl, "Export folder"), "Summaries");
		await app.flush();
		expect(app.readPluginData(PLUGIN_ID)).toEqual({ ...DEFAULT_PLUGIN_SETTINGS, casesFolder: "Clients", exportFolder: "Summaries" });
	});

	it("starts with the defaults and privacy mode on when data.json holds no object, and says so", async () => {
		expect(await shownAfterLoading("three-areas")).toEqual({ ...DEFAULTS_SHOWN, ...UNREADABLE_ROW, "Privacy mode": ["on"] });
		expect(Notice.messages).toEqual([`${NOTICE_START}\nsettings: "three-areas" is not an object; using the defaults`]);
	});

	it("resets each value of the wrong type, keeps the good ones, names every reset, and turns privacy mode on", async () => {
		const shownValues = await shownAfterLoading({
			casesFolder: 42,
			exportFolder: "Out",
			privacyMode: "yes",
			defaultPlannedSessions: 0,
			primaryMeasure: "bdi",
			engine: { windowMonths: "twelve", ringCount: 5, supportThreshold: 3, protocols: { brief: { planned: 3 }, group: "short" } },
		});
		expect(shownValues).toEqual({ ...DEFAULTS_SHOWN, ...UNREADABLE_ROW, "Export folder": ["Out"], "Support threshold": ["3"], "Privacy mode": ["on"] });
		const [message] = Notice.messages;
		expect(Notice.messages).toHaveLength(1);
		expect(message?.split("\n")).toEqual([
			NOTICE_START,
			'casesFolder: 42 is not a folder path inside the vault; using "IPT"',
			"defaultPlannedSessions: 0 is not a whole number of sessions from 1 to 52, or empty; using null",
			'privacyMode: "yes" is not true or false; using true',
			'primaryMeasure: "bdi" is not one of phq9, gad7, hamd, epds; using "phq9"',
			'engine.windowMonths: "twelve" is not a whole number of months from 1 to 120; using 12',
			"engine.ringCount: 5 is not 3 or 4; using 3",
			"engine.protocols.brief: initial (2) and final (2) phases do not fit in 3 planned sessions; using 8/2/2",
			'engine.protocols.group: "short" is not an object with planned, initial and final; using the defaults',
		]);
	});
});
