/** @jest-environment jsdom */
import { click } from "../fake-obsidian";
import {
	CASE_FILES,
	CASE_NOTE,
	CASE_PATH,
	clickButton,
	field,
	fileAt,
	isModalOpen,
	modal,
	notices,
	openNote,
	pinToday,
	press,
	propertiesOf,
	resetUi,
	runCommand,
	startVault,
	textOf,
	tick,
	isOffered,
	runUnoffered,
} from "./case-commands-harness";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

/** Each area's row as the clinician reads it: name, strength, evidence lines. */
function rows(): { name: string; strength: string; evidence: string[] }[] {
	return Array.from(modal().querySelectorAll<HTMLElement>(".setting-item"))
		.filter((row) => row.querySelector("input[type=checkbox]") !== null)
		.map((row) => ({
			name: row.querySelector(".setting-item-name")?.textContent ?? "",
			strength: row.querySelector(".setting-item-description")?.textContent ?? "",
			evidence: Array.from(row.querySelectorAll("li")).map((li) => li.textContent ?? ""),
		}));
}

function warnings(): string[] {
	return Array.from(modal().querySelectorAll(".ipt-focus-warning")).map((el) => el.textContent ?? "");
}

describe("set-focus", () => {
	it("is not offered when no case is open, and says so when run anyway", async () => {
		const app = await startVault();
		await openNote(app, "Other/Shopping.md");
		expect(isOffered(app, "set-focus")).toBe(false);
		await runUnoffered(app, "set-focus");
		expect(notices()).toEqual(["Open a note of an IPT case first."]);
		expect(isModalOpen()).toBe(false);
	});

	it("lists the four areas with the engine's evidence, each a link to its note", async () => {
		const app = await startVault();
		await openNote(app, "IPT/Jo R/Sessions/Session 02.md");
		await runCommand(app, "set-focus");
		expect(modal().querySelector(".modal-title")?.textContent).toBe("Set focus");
		expect(document.activeElement).toBe(field("Grief"));
		const listed = rows();
		expect(listed.map((row) => [row.name, row.strength])).toEqual([
			["Grief", "No evidence in the notes"],
			["Role dispute", "Strong evidence"],
			["Role transition", "Strong evidence"],
			["Interpersonal sensitivity", "No evidence in the notes"],
		]);
		expect(listed[1]?.evidence).toEqual(["Ann: Conflict 3 with Ann (mother, circle 1), dispute stage impasse: talking has stopped; bring the dispute back into the open"]);
		// An event is named as the views name it: its date is in the evidence beside it.
		expect(listed[2]?.evidence[0]).toMatch(/^Made redundant: Job loss on 2025-12-01/);

		// The link holds no path (privacy mode must find none in the DOM): found by its text.
		const link = Array.from(modal().querySelectorAll<HTMLAnchorElement>("a.internal-link")).find((a) => a.textContent === "Ann");
		expect(link).not.toBeNull();
		click(link as HTMLAnchorElement);
		await app.flush();
		expect(app.workspace.getActiveFile()?.path).toBe("IPT/Jo R/People/Ann.md");
		expect(isModalOpen()).toBe(true);
	});

	it("saves the areas ticked on the case note, leaving its body as it was", async () => {
		const app = await startVault();
		await openNote(app, CASE_PATH);
		await runCommand(app, "set-focus");
		tick(field("Role dispute"));
		expect(warnings()).toEqual([]);
		await clickButton(app, "Save");

		expect(isModalOpen()).toBe(false);
		expect(propertiesOf(app, CASE_PATH)).toMatchObject({ ipt: "case", client: "Jo R", focus: ["role-dispute"] });
		expect(textOf(app, CASE_PATH).endsWith("---\n# Jo R\n\nWhat Jo said first.\n")).toBe(true);
	});

	it("warns in the modal, as the rules do, when more than two areas are ticked", async () => {
		const app = await startVault();
		await openNote(app, CASE_PATH);
		await runCommand(app, "set-focus");
		tick(field("Role dispute"));
		tick(field("Role transition"));
		tick(field("Grief"));
		expect(warnings()[0]).toMatch(/^The case's focus holds 3 areas \(Grief, Role dispute, Role transition\)/);
		expect(warnings()[1]).toMatch(/^Grief is in the case's focus, but no person or event note gives evidence for it/);
		tick(field("Grief"));
		expect(warnings()).toEqual([]);
		await press(app, "Enter", field("Role dispute"));
		expect(propertiesOf(app, CASE_PATH)).toMatchObject({ focus: ["role-dispute", "role-transition"] });
	});

	it("starts from the case's current focus, and can clear it", async () => {
		const app = await startVault({ ...CASE_FILES, [CASE_PATH]: CASE_NOTE.replace("measure: phq9", "measure: phq9\nfocus: [transition]") });
		await openNote(app, CASE_PATH);
		await runCommand(app, "set-focus");
		expect(field("Role transition").checked).toBe(true);
		tick(field("Role transition"));
		await clickButton(app, "Save");
		expect(propertiesOf(app, CASE_PATH)).toMatchObject({ focus: [] });
	});

	it("offers three areas in the three-area scheme", async () => {
		const app = await startVault(undefined, { engine: { scheme: "three-areas" } });
		await openNote(app, CASE_PATH);
		await runCommand(app, "set-focus");
		expect(rows().map((row) => row.name)).toEqual(["Grief and loss", "Interpersonal disputes", "Role transitions"]);
	});

	it("reports YAML it cannot read, and leaves the case note byte for byte as it was", async () => {
		const app = await startVault();
		await openNote(app, CASE_PATH);
		await runCommand(app, "set-focus");
		const broken = "---\nipt: case\nclient: [Jo R\n---\n# Jo R\n";
		await app.vault.modify(fileAt(app, CASE_PATH), broken);
		await app.flush();
		tick(field("Role dispute"));
		await clickButton(app, "Save");

		expect(notices()).toEqual([`IPT Workbench: the properties of "${CASE_PATH}" are not valid YAML, so they were left as they are. Fix them in source mode and try again.`]);
		expect(textOf(app, CASE_PATH)).toBe(broken);
		expect(isModalOpen()).toBe(true);
	});
});
