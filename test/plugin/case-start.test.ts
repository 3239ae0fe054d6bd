/** @jest-environment jsdom */

// A client moved in from paper: the session notes are in place, the case note is made
// today. Its start then falls after the sessions held, which the sidebar and
// "Validate notes" say, naming the case note and `start`.
import { clickButton, fileAt, modal, openNote, pinToday, resetUi, runCommand, startVault, type, TODAY } from "./case-commands-harness";
import { INDEX_WAIT_MS, openSidebar, settle, texts, viewRoot } from "./views-support";

const CASE = "IPT/Kim/Kim.md";
const SESSION = "IPT/Kim/Sessions/Session 01.md";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

const WARNING = `start: ${TODAY} is after the first session (session 1, held 2026-04-02, in "${SESSION}"); set start to 2026-04-02 or earlier, or correct that session's date.`;

it("is shown in the sidebar and by Validate notes until the start is moved back", async () => {
	const app = await startVault({ [SESSION]: "---\nipt: session\nsession: 1\ndate: 2026-04-02\n---\n" });
	await runCommand(app, "create-case");
	type("Client code", "Kim");
	await clickButton(app, "Create");
	await settle(app, INDEX_WAIT_MS);
	await runCommand(app, "validate-notes");
	expect(modal().textContent).toContain(WARNING);
	modal().querySelector<HTMLElement>(".modal-close-button")?.click();

	await openNote(app, CASE);
	const leaf = await openSidebar(app);
	await settle(app, INDEX_WAIT_MS);
	expect(texts(viewRoot(leaf), ".ipt-diagnostics li").join("\n")).toContain(WARNING);

	await app.fileManager.processFrontMatter(fileAt(app, CASE), (frontmatter: Record<string, unknown>) => {
		frontmatter.start = "2026-04-02";
	});
	await settle(app, INDEX_WAIT_MS);
	expect(texts(viewRoot(leaf), ".ipt-diagnostics li").join("\n")).not.toContain("is after the first session");
});

it("names no one in privacy mode: the session's path is redacted like any other", async () => {
	const app = await startVault(
		{ [CASE]: "---\nipt: case\nclient: Kim Novak\nstart: 2026-05-01\n---\n", [SESSION]: "---\nipt: session\nsession: 1\ndate: 2026-04-02\n---\n" },
		{ privacyMode: true },
	);
	await openNote(app, CASE);
	const leaf = await openSidebar(app);
	await settle(app, INDEX_WAIT_MS);
	const shown = texts(viewRoot(leaf), ".ipt-diagnostics li").join("\n");
	expect(shown).toContain("start: 2026-05-01 is after the first session (session 1, held 2026-04-02");
	expect(shown).not.toMatch(/Kim|Novak/);
});
