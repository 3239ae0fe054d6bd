/** @jest-environment jsdom */

// The settings tab worked as a user would: typing, choosing, toggling. A value the
// parser accepts is saved at once; any other stays in the field, marked, with the
// reason under it, and data.json is left as it was.
import { DEFAULT_ENGINE_SETTINGS } from "../../src/domain/settings/engine-settings";
import { DEFAULT_PLUGIN_SETTINGS, type PluginSettings } from "../../src/domain/settings/plugin-settings";
import { type App, chooseValue, click, enterText, enterTextAndLeave, Notice } from "../fake-obsidian";
import { control, headings, openSettings, PLUGIN_ID, refusal, shown, startPlugin } from "./settings-support";

let app: App;
let tab: HTMLElement;

beforeEach(async () => {
	({ app } = await startPlugin());
	tab = openSettings(app);
});

afterEach(() => {
	document.body.empty();
	Notice.reset();
});

function saved(): PluginSettings {
	return app.readPluginData(PLUGIN_ID) as PluginSettings;
}

async function type(name: string, text: string, index = 0): Promise<HTMLInputElement> {
	const input = control(tab, name, index);
	enterText(input, text);
	await app.flush();
	return input;
}

/** Types into a folder setting and leaves it: folders are applied once left, not while typed. */
async function typeFolder(name: string, text: string): Promise<HTMLInputElement> {
	const input = control(tab, name);
	enterTextAndLeave(input, text);
	await app.flush();
	return input;
}

async function choose(name: string, option: string): Promise<void> {
	chooseValue(control<HTMLSelectElement>(tab, name), option);
	await app.flush();
}

function withEngine(change: Partial<PluginSettings["engine"]>): PluginSettings {
	return { ...DEFAULT_PLUGIN_SETTINGS, engine: { ...DEFAULT_ENGINE_SETTINGS, ...change } };
}

it("groups the settings under sentence-case headings", () => {
	expect(headings(tab)).toEqual(["Folders", "New cases", "Problem areas and flags", "Phases", "Measures", "Privacy"]);
});

describe("folders", () => {
	it("saves a folder typed as a vault path", async () => {
		await typeFolder("Cases folder", " Clients/Active/ ");
		expect(saved()).toEqual({ ...DEFAULT_PLUGIN_SETTINGS, casesFolder: "Clients/Active" });
		expect(refusal(tab, "Cases folder")).toBeNull();
	});

	it("refuses an empty folder or one outside the vault, and saves nothing", async () => {
		const input = await typeFolder("Templates folder", "   ");
		expect(refusal(tab, "Templates folder")).toBe('Not saved: "" is not a folder path inside the vault.');
		expect(input.getAttribute("aria-invalid")).toBe("true");
		expect(input.value).toBe("   ");
		await typeFolder("Templates folder", "../Elsewhere");
		expect(refusal(tab, "Templates folder")).toBe('Not saved: "../Elsewhere" is not a folder path inside the vault.');
		expect(app.readPluginData(PLUGIN_ID)).toBeNull();
	});

	it("applies nothing while a folder is being typed, only once the field is left", async () => {
		await type("Cases folder", "IPT t");
		await type("Templates folder", "IPT");
		expect(app.readPluginData(PLUGIN_ID)).toBeNull();
		expect(refusal(tab, "Templates folder")).toBeNull();
		await typeFolder("Cases folder", "Clients");
		expect(saved()).toEqual({ ...DEFAULT_PLUGIN_SETTINGS, casesFolder: "Clients" });
	});

	it("refuses a templates folder or folder to ignore that is or holds the cases folder", async () => {
		await typeFolder("Templates folder", "IPT");
		expect(refusal(tab, "Templates folder")).toBe('Not saved: "IPT" is or holds the cases folder ("IPT"), whose cases would then never be read.');
		await typeFolder("Folders to ignore", "Archive, ipt");
		expect(refusal(tab, "Folders to ignore")).toBe('Not saved: "ipt" is or holds the cases folder ("IPT"), whose cases would then never be read.');
		expect(app.readPluginData(PLUGIN_ID)).toBeNull();
		// Inside the cases folder is fine: the cases around it are still read.
		await typeFolder("Templates folder", "IPT/Templates");
		expect(refusal(tab, "Templates folder")).toBeNull();
		expect(saved().templatesFolder).toBe("IPT/Templates");
	});

	it("refuses a cases folder inside the templates folder or a folder to ignore, naming the setting it would break", async () => {
		await typeFolder("Cases folder", "IPT templates/Clients");
		expect(refusal(tab, "Cases folder")).toBe('Not saved: templates folder would become invalid: "IPT templates" is or holds the cases folder ("IPT templates/Clients"), whose cases would then never be read.');
		await typeFolder("Folders to ignore", "Archive");
		await typeFolder("Cases folder", "Archive");
		expect(refusal(tab, "Cases folder")).toBe('Not saved: folders to ignore would become invalid: "Archive" is or holds the cases folder ("Archive"), whose cases would then never be read.');
		expect(saved()).toEqual({ ...DEFAULT_PLUGIN_SETTINGS, ignoredFolders: ["Archive"] });
	});

	it("clears the reason once a good value is typed", async () => {
		await typeFolder("Export folder", "");
		const input = await typeFolder("Export folder", "Summaries");
		expect(refusal(tab, "Export folder")).toBeNull();
		expect(input.hasAttribute("aria-invalid")).toBe(false);
		expect(saved().exportFolder).toBe("Summaries");
	});
});

