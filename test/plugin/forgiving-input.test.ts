/** @jest-environment jsdom */
// The plugin reads hand-written values as the command-line tool does, and shows
// sessions missed or cancelled in the sidebar and the caseload.
import { localCalendarDate } from "../../src/domain/model/dates";
import { FORGIVING_VAULT } from "../cli/forgiving-vault";
import { makeVault, removeVault, runCli } from "../support/cli";
import type { App } from "../fake-obsidian";
import { openCaseload, openSidebar, settle, showNote, startWorkbench, texts, viewRoot } from "./views-support";

let app: App;

beforeEach(async () => {
	app = await startWorkbench({ files: FORGIVING_VAULT });
	await settle(app);
});

afterEach(() => {
	document.body.empty();
});

it("reads every loose date, alias, slip and session not held as the command-line tool does", async () => {
	const printed = JSON.parse(await app.cli.run("ipt-workbench:report", { format: "json", identified: "true" })) as Record<string, unknown>;
	const root = makeVault(FORGIVING_VAULT);
	try {
		const expected = JSON.parse(runCli(["report", root, "--json", "--today", localCalendarDate(new Date())]).stdout) as Record<string, unknown>;
		expect({ ...printed, vault: "" }).toEqual({ ...expected, vault: "" });
	} finally {
		removeVault(root);
	}
	const messages = JSON.stringify(printed.diagnostics);
	expect(messages).toContain('protocol: \\"IPT-A\\" is read as adolescent; write adolescent');
	expect(messages).toContain("could be 12 March 2026 or 3 December 2026; write 2026-03-12 or 2026-12-03");
	expect(messages).toContain("did you mean formulation?");
});

it("shows the sessions not held in the sidebar, and the fixes among the case's diagnostics", async () => {
	await showNote(app, "IPT/Ana/Ana.md");
	const sidebar = await openSidebar(app);
	const root = viewRoot(sidebar);
	expect(texts(root, ".ipt-not-held")).toEqual(["Session 2 missed (did not attend); session 3 cancelled by the client"]);
	expect(root.textContent).toContain('start: "2026/03/02" is read as 2 March 2026; write 2026-03-02');
	expect(root.textContent).toContain("did you mean separation?");
});

it("shows missed sessions in a row in the caseload, and last seen as the last session held", async () => {
	const caseload = await openCaseload(app);
	const seen = texts(viewRoot(caseload), "td.ipt-col-seen");
	expect(seen).toHaveLength(1);
	expect(seen[0]).toMatch(/^2026-03-02 · .*2 missed in a row$/);
});
