/** @jest-environment jsdom */
// The links the plugin writes follow the user's link format, and open the case in the app and on the command line alike.
import { makeVault, removeVault } from "../support/cli";
import { jsonReport } from "../cli/report-json";
import type { LinkFormat } from "../fake-obsidian/vault";
import { CASE_FILES, clickButton, CASE_PATH, modal, openNote, pinToday, propertiesOf, resetUi, runCommand, textOf } from "./case-commands-harness";
import { startPlugin } from "./settings-support";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

const SESSION_07 = "IPT/Jo R/Sessions/Session 07.md";

const EXPECTED: Record<LinkFormat, string> = {
	shortest: "[[Jo R]]",
	relative: "[[../Jo R]]",
	absolute: "[[IPT/Jo R/Jo R]]",
};

describe.each(Object.entries(EXPECTED) as [LinkFormat, string][])("with the %s link format", (format, caseLink) => {
	it("a new session links its case in that format, and both faces file it under the case without a warning", async () => {
		const { app } = await startPlugin({ files: CASE_FILES, appConfig: { newLinkFormat: format } });
		await app.workspace.triggerLayoutReady();
		await openNote(app, CASE_PATH);
		await runCommand(app, "new-session");
		await clickButton(app, "Create");
		expect(propertiesOf(app, SESSION_07)?.case).toBe(caseLink);

		await runCommand(app, "validate-notes");
		expect(modal().querySelector(".modal-content p")?.textContent).toBe("Every note follows the note format.");

		const root = makeVault(Object.fromEntries(app.vault.getMarkdownFiles().map((file) => [file.path, textOf(app, file.path)])));
		try {
			const report = jsonReport(root);
			expect(report.diagnostics).toEqual([]);
			expect(report.cases.map((c) => c.path)).toEqual([CASE_PATH]);
		} finally {
			removeVault(root);
		}
	});
});