describe("new cases", () => {
	it("saves the default protocol and planned sessions, empty meaning the protocol's own", async () => {
		await choose("Default protocol", "perinatal");
		await type("Default planned sessions", "14");
		expect(saved()).toEqual({ ...DEFAULT_PLUGIN_SETTINGS, defaultProtocol: "perinatal", defaultPlannedSessions: 14 });
		await type("Default planned sessions", "");
		expect(saved().defaultPlannedSessions).toBeNull();
	});

	it("refuses planned sessions outside 1 to 52", async () => {
		await type("Default planned sessions", "60");
		expect(refusal(tab, "Default planned sessions")).toBe("Not saved: 60 is not a whole number of sessions from 1 to 52, or empty.");
		await type("Default planned sessions", "twelve");
		expect(refusal(tab, "Default planned sessions")).toBe('Not saved: "twelve" is not a whole number of sessions from 1 to 52, or empty.');
		expect(app.readPluginData(PLUGIN_ID)).toBeNull();
	});
});

describe("problem areas and flags", () => {
	it("saves the scheme, thresholds and ring count", async () => {
		await choose("Problem-area scheme", "three-areas");
		await type("Look-back window", "24");
		await type("Strong transition span", "12");
		await type("Close circles", "1");
		await type("Conflict threshold", "3");
		await type("Support threshold", "1");
		await choose("Ring count", "4");
		expect(saved()).toEqual(
			withEngine({ scheme: "three-areas", windowMonths: 24, transitionStrongMonths: 12, closeCircleMax: 1, conflictThreshold: 3, supportThreshold: 1, ringCount: 4 }),
		);
	});

	it("refuses a value out of range, or not a whole number", async () => {
		await type("Conflict threshold", "0");
		expect(refusal(tab, "Conflict threshold")).toBe("Not saved: 0 is not a whole number from 1 to 3.");
		await type("Look-back window", "1.5");
		expect(refusal(tab, "Look-back window")).toBe("Not saved: 1.5 is not a whole number of months from 1 to 120.");
		await type("Close circles", "two");
		expect(refusal(tab, "Close circles")).toBe('Not saved: "two" is not a whole number from 1 to 4.');
		expect(app.readPluginData(PLUGIN_ID)).toBeNull();
	});

	it("refuses a window shorter than the strong transition span, naming the setting it would break", async () => {
		await type("Look-back window", "3");
		expect(refusal(tab, "Look-back window")).toBe("Not saved: strong transition span would become invalid: 6 is more than look-back window (3).");
		await type("Strong transition span", "13");
		expect(refusal(tab, "Strong transition span")).toBe("Not saved: 13 is more than look-back window (12).");
		expect(app.readPluginData(PLUGIN_ID)).toBeNull();
	});
});

