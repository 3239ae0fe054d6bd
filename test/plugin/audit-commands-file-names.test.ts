/** @jest-environment jsdom */
// Names typed in the forms become file and folder names that every platform Obsidian
// runs on can hold: Windows drops a trailing dot and refuses device names such as CON,
// and no file system takes a name over 255 bytes.
import { CASE_PATH, clickButton, choose, notices, openNote, pinToday, propertiesOf, resetUi, runCommand, startVault, type } from "./case-commands-harness";
import { safeFileName } from "../../src/domain/planning/file-names";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

function utf8Bytes(text: string): number {
	// jsdom has no TextEncoder: each %XX of the URI encoding is one UTF-8 byte.
	return encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, "x").length;
}

function created(app: Awaited<ReturnType<typeof startVault>>, before: readonly string[]): string[] {
	return app.vault
		.getMarkdownFiles()
		.map((file) => file.path)
		.filter((path) => !before.includes(path));
}

describe("file names from the forms", () => {
	it("drops trailing dots from a client code's folder and note, keeping the code as typed", async () => {
		const app = await startVault({});
		await runCommand(app, "create-case");
		type("Client code", "Jo R.");
		await clickButton(app, "Create");
		expect(notices()).toEqual([]);
		expect(propertiesOf(app, "IPT/Jo R/Jo R.md")).toMatchObject({ client: "Jo R." });
	});

	it("gives a person called Con a note Windows can create, with the name kept in the properties", async () => {
		const app = await startVault();
		const before = app.vault.getMarkdownFiles().map((file) => file.path);
		await openNote(app, CASE_PATH);
		await runCommand(app, "add-person");
		type("Name", "Con");
		await clickButton(app, "Add");
		const [path] = created(app, before);
		expect(path).toBe("IPT/Jo R/People/Con_.md");
		expect(propertiesOf(app, path ?? "")).toMatchObject({ name: "Con" });
	});

	it("shortens a long event title to a file name every file system takes, keeping the date", async () => {
		const app = await startVault();
		const before = app.vault.getMarkdownFiles().map((file) => file.path);
		await openNote(app, CASE_PATH);
		await runCommand(app, "add-life-event");
		type("Date", "2026-02-14");
		choose("Type", "conflict");
		type("Title", "Rang Ann after the row about the holidays ".repeat(3) + "😢".repeat(60));
		await clickButton(app, "Add");
		const [path] = created(app, before);
		const name = path?.split("/").pop() ?? "";
		expect(name.startsWith("2026-02-14 Rang Ann after the row")).toBe(true);
		expect(utf8Bytes(name)).toBeLessThanOrEqual(255);
		expect(name).toMatch(/\S\.md$/);
	});

	it.each([
		["Jo R.", "Jo R"],
		["Jo R. . ", "Jo R"],
		["aux", "aux_"],
		["LPT1", "LPT1_"],
		["Con.", "Con_"],
		["Connor", "Connor"],
		["a😢".repeat(100), null],
	])("makes %j a safe name", (typed, expected) => {
		const name = safeFileName(typed);
		if (expected !== null) expect(name).toBe(expected);
		expect(utf8Bytes(`${name}.md`)).toBeLessThanOrEqual(255);
		expect(name).not.toMatch(/[\uD800-\uDBFF]$/);
	});
});
