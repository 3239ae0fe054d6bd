/** @jest-environment jsdom */

// "Show supervision totals" from the palette, as a trainee checking their log would.
import type { App } from "../fake-obsidian";
import { isModalOpen, modal, resetUi, runCommand, startVault } from "./case-commands-harness";
import { PLUGIN_ID } from "./settings-support";

function note(frontmatter: string, body = ""): string {
	return `---\n${frontmatter.trim()}\n---\n${body}`;
}

const CASE = "IPT/Ann B/Ann B.md";
const FILES: Record<string, string> = {
	[CASE]: note("ipt: case\nclient: Ann Baker\nprotocol: standard"),
	"IPT/Ann B/Supervision/2026-03-10.md": note("ipt: supervision\ndate: 2026-03-10\nsupervisor: Dr Hannah Lee\nminutes: 60\nrecording_reviewed: true\nsessions: [2, 8, 15]"),
	"IPT/Cy D/Cy D.md": note("ipt: case\nclient: Cy Dunn"),
	"Supervision/Cy 1.md": note('ipt: supervision\ncase: "[[Cy D]]"\ndate: 2026-05-02\nsupervisor: Prof Ada Byrne\nminutes: 45\nconsent_recorded: true\nsessions: [3]'),
};

afterEach(resetUi);

/** Each table of the modal as "label: value" lines, with the heading before it. */
function shown(): string[] {
	const lines: string[] = [];
	for (const el of Array.from(modal().querySelectorAll("h3, tr, li, p"))) {
		const cells = Array.from(el.children).map((cell) => cell.textContent ?? "");
		lines.push(el.tagName === "TR" ? cells.join(": ") : (el.textContent ?? ""));
	}
	return lines;
}

async function openTotals(app: App): Promise<void> {
	await runCommand(app, "supervision-totals");
	expect(modal().querySelector(".modal-title")?.textContent).toBe("Supervision totals");
}

it("is named for the palette without a hotkey, and offered with no note open", async () => {
	const app = await startVault(FILES);
	const command = app.commands.findCommand(`${PLUGIN_ID}:supervision-totals`);
	expect([command?.name, command?.hotkeys]).toEqual(["IPT Workbench: Show supervision totals", undefined]);
	expect(app.commands.isAvailable(`${PLUGIN_ID}:supervision-totals`)).toBe(true);
});

it("shows the totals over all cases, then each supervised case, as the command line prints them", async () => {
	const app = await startVault(FILES);
	await openTotals(app);
	expect(shown()).toEqual([
		"Supervised cases: 2 (ISIPT therapist certification asks for 3)",
		"Cases with early, middle and late sessions discussed: 1",
		"Meetings: 2",
		"Hours: 1.75 (105 minutes)",
		"Recordings reviewed: 1",
		"Cases with consent recorded: 1 of 2",
		"Ann Baker (IPT/Ann B/Ann B.md)",
		"Meetings: 1",
		"Hours: 1 (60 minutes)",
		"Sessions discussed, early (initial phase): 2",
		"Sessions discussed, middle: 8",
		"Sessions discussed, late (final phase): 15",
		"Early, middle and late covered: yes",
		"Recordings reviewed: 1",
		"Consent recorded: no",
		"Supervisors: Dr Hannah Lee",
		"A recording was reviewed in 1 meeting, but no meeting records the client's consent (consent_recorded: true).",
		"Cy Dunn (IPT/Cy D/Cy D.md)",
		"Meetings: 1",
		"Hours: 0.75 (45 minutes)",
		"Sessions discussed, early (initial phase): 3",
		"Sessions discussed, middle: none",
		"Sessions discussed, late (final phase): none",
		"Early, middle and late covered: no",
		"Recordings reviewed: 0",
		"Consent recorded: yes",
		"Supervisors: Prof Ada Byrne",
	]);
});

it("follows a new supervision note the next time it is opened", async () => {
	const app = await startVault(FILES);
	await app.vault.create("IPT/Ann B/Supervision/2026-04-01.md", note("ipt: supervision\ndate: 2026-04-01\nsupervisor: Dr Hannah Lee\nminutes: 30\nconsent_recorded: true"));
	await app.flush();
	await openTotals(app);
	expect(shown()).toContain("Hours: 2.25 (135 minutes)");
	expect(shown()).toContain("Cases with consent recorded: 2 of 2");
});

it("opens a case's note from its heading", async () => {
	const app = await startVault(FILES);
	await openTotals(app);
	modal().querySelector<HTMLElement>("h3 a")?.click();
	await app.flush();
	expect(isModalOpen()).toBe(false);
	expect(app.workspace.getActiveFile()?.path).toBe(CASE);
});

it("hides clients and supervisors in privacy mode, and says what to add when there is nothing to count", async () => {
	const app = await startVault(FILES, { privacyMode: true });
	await openTotals(app);
	const text = modal().textContent ?? "";
	expect(shown()).toContain("A.B.");
	expect(shown()).toContain("Supervisors: Supervisor");
	expect(text).not.toMatch(/Ann|Baker|Hannah|Lee|Ada|Byrne|Cy|Dunn/);
	resetUi();
	const empty = await startVault({ [CASE]: FILES[CASE] ?? "" });
	await openTotals(empty);
	expect(shown()).toContain("No supervision notes yet: add a note with ipt: supervision for each meeting (see the note format).");
});
