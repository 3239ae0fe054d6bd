/** @jest-environment jsdom */
// A note read as text (its YAML broken) may settle after the plugin has unloaded: the read must then change nothing.
import manifest from "../../manifest.json";
import IptWorkbenchPlugin from "../../src/obsidian/main";
import { INDEX_CHANGED_EVENT } from "../../src/obsidian/index/index-sync";
import { createFakeApp } from "../fake-obsidian";
import { INDEX_WAIT_MS, wait } from "./views-support";

const VAULT = {
	"IPT/Ann/Ann.md": "---\nipt: case\nclient: A.K.\n---\n",
	"IPT/Ann/Sessions/Session 01.md": "---\nipt: session\nsession: 1\nhomework: [call Mum\n---\n# Session 1\n",
};

afterEach(() => document.body.empty());

it("a read still pending when the plugin unloads neither updates the index nor tells the views", async () => {
	const app = createFakeApp({ files: VAULT });
	const plugin = await app.loadPlugin(IptWorkbenchPlugin, manifest);
	const release = app.vault.holdReads();
	await app.workspace.triggerLayoutReady();
	await wait(INDEX_WAIT_MS);

	const announced: unknown[] = [];
	app.workspace.on(INDEX_CHANGED_EVENT, (changed: unknown) => announced.push(changed));
	plugin.unload();
	release();
	await app.flush();
	await wait(INDEX_WAIT_MS);
	expect(announced).toEqual([]);
});
