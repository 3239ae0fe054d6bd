/** @jest-environment jsdom */

// The numbers of ipt-rules.md as a user changes them in the settings tab: the sidebar
// reads the open case again under the new numbers, and a value that would contradict
// another is refused with the reason.
import { DEFAULT_ENGINE_SETTINGS } from "../../src/domain/settings/engine-settings";
import { type App, enterText, Notice, type WorkspaceLeaf } from "../fake-obsidian";
import { control, openSettings, PLUGIN_ID, refusal, shown } from "./settings-support";
import { demoVaultFiles, INDEX_WAIT_MS, openSidebar, section, settle, showNote, startWorkbench, texts } from "./views-support";

const THEO = "IPT/Theo B/Theo B.md";

let app: App;
let leaf: WorkspaceLeaf;
let tab: HTMLElement;

beforeEach(async () => {
	app = await startWorkbench({ files: demoVaultFiles() });
	await showNote(app, THEO);
	leaf = await openSidebar(app);
	tab = openSettings(app);
});

afterEach(() => {
	document.body.empty();
	Notice.reset();
});

async function type(name: string, text: string, index = 0): Promise<void> {
	enterText(control(tab, name, index), text);
	await settle(app, INDEX_WAIT_MS);
}

function primarySummary(): string[] {
	return texts(section(leaf, "measures"), ".ipt-measure-summary");
}

it("shows the rules' numbers, with a field for each measure's remission cut-off", () => {
	expect(["Strong sensitivity", "Possible sensitivity", "Baseline sessions", "Response reduction", "Remission below"].map((name) => shown(tab, name))).toEqual([
		["0", "1"],
		["1", "2"],
		["2"],
		["50"],
		["5", "5", "8", "10"],
	]);
	expect([0, 1, 2, 3].map((i) => control(tab, "Remission below", i).getAttribute("aria-label"))).toEqual([
		"Remission below: PHQ-9",
		"Remission below: GAD-7",
		"Remission below: HAM-D",
		"Remission below: EPDS",
	]);
});

it("reads the open case again when the response and remission numbers change", async () => {
	expect(primarySummary()).toEqual(["PHQ-9Baseline 16 → latest 11 (moderate), 7 scoresNo responseWhy?No remissionWhy?No reliable changeWhy?"]);
	await type("Response reduction", "30");
	expect(primarySummary()).toEqual(["PHQ-9Baseline 16 → latest 11 (moderate), 7 scoresResponseWhy?No remissionWhy?No reliable changeWhy?"]);
	// Theo's last two scores are 12 and 11: below 12 is only the latest, below 13 both (sustained).
	await type("Remission below", "12", 0);
	expect(primarySummary()).toEqual(["PHQ-9Baseline 16 → latest 11 (moderate), 7 scoresResponseWhy?Below the remission cut-offWhy?No reliable changeWhy?"]);
	await type("Remission below", "13", 0);
	expect(primarySummary()).toEqual(["PHQ-9Baseline 16 → latest 11 (moderate), 7 scoresResponseWhy?RemissionWhy?No reliable changeWhy?"]);
	// The rules behind the verdicts say the new numbers.
	const why = Array.from(section(leaf, "measures").querySelectorAll<HTMLButtonElement>(".ipt-measure-summary .ipt-why")).slice(0, 2);
	why.forEach((button) => button.click());
	expect(texts(section(leaf, "measures"), ".ipt-why-text")).toEqual([
		"Response: the latest PHQ-9 score at least 30% below a baseline above zero, rounded down to a whole score",
		"Remission: the latest two PHQ-9 scores both below 13; one such score is only below the cut-off",
	]);
	expect(app.readPluginData(PLUGIN_ID)).toMatchObject({
		engine: { ...DEFAULT_ENGINE_SETTINGS, responseReductionPercent: 30, remissionBelow: { ...DEFAULT_ENGINE_SETTINGS.remissionBelow, phq9: 13 } },
	});
});

it("refuses a cut-off outside the measure's range, and a strong limit above the possible one", async () => {
	await type("Remission below", "30", 0);
	expect(refusal(tab, "Remission below")).toBe("Not saved: 30 is not a whole number of points from 1 to 27.");
	await type("Strong sensitivity", "2", 0);
	expect(refusal(tab, "Strong sensitivity")).toBe("Not saved: 2 is more than possible sensitivity: in circle 1 (1).");
	await type("Response reduction", "half");
	expect(refusal(tab, "Response reduction")).toBe('Not saved: "half" is not a whole percentage from 1 to 100.');
	expect(app.readPluginData(PLUGIN_ID)).toBeNull();
	expect(primarySummary()).toEqual(["PHQ-9Baseline 16 → latest 11 (moderate), 7 scoresNo responseWhy?No remissionWhy?No reliable changeWhy?"]);
});
