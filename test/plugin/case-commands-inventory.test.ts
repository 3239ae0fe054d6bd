/** @jest-environment jsdom */
import {
	bodyOf,
	CASE_FILES,
	CASE_PATH,
	choose,
	clickButton,
	field,
	isModalOpen,
	messageFor,
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
	TODAY,
	tick,
	type,
	isOffered,
	runUnoffered,
} from "./case-commands-harness";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

describe("add-person", () => {
	it("is offered only while a note of a case is open; run anyway, says so and opens nothing", async () => {
		const app = await startVault();
		await openNote(app, CASE_PATH);
		expect(isOffered(app, "add-person")).toBe(true);
		await openNote(app, "Other/Shopping.md");
		expect(isOffered(app, "add-person")).toBe(false);
		await runUnoffered(app, "add-person");
		expect(notices()).toEqual(["Open a note of an IPT case first."]);
		expect(isModalOpen()).toBe(false);
	});

	it("writes the inventory fields into a person note of the active case, leaving the open note open", async () => {
		const app = await startVault();
		await openNote(app, "IPT/Jo R/Sessions/Session 03.md");
		await runCommand(app, "add-person");
		expect(modal().querySelector(".modal-title")?.textContent).toBe("Add person");
		expect(document.activeElement).toBe(field("Name"));
		type("Name", "Carl: partner");
		type("Role", " partner ");
		choose("Circle", "1");
		choose("Contact", "daily");
		choose("Support", "1");
		choose("Conflict", "2");
		choose("Dispute stage", "renegotiation");
		choose("Expectations reciprocal", "no");
		choose("Confidant", "yes");
		await clickButton(app, "Add");

		const path = "IPT/Jo R/People/Carl partner.md";
		expect(isModalOpen()).toBe(false);
		expect(propertiesOf(app, path)).toEqual({
			ipt: "person",
			case: "[[Jo R]]",
			name: "Carl: partner",
			role: "partner",
			circle: 1,
			contact: "daily",
			support: 1,
			conflict: 2,
			status: "living",
			dispute_stage: "renegotiation",
			expectations_reciprocal: false,
			confidant: true,
		});
		expect(bodyOf(app, path)).toMatch(/^## Who they are\n- Relationship to Jo R, and for how long:/);
		expect(app.workspace.getActiveFile()?.path).toBe("IPT/Jo R/Sessions/Session 03.md");
		expect(notices()).toEqual([`Added "Carl: partner" to the inventory: ${path}`]);
	});

	it("offers the rings the settings give the closeness circle", async () => {
		const app = await startVault(undefined, { engine: { ringCount: 4, closeCircleMax: 2 } });
		await openNote(app, CASE_PATH);
		await runCommand(app, "add-person");
		const rings = Array.from(field<HTMLSelectElement>("Circle").options).map((option) => option.text);
		expect(rings).toEqual(["Not known", "1 (closest)", "2", "3", "4 (furthest)"]);
	});

	it("asks for a status of deceased before it takes a date of death", async () => {
		const app = await startVault();
		await openNote(app, CASE_PATH);
		await runCommand(app, "add-person");
		type("Name", "Gran");
		type("Date of death", "2025-11-02");
		await press(app, "Enter", field("Name"));
		expect(messageFor("Date of death")).toBe("A date of death needs the status deceased; change the status or clear the date.");

		choose("Status", "deceased");
		expect(messageFor("Date of death")).toBe("");
		await press(app, "Enter", field("Name"));
		expect(propertiesOf(app, "IPT/Jo R/People/Gran.md")).toMatchObject({ name: "Gran", status: "deceased", died: "2025-11-02" });
	});

	it("never overwrites a person note of the same name", async () => {
		const app = await startVault();
		const before = textOf(app, "IPT/Jo R/People/Ann.md");
		await openNote(app, CASE_PATH);
		await runCommand(app, "add-person");
		type("Name", "Ann");
		await clickButton(app, "Add");
		expect(notices()).toEqual(['IPT Workbench: "IPT/Jo R/People/Ann.md" already exists, so nothing was written. Rename or move it first.']);
		expect(textOf(app, "IPT/Jo R/People/Ann.md")).toBe(before);
	});
});

describe("add-person, a name that is a case note's name", () => {
	const OTHER_CASE = "Clients/Mia Ortiz/Mia Ortiz.md";
	const FILES = { ...CASE_FILES, [OTHER_CASE]: "---\nipt: case\nclient: M.O.\n---\n", "Other/Ann Lee.md": "# An ordinary note\n" };
	const REFUSAL = (caseName: string) =>
		`A client's case note is already called "${caseName}". A person note of the same name could catch the links meant for that case and mix up the two clients' notes; give this person another name, for example with a role or an initial added.`;

	it.each([
		["mia ortiz", "Mia Ortiz"],
		["Mia Ortiz.md", "Mia Ortiz"],
		["  MIA ORTIZ  ", "Mia Ortiz"],
		["Mia: Ortiz", "Mia Ortiz"],
		["Jo R", "Jo R"],
	])("refuses %j, since a case note is called %j, and writes nothing", async (typed, caseName) => {
		const app = await startVault(FILES);
		const before = app.vault.getFiles().length;
		await openNote(app, CASE_PATH);
		await runCommand(app, "add-person");
		type("Name", typed);
		await clickButton(app, "Add");
		expect(messageFor("Name")).toBe(REFUSAL(caseName));
		expect(isModalOpen()).toBe(true);
		expect(app.vault.getFiles()).toHaveLength(before);
	});

	it("takes the name of an ordinary note, or a name only like a case's", async () => {
		const app = await startVault(FILES);
		await openNote(app, CASE_PATH);
		await runCommand(app, "add-person");
		type("Name", "Mia");
		await clickButton(app, "Add");
		expect(propertiesOf(app, "IPT/Jo R/People/Mia.md")).toMatchObject({ ipt: "person", name: "Mia" });
		await openNote(app, CASE_PATH);
		await runCommand(app, "add-person");
		type("Name", "Ann Lee");
		await clickButton(app, "Add");
		expect(propertiesOf(app, "IPT/Jo R/People/Ann Lee.md")).toMatchObject({ ipt: "person", name: "Ann Lee" });
	});
});

describe("add-life-event", () => {
	it("is not offered when no note is open, and says so when run anyway", async () => {
		const app = await startVault();
		expect(isOffered(app, "add-life-event")).toBe(false);
		await runUnoffered(app, "add-life-event");
		expect(notices()).toEqual(["Open a note of an IPT case first."]);
		expect(isModalOpen()).toBe(false);
	});

	it("writes a dated event linked to the people ticked, named by its type", async () => {
		const app = await startVault();
		await openNote(app, CASE_PATH);
		await runCommand(app, "add-life-event");
		expect(modal().querySelector(".modal-title")?.textContent).toBe("Add life event");
		expect(document.activeElement).toBe(field("Date"));
		const people = Array.from(field("People involved").querySelectorAll("label")).map((label) => label.textContent?.trim());
		expect(people).toEqual(["Ann", "Ben"]);
		type("Date", "2026-02-20");
		choose("Type", "separation");
		expect(field("Type").closest(".setting-item")?.querySelector(".setting-item-description")?.textContent).toBe("Counts as a role transition.");
		tick(field("People involved").querySelectorAll("input")[0] as HTMLInputElement);
		await press(app, "Enter", field("Date"));

		const path = "IPT/Jo R/Events/2026-02-20 separation.md";
		expect(propertiesOf(app, path)).toEqual({ ipt: "event", case: "[[Jo R]]", date: "2026-02-20", type: "separation", people: ["[[Ann]]"] });
		expect(bodyOf(app, path)).toMatch(/^## What happened\n/);
		expect(app.workspace.getActiveFile()?.path).toBe(CASE_PATH);
		expect(notices()).toEqual([`Added the life event to the timeline: ${path}`]);
	});

	it("names the note by its title when one is given", async () => {
		const app = await startVault();
		await openNote(app, CASE_PATH);
		await runCommand(app, "add-life-event");
		type("Date", "2026-03");
		choose("Type", "conflict");
		type("Title", "Row with Ann? about money");
		await clickButton(app, "Add");
		expect(propertiesOf(app, "IPT/Jo R/Events/2026-03 Row with Ann about money.md")).toMatchObject({ date: "2026-03", type: "conflict", people: [] });
	});

	it("takes a year alone, writes a date typed another way in the format's form, and asks about day and month", async () => {
		const app = await startVault();
		await openNote(app, CASE_PATH);
		await runCommand(app, "add-life-event");
		type("Date", "12/03/2026");
		choose("Type", "death");
		await clickButton(app, "Add");
		expect(messageFor("Date")).toBe("12/03/2026 could be 12 March 2026 or 3 December 2026: write 2026-03-12 or 2026-12-03.");
		type("Date", "2019");
		await clickButton(app, "Add");
		expect(propertiesOf(app, "IPT/Jo R/Events/2019 death.md")).toMatchObject({ date: "2019", type: "death" });
		await runCommand(app, "add-life-event");
		type("Date", "2026/2/3");
		choose("Type", "move");
		await clickButton(app, "Add");
		expect(propertiesOf(app, "IPT/Jo R/Events/2026-02-03 move.md")).toMatchObject({ date: "2026-02-03", type: "move" });
	});

	it("starts on today's date, and needs a date and a type", async () => {
		const app = await startVault();
		await openNote(app, CASE_PATH);
		await runCommand(app, "add-life-event");
		expect(field("Date").value).toBe(TODAY);
		type("Date", "");
		await clickButton(app, "Add");
		expect(messageFor("Date")).toBe("A date is required, like 2026-03-14.");
		expect(messageFor("Type")).toBe("Choose what happened.");
		expect(isModalOpen()).toBe(true);
		expect(app.vault.getMarkdownFiles().filter((file) => file.path.includes("/Events/"))).toHaveLength(1);
	});
});
