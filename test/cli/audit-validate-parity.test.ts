/** @jest-environment jsdom */

// `ipt-workbench validate` and the plugin's Validate notes list the same problems for
// the same vault and settings: same files, same severities, same messages.
import manifest from "../../manifest.json";
import IptWorkbenchPlugin from "../../src/obsidian/main";
import { createFakeApp, type App } from "../fake-obsidian";
import { validatedNotes } from "../plugin/validate-support";
import { makeVault, note, removeVault, runCli } from "../support/cli";

const SETTINGS = { templatesFolder: "Templates", engine: { inventoryMinPeople: 2 } };

const FILES: Record<string, string> = {
	"IPT/Zoë/Zoë.md": note("ipt: case\nclient: Zoë Ñ.\nprotocol: weekly\nplanned_sessions: 0\nstart: 2026-13-01\nonset: 2026-06\nfocus: [grief, anger]"),
	"IPT/Zoë/People/Mère.md": note("ipt: person\nrole: mother\ncircle: 5\nsupport: two\nconflict: 1").replace(/\n/g, "\r\n"),
	"IPT/Zoë/People/Ami.md": note("ipt: person\nrole: friend\ncircle: 1\ncase: \"[[Nobody here]]\""),
	"IPT/Zoë/Events/Move.md": note("ipt: event\ndate: last spring\ntype: moving-house"),
	"IPT/Zoë/Sessions/Session 1.md": note("ipt: session\nsession: 1\ndate: 2026-01-05\nphq9: 30\nphq9_items: [1, 1, 1]\nhomework: [\"Call\"]"),
	"IPT/Zoë/Sessions/Session 2.md": "---\nipt: session\nsession: 2\nhomework: [call Mum\n---\n",
	"IPT/Zoë/Sessions/Session 3.md": "---\nipt: session\nsession: 3\n",
	"Loose/Session.md": note("ipt: session\nsession: 1"),
	"Loose/Unknown.md": note("ipt: client\nname: X"),
	"Templates/Session.md": note("ipt: session\nsession: {{number}}"),
	"Daily/2026-01-05.md": note("mood: [broken"),
};

/** The plugin's Validate notes list: each file with its lines, as "Error: ..." or "Warning: ...". */
async function pluginValidation(): Promise<[string, string[]][]> {
	const app: App = createFakeApp({ files: FILES, pluginData: { [manifest.id]: SETTINGS } });
	await app.loadPlugin(IptWorkbenchPlugin, manifest);
	await app.workspace.triggerLayoutReady();
	await app.flush();
	return validatedNotes(app);
}

/** The command line's list, read back into the same shape. */
function cliValidation(): [string, string[]][] {
	const vault = makeVault({ ...FILES, ".obsidian/plugins/ipt-workbench/data.json": JSON.stringify(SETTINGS) });
	try {
		const result = runCli(["validate", vault]);
		expect(result.status).toBe(1);
		const files: [string, string[]][] = [];
		for (const line of result.stdout.split("\n").slice(2)) {
			const problem = /^ {2}(error|warning) +(.*)$/.exec(line);
			if (problem) files.at(-1)?.[1].push(`${problem[1] === "error" ? "Error" : "Warning"}: ${problem[2]}`);
			else if (line !== "") files.push([line, []]);
		}
		return files;
	} finally {
		removeVault(vault);
	}
}

it("lists the same problems as the plugin's Validate notes", async () => {
	const cli = cliValidation();
	expect(cli.length).toBeGreaterThan(5);
	expect(cli).toEqual(await pluginValidation());
});
