/** @jest-environment jsdom */
// A session note that already has the next session's file name but no session number
// (made by hand, its number not filled in yet) blocks new-session: the notice says what
// to fix in that note rather than to rename it.
import { CASE_NOTE, CASE_PATH, notices, openNote, pinToday, resetUi, runCommand, session, startVault, textOf } from "./case-commands-harness";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

const UNNUMBERED = "IPT/Jo R/Sessions/Session 02.md";

describe("new-session beside an unnumbered session note", () => {
	it("names the note and asks for its session number, writing nothing", async () => {
		const unnumbered = "---\nipt: session\ndate: 2026-02-01\n---\nWhat Jo said in the second session.\n";
		const app = await startVault({ [CASE_PATH]: CASE_NOTE, "IPT/Jo R/Sessions/Session 01.md": session(1), [UNNUMBERED]: unnumbered });
		const count = app.vault.getMarkdownFiles().length;
		await openNote(app, CASE_PATH);
		await runCommand(app, "new-session");
		expect(notices()).toEqual([`IPT Workbench: "${UNNUMBERED}" has no session number, so no new session was written. Give it its number (session: 2) and try again.`]);
		expect(textOf(app, UNNUMBERED)).toBe(unnumbered);
		expect(app.vault.getMarkdownFiles()).toHaveLength(count);
	});
});
