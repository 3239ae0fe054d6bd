/** @jest-environment jsdom */

// The ring count chosen in the settings decides which `circle` values a person note may
// hold: with 4 rings, `circle: 4` is read; with 3 it is refused. Changing the setting
// reads the notes again.
import { chooseValue, Notice, type App, type WorkspaceLeaf } from "../fake-obsidian";
import { control, openSettings, PLUGIN_ID } from "./settings-support";
import { INDEX_WAIT_MS, openSidebar, section, settle, showNote, startWorkbench, texts } from "./views-support";

const CASE = "IPT/Ann/Ann.md";
const VAULT = {
	[CASE]: "---\nipt: case\nclient: A.K.\n---\n",
	"IPT/Ann/People/Mum.md": "---\nipt: person\nname: Mum\nrole: mother\ncircle: 1\n---\n",
	"IPT/Ann/People/Cousin.md": "---\nipt: person\nname: Cousin\nrole: cousin\ncircle: 4\n---\n",
};

/** The tooltip of each person in the closeness circle. */
function people(leaf: WorkspaceLeaf): string[] {
	return Array.from(section(leaf, "closeness-circle").querySelectorAll(".ipt-circle-node")).map((node) => node.getAttribute("aria-label") ?? "");
}

function diagnosticFields(leaf: WorkspaceLeaf): string[] {
	return texts(section(leaf, "diagnostics"), ".ipt-diagnostic-field");
}

async function chooseRings(app: App, rings: "3" | "4"): Promise<void> {
	chooseValue(control<HTMLSelectElement>(openSettings(app), "Ring count"), rings);
	app.setting.close();
	await settle(app, INDEX_WAIT_MS);
}

async function sidebarOn(options: Parameters<typeof startWorkbench>[0]): Promise<{ app: App; leaf: WorkspaceLeaf }> {
	const app = await startWorkbench(options);
	await showNote(app, CASE);
	return { app, leaf: await openSidebar(app) };
}

afterEach(() => {
	document.body.empty();
	Notice.reset();
});

describe("the ring count setting and the person notes' circle", () => {
	it("refuses circle 4 with 3 rings, the default", async () => {
		const { leaf } = await sidebarOn({ files: VAULT });
		expect(diagnosticFields(leaf)).toEqual(["circle"]);
		expect(people(leaf)).not.toContainEqual(expect.stringContaining("circle 4"));
	});

	it("reads circle 4 when the saved settings give 4 rings", async () => {
		const { leaf } = await sidebarOn({ files: VAULT, pluginData: { [PLUGIN_ID]: { engine: { ringCount: 4 } } } });
		expect(texts(section(leaf, "diagnostics"), ".ipt-empty")).toEqual(["No problems in this case's notes."]);
		expect(people(leaf)).toContainEqual(expect.stringMatching(/^Cousin, cousin: circle 4,/));
	});

	it("reads the notes again when the user changes the ring count, both ways", async () => {
		const { app, leaf } = await sidebarOn({ files: VAULT });
		await chooseRings(app, "4");
		expect(app.readPluginData(PLUGIN_ID)).toMatchObject({ engine: { ringCount: 4 } });
		expect(diagnosticFields(leaf)).toEqual([]);
		expect(people(leaf)).toContainEqual(expect.stringMatching(/^Cousin, cousin: circle 4,/));
		await chooseRings(app, "3");
		expect(diagnosticFields(leaf)).toEqual(["circle"]);
		expect(people(leaf)).not.toContainEqual(expect.stringContaining("circle 4"));
	});
});
