/** @jest-environment jsdom */
// The plugin tests run the source; what users install is main.js, minified and with its
// top-level function declarations moved last (scripts/functions-last.mjs). Privacy mode
// and the de-identified export, run from that very file on the names the notes disguise,
// show none of them. `npm test` builds main.js before jest runs.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type IptWorkbenchPlugin from "../../src/obsidian/main";
import * as obsidian from "../fake-obsidian";
import { DISGUISED_FILES, DISGUISES, disguisesLeft, MAYA_CASE } from "../unit/privacy/disguised-names.fixture";
import { clickButton, choose, filesIn, openNote, pinToday, resetUi, runCommand, textOf } from "./case-commands-harness";
import { openSidebar, showNote, startWorkbench, texts, viewRoot } from "./views-support";

type Loader = (require: (name: string) => unknown, module: { exports: { default?: unknown } }) => void;

/** main.js evaluated as Obsidian evaluates it: its text as a function's body, with `require` giving the obsidian module. */
function shippedPlugin(): typeof IptWorkbenchPlugin {
	const text = readFileSync(resolve(__dirname, "../../main.js"), "utf8");
	// Function of the test's own realm, so that main.js sees jsdom's window and the fake's helpers.
	const load = new Function("require", "module", text) as Loader;
	const module: { exports: { default?: unknown } } = { exports: {} };
	load((name) => {
		if (name !== "obsidian") throw new Error(`main.js asked for ${name}`);
		return obsidian;
	}, module);
	if (typeof module.exports.default !== "function") throw new Error("main.js did not export a plugin class");
	return module.exports.default as typeof IptWorkbenchPlugin;
}

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

it("hides every disguised name in the sidebar in privacy mode", async () => {
	const app = await startWorkbench({ files: DISGUISED_FILES, pluginData: { "ipt-workbench": { privacyMode: true } } }, shippedPlugin());
	await showNote(app, MAYA_CASE);
	const leaf = await openSidebar(app);
	expect(texts(viewRoot(leaf), ".ipt-homework-items li")).toEqual(DISGUISES.map(([, shown]) => shown));
});

it("leaves none of them in a de-identified export", async () => {
	const app = await startWorkbench({ files: DISGUISED_FILES }, shippedPlugin());
	await openNote(app, MAYA_CASE);
	await runCommand(app, "export-case");
	choose("Note text", "yes");
	await clickButton(app, "Export");
	const folder = "IPT exports/Client A";
	const written = filesIn(app, folder);
	expect(written).toHaveLength(3);
	for (const name of written) expect([name, disguisesLeft(textOf(app, `${folder}/${name}`))]).toEqual([name, []]);
});
