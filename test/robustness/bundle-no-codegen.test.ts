/** @jest-environment jsdom */

// The behavioural half of bundle-privacy's "generates no code at run time": the built
// main.js runs in this realm with every string-to-code door replaced by a spy, and works
// a vault through the paths where a validation library would compile parsers (notes,
// settings) and the views, in case anything reaches for codegen. `npm test` builds
// main.js before jest runs.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import manifest from "../../manifest.json";
import type IptWorkbenchPlugin from "../../src/obsidian/main";
import * as obsidian from "../fake-obsidian";
import { type App, createFakeApp, type WorkspaceLeaf } from "../fake-obsidian";
import { CASE_FILES, CASE_PATH, clickButton, notices, resetUi, runCommand, session } from "../plugin/case-commands-harness";
import { openSettings, PLUGIN_ID, shown } from "../plugin/settings-support";
import { openCaseload, openSidebar, section, showNote, texts, viewRoot } from "../plugin/views-support";
import { type CodegenSpies, installCodegenSpies } from "./codegen-spies";

// Compiled now, before the spies exist, so that the bundle's own code runs in this realm
// (jest's jsdom window), where the spies are.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test's own compile of the bundle, made before the spies
const evaluateBundle = new Function("module", "exports", "require", readFileSync(resolve(__dirname, "../../main.js"), "utf8")) as (module: { exports: unknown }, exports: unknown, require: (id: string) => unknown) => void;

/** Runs main.js as Obsidian does: CommonJS, with `obsidian` the only module it may require. */
function loadBundle(): typeof IptWorkbenchPlugin {
	const module = { exports: {} as { default?: typeof IptWorkbenchPlugin } };
	evaluateBundle(module, module.exports, (id) => {
		if (id !== "obsidian") throw new Error(`main.js required ${id}`);
		return obsidian;
	});
	if (module.exports.default === undefined) throw new Error("main.js exports no plugin");
	return module.exports.default;
}

const FAR = "IPT/Jo R/People/Far.md";

/** The case of the command tests, with notes a validator must refuse. */
const VAULT: Record<string, string> = {
	...CASE_FILES,
	// Circle out of range (an error) and a misspelt key (a warning).
	[FAR]: "---\nipt: person\nrole: friend\ncircle: 9\ncirle: 2\n---\n",
	// A session number that is not a number.
	"IPT/Jo R/Sessions/Session 07.md": session(7).replace("session: 7", "session: seven"),
};

/** data.json with some settings valid and some not, down to the nested protocol lengths. */
const PLUGIN_DATA = {
	casesFolder: "IPT",
	defaultProtocol: "weekly",
	defaultPlannedSessions: 99,
	privacyMode: false,
	engine: {
		windowMonths: 24,
		ringCount: 5,
		protocols: { standard: { planned: 14, initial: 3, final: 3 }, brief: { planned: 2, initial: 2, final: 2 } },
	},
};

let spies: CodegenSpies;
let app: App;
let sidebar: WorkspaceLeaf;

beforeAll(() => {
	spies = installCodegenSpies();
});

afterAll(() => {
	spies.restore();
	resetUi();
});

describe("the built main.js, with every way to generate code refused", () => {
	it("loads and reads data.json, keeping its valid settings and naming the others", async () => {
		app = createFakeApp({ files: VAULT, pluginData: { [PLUGIN_ID]: PLUGIN_DATA } });
		await app.loadPlugin(loadBundle(), manifest);
		await app.workspace.triggerLayoutReady();
		const [problems] = notices();
		expect(problems?.split("\n").slice(1).map((line) => line.split(":")[0])).toEqual(["defaultProtocol", "defaultPlannedSessions", "engine.ringCount", "engine.protocols.brief"]);
	});

	// data.json could not be read whole, so privacy mode starts on: initials and role labels.
	it("indexes the case and draws it in the sidebar: closeness circle and the notes' diagnostics", async () => {
		await showNote(app, CASE_PATH);
		sidebar = await openSidebar(app);
		expect(texts(viewRoot(sidebar), ".ipt-client")).toEqual(["J.R."]);
		const circle = section(sidebar, "closeness-circle");
		expect(circle.querySelector("svg")).not.toBeNull();
		expect(texts(circle, ".ipt-node-label")).toEqual(["Mother", "Friend 1"]);
		expect(texts(section(sidebar, "diagnostics"), ".ipt-diagnostic-field")).toEqual(["cirle", "circle", "session"]);
	});

	it("lists the case in the caseload", async () => {
		const caseload = await openCaseload(app);
		expect(texts(viewRoot(caseload), ".ipt-caseload-row .ipt-col-client")).toEqual(["J.R."]);
	});

	it("validates the notes", async () => {
		await runCommand(app, "validate-notes");
		expect(document.querySelector(".modal-container .modal-content p")?.textContent).toBe("2 errors and 1 warning in 2 notes.");
		resetUi();
	});

	it("toggles privacy mode and, once the user agrees to replace the unreadable data.json, saves it", async () => {
		void app.commands.executeCommandByIdAsync(`${PLUGIN_ID}:toggle-privacy-mode`);
		await app.flush();
		await clickButton(app, "Replace and save");
		expect(app.readPluginData(PLUGIN_ID)).toMatchObject({ privacyMode: false });
		expect(notices()).toEqual([`IPT Workbench: settings saved. The file that could not be read is kept as ".obsidian/plugins/${PLUGIN_ID}/data.json.bak".`, "Privacy mode is off: people show by name."]);
	});

	it("shows the settings tab with the settings as read", () => {
		const tab = openSettings(app);
		expect(["Default protocol", "Default planned sessions", "Look-back window", "Ring count", "Standard", "Brief", "Privacy mode"].map((name) => shown(tab, name))).toEqual([["standard"], [""], ["24"], ["3"], ["14", "3", "3"], ["8", "2", "2"], ["off"]]);
	});

	it("never tried to generate code", () => {
		expect(spies.calls).toEqual([]);
	});
});