describe("phases", () => {
	it("saves a protocol's lengths from its three fields", async () => {
		await type("Standard", "20", 0);
		await type("Standard", "4", 1);
		await type("Standard", "5", 2);
		expect(saved().engine.protocols).toEqual({ ...DEFAULT_ENGINE_SETTINGS.protocols, standard: { planned: 20, initial: 4, final: 5 } });
		expect(shown(tab, "Brief")).toEqual(["8", "2", "2"]);
	});

	it("refuses phases that do not fit in the planned sessions, marking the field typed in", async () => {
		const final = await type("Brief", "7", 2);
		expect(refusal(tab, "Brief")).toBe("Not saved: initial (2) and final (7) phases do not fit in 8 planned sessions.");
		expect([control(tab, "Brief", 0), control(tab, "Brief", 1), final].map((el) => el.getAttribute("aria-invalid"))).toEqual([null, null, "true"]);
		expect(app.readPluginData(PLUGIN_ID)).toBeNull();
		// Making room first lets the same value through.
		await type("Brief", "12", 0);
		await type("Brief", "7", 2);
		expect(refusal(tab, "Brief")).toBeNull();
		expect(saved().engine.protocols.brief).toEqual({ planned: 12, initial: 2, final: 7 });
	});

	it("labels each of the three fields for screen readers", () => {
		expect([0, 1, 2].map((i) => control(tab, "Group", i).getAttribute("aria-label"))).toEqual(["Group: planned sessions", "Group: initial phase", "Group: final phase"]);
	});

	it("shows each box of a row under its own name, the name its label", () => {
		for (const [name, labels] of [
			["Standard", ["Planned sessions", "Initial phase", "Final phase"]],
			["Maintenance", ["Sessions", "Weeks apart"]],
			["Reliable change", ["PHQ-9", "GAD-7", "HAM-D", "EPDS"]],
			["Strong sensitivity", ["In circle 1", "Giving support"]],
		] as const) {
			const boxes = labels.map((_, i) => control(tab, name, i));
			expect(boxes.map((box) => box.closest("label")?.textContent)).toEqual(labels);
			expect(boxes.map((box) => box.closest("label")?.querySelector<HTMLElement>(".ipt-setting-box-label")?.isShown())).toEqual(labels.map(() => true));
		}
	});
});

describe("measures and privacy", () => {
	it("saves the primary measure and the measure warnings", async () => {
		await choose("Primary measure", "hamd");
		await type("Reliable change", "3", 2);
		await type("Severe from", "25", 0);
		await type("Measure overdue after", "2");
		const reliableChange = { ...DEFAULT_ENGINE_SETTINGS.reliableChange, hamd: 3 };
		const severeFrom = { ...DEFAULT_ENGINE_SETTINGS.severeFrom, phq9: 25 };
		expect(saved()).toEqual({ ...withEngine({ reliableChange, severeFrom, measureOverdueSessions: 2 }), primaryMeasure: "hamd" });
		expect(Array.from(control<HTMLSelectElement>(tab, "Primary measure").options).map((o) => o.text)).toEqual(["PHQ-9", "GAD-7", "HAM-D", "EPDS"]);
	});

	it("saves privacy mode when toggled", async () => {
		click(control(tab, "Privacy mode"));
		await app.flush();
		expect(saved().privacyMode).toBe(true);
		click(control(tab, "Privacy mode"));
		await app.flush();
		expect(saved().privacyMode).toBe(false);
	});
});

it("shows the saved values when the tab is opened again", async () => {
	await typeFolder("Cases folder", "Clients");
	await type("Look-back window", "abc");
	app.setting.close();
	tab = openSettings(app);
	expect([shown(tab, "Cases folder"), shown(tab, "Look-back window")]).toEqual([["Clients"], ["12"]]);
	expect(refusal(tab, "Look-back window")).toBeNull();
});

it("keeps settings saved from the tab across a restart of the plugin", async () => {
	await type("Reliable change", "7", 0);
	const data = app.readPluginData(PLUGIN_ID);
	document.body.empty();
	({ app } = await startPlugin({ pluginData: { [PLUGIN_ID]: data } }));
	expect(shown(openSettings(app), "Reliable change")).toEqual(["7", "4", "5", "4"]);
	expect(Notice.messages).toEqual([]);
});
