/** @jest-environment jsdom */
// A new case note beside another case note makes folder association ambiguous: the
// notes that belonged to the first case by folder would drop out of it.
import { CASE_NOTE, clickButton, isModalOpen, notices, pinToday, resetUi, runCommand, session, startVault, type } from "./case-commands-harness";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

describe("create-case in a folder that already holds a case note", () => {
	it("writes nothing, names the case note there, and keeps the modal open to change the code", async () => {
		const files = { "IPT/Jo R/Intake.md": CASE_NOTE, "IPT/Jo R/Sessions/First.md": session(1) };
		const app = await startVault(files);
		await runCommand(app, "create-case");
		type("Client code", "Jo R");
		await clickButton(app, "Create");

		expect(app.vault.getMarkdownFiles().map((file) => file.path).sort()).toEqual(Object.keys(files).sort());
		expect(notices()).toEqual([
			'IPT Workbench: "IPT/Jo R" already holds the case note "IPT/Jo R/Intake.md", so nothing was written. Choose another client code.',
		]);
		expect(isModalOpen()).toBe(true);

		type("Client code", "Jo R2");
		await clickButton(app, "Create");
		expect(app.vault.getFileByPath("IPT/Jo R2/Jo R2.md")).not.toBeNull();
		expect(isModalOpen()).toBe(false);
	});

	it("still creates a case in the cases folder itself when a case note sits above it", async () => {
		const app = await startVault({ "IPT/Clinic overview.md": CASE_NOTE.replace(/Jo R/g, "Clinic") });
		await runCommand(app, "create-case");
		type("Client code", "Kim");
		await clickButton(app, "Create");
		expect(app.vault.getFileByPath("IPT/Kim/Kim.md")).not.toBeNull();
		expect(notices()).toEqual([]);
	});
});
