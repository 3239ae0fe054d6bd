/** @jest-environment jsdom */
import { bodyOf, clickButton, field, isModalOpen, modal, press, type, CASE_FILES, CASE_PATH, notices, openNote, pinToday, propertiesOf, resetUi, runCommand, session, startVault, textOf, TODAY, isOffered, runUnoffered } from "./case-commands-harness";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

const SESSION_07 = "IPT/Jo R/Sessions/Session 07.md";

describe("new-session", () => {
	it("is not offered when no case is open; run anyway, says so and writes nothing", async () => {
		const app = await startVault();
		const count = app.vault.getMarkdownFiles().length;
		await openNote(app, "Other/Shopping.md");
		expect(isOffered(app, "new-session")).toBe(false);
		await runUnoffered(app, "new-session");
		expect(notices()).toEqual(["Open a note of an IPT case first."]);
		expect(app.vault.getMarkdownFiles()).toHaveLength(count);
	});

	it("writes the next session: today's date, the focus carried forward, last session's homework to review", async () => {
		const app = await startVault();
		await openNote(app, "IPT/Jo R/People/Ann.md");
		await runCommand(app, "new-session");
		await clickButton(app, "Create");

		expect(propertiesOf(app, SESSION_07)).toEqual({ ipt: "session", case: "[[Jo R]]", session: 7, date: TODAY, focus: ["role-dispute"], tasks: [], homework_review: null, risk_reviewed: false });
		// Shown by the Properties editor as a value and a checkbox to fill in.
		expect(textOf(app, SESSION_07)).toContain("\nhomework_review:\nrisk_reviewed: false\n---\n");
		const body = bodyOf(app, SESSION_07);
		expect(body).toMatch(/^# Session 7: middle phase\n\nFocus: role-dispute\n\n## Homework to review\nFrom session 6:\n- \[ \] Call Ann on Sunday\n- \[ \] Walk with Ben\n\n## Mood and measure\n/);
		expect(app.workspace.getActiveFile()?.path).toBe(SESSION_07);
		expect(notices()).toEqual([]);
	});

	it("asks for the day, today unless changed, so that a session can be written up later", async () => {
		const app = await startVault();
		await openNote(app, CASE_PATH);
		await runCommand(app, "new-session");
		expect(modal().querySelector(".modal-title")?.textContent).toBe("New session note");
		expect(document.activeElement).toBe(field("Date"));
		expect(field("Date").value).toBe(TODAY);
		expect(field("Date").getAttribute("type")).toBe("date");
		expect(field("Date").closest(".setting-item")?.querySelector(".setting-item-description")?.textContent).toBe("Session 7, middle phase: the day it was held.");
		type("Date", "2026-05-28");
		await press(app, "Enter", field("Date"));
		expect(isModalOpen()).toBe(false);
		expect(propertiesOf(app, SESSION_07)).toMatchObject({ session: 7, date: "2026-05-28" });
	});

	it("carries the case's agreed focus rather than the last session's", async () => {
		const app = await startVault({ ...CASE_FILES, [CASE_PATH]: CASE_FILES[CASE_PATH]?.replace("measure: phq9", "measure: phq9\nfocus: [role-transition]") ?? "" });
		await openNote(app, CASE_PATH);
		await runCommand(app, "new-session");
		await clickButton(app, "Create");
		expect(propertiesOf(app, SESSION_07)).toMatchObject({ focus: ["role-transition"] });
	});

	it("starts a case without sessions at session 1, from the initial phase's template, with nothing to review", async () => {
		const app = await startVault({ [CASE_PATH]: CASE_FILES[CASE_PATH] ?? "" });
		await openNote(app, CASE_PATH);
		await runCommand(app, "new-session");
		await clickButton(app, "Create");
		const path = "IPT/Jo R/Sessions/Session 01.md";
		expect(propertiesOf(app, path)).toEqual({ ipt: "session", case: "[[Jo R]]", session: 1, date: TODAY, focus: [], tasks: [], homework_review: null, risk_reviewed: false });
		expect(bodyOf(app, path)).toMatch(/^# Session 1: initial phase\n\n## Mood and measure\n/);
		expect(bodyOf(app, path)).not.toContain("Homework to review");
	});

	it("numbers past the highest session, over gaps and duplicates", async () => {
		const app = await startVault({
			[CASE_PATH]: CASE_FILES[CASE_PATH] ?? "",
			"IPT/Jo R/Sessions/Session 01.md": session(1),
			"IPT/Jo R/Sessions/Session 05.md": session(5, "homework: [Write the letter]\n"),
			"IPT/Jo R/Sessions/Session 05 copy.md": session(5, "homework: [Phone Ben]\n"),
		});
		await openNote(app, CASE_PATH);
		await runCommand(app, "new-session");
		await clickButton(app, "Create");
		const body = bodyOf(app, "IPT/Jo R/Sessions/Session 06.md");
		expect(body).toContain("From session 5:\n- [ ] Phone Ben\n- [ ] Write the letter\n");
	});

	it("takes the final phase's template near the end of the planned sessions", async () => {
		const app = await startVault({ ...CASE_FILES, [CASE_PATH]: CASE_FILES[CASE_PATH]?.replace("protocol: standard", "protocol: brief") ?? "" });
		await openNote(app, CASE_PATH);
		await runCommand(app, "new-session");
		await clickButton(app, "Create");
		expect(bodyOf(app, SESSION_07)).toMatch(/^# Session 7: final phase\n/);
		expect(propertiesOf(app, SESSION_07)).not.toHaveProperty("phase");
	});

	it("never overwrites: an existing Session 07.md gives an error notice and stays as it was", async () => {
		const existing = "Notes typed before the properties were added.\n";
		const app = await startVault({ ...CASE_FILES, [SESSION_07]: existing });
		await openNote(app, CASE_PATH);
		await runCommand(app, "new-session");
		await clickButton(app, "Create");
		expect(notices()).toEqual([`IPT Workbench: "${SESSION_07}" already exists, so nothing was written. Rename or move it first.`]);
		expect(textOf(app, SESSION_07)).toBe(existing);
		expect(app.workspace.getActiveFile()?.path).toBe(CASE_PATH);
	});

	it("uses the clinician's copy of the phase's template", async () => {
		const app = await startVault({ ...CASE_FILES, "IPT templates/IPT session - middle phase.md": "---\nipt: session\ntags: [ipt/session]\n---\n# {{session}} with {{client}}\n## Ours\n" });
		await openNote(app, CASE_PATH);
		await runCommand(app, "new-session");
		await clickButton(app, "Create");
		expect(propertiesOf(app, SESSION_07)).toMatchObject({ session: 7, tags: ["ipt/session"] });
		expect(bodyOf(app, SESSION_07)).toBe("# 7 with Jo R\n## Homework to review\nFrom session 6:\n- [ ] Call Ann on Sunday\n- [ ] Walk with Ben\n\n## Ours\n");
	});

	it("writes the reviews to fill in even when the clinician's template lacks them or sets them", async () => {
		const template = "---\nipt: session\nrisk_reviewed: true\nhomework_review: done\n---\n# {{session}}\n";
		const app = await startVault({ ...CASE_FILES, "IPT templates/IPT session - middle phase.md": template });
		await openNote(app, CASE_PATH);
		await runCommand(app, "new-session");
		await clickButton(app, "Create");
		// A template's tick would record a review no one made.
		expect(propertiesOf(app, SESSION_07)).toMatchObject({ homework_review: null, risk_reviewed: false });
	});
});
