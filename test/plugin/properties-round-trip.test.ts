/** @jest-environment jsdom */
// The plugin writes through Obsidian's frontmatter editing, which rewrites the whole block the
// Properties editor's way (comments dropped, block lists, quoted links): the plugin must read
// back what it wrote, and lose nothing it did not mean to change.
import { CASE_FILES, CASE_PATH, clickButton, field, modal, openNote, pinToday, propertiesOf, resetUi, runCommand, startVault, textOf, tick } from "./case-commands-harness";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

const HAND_WRITTEN_CASE = `---
# written by hand, before the plugin
ipt: case
client: Jo R # initials only
protocol: standard
planned_sessions: 16
onset: 2026-01
measure: phq9
aliases: [Jo, "J. R."]
---
# Jo R
`;

async function checkedText(app: Awaited<ReturnType<typeof startVault>>): Promise<string> {
	await runCommand(app, "validate-notes");
	const text = modal().querySelector(".modal-content")?.textContent ?? "";
	resetUi();
	return text;
}

it("a hand-written case note, rewritten by Set focus, reads back the same but for its focus", async () => {
	const app = await startVault({ ...CASE_FILES, [CASE_PATH]: HAND_WRITTEN_CASE });
	const before = propertiesOf(app, CASE_PATH);
	const checkBefore = await checkedText(app);
	await openNote(app, CASE_PATH);
	await runCommand(app, "set-focus");
	tick(field("Role dispute"));
	await clickButton(app, "Save");

	expect(textOf(app, CASE_PATH)).toBe("---\nipt: case\nclient: Jo R\nprotocol: standard\nplanned_sessions: 16\nonset: 2026-01\nmeasure: phq9\naliases:\n  - Jo\n  - J. R.\nfocus:\n  - role-dispute\n---\n# Jo R\n");
	expect(propertiesOf(app, CASE_PATH)).toEqual({ ...before, focus: ["role-dispute"] });
	expect(await checkedText(app)).toBe(checkBefore);
});
