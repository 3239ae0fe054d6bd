/** @jest-environment jsdom */
import {
	bodyOf,
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
	type,
} from "./case-commands-harness";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

describe("create-case", () => {
	it("asks for the case in a modal with the focus on the client code", async () => {
		const app = await startVault({});
		await runCommand(app, "create-case");
		expect(modal().querySelector(".modal-title")?.textContent).toBe("Create case");
		expect(document.activeElement).toBe(field("Client code"));
		expect(field<HTMLSelectElement>("Protocol").value).toBe("standard");
		expect(field("Planned sessions").value).toBe("16");
		expect(field("Start").value).toBe(TODAY);
		expect(field("Start").getAttribute("type")).toBe("date");
	});

	it("back-dates the start of a client moved in from paper", async () => {
		const app = await startVault({});
		await runCommand(app, "create-case");
		type("Client code", "Kim");
		type("Start", "2025-11-04");
		await clickButton(app, "Create");
		expect(propertiesOf(app, "IPT/Kim/Kim.md")).toMatchObject({ start: "2025-11-04" });
	});

	it("makes the client's folder and case note from the answers, and opens it", async () => {
		const app = await startVault({});
		await runCommand(app, "create-case");
		type("Client code", "Jo/R");
		choose("Protocol", "brief");
		expect(field("Planned sessions").value).toBe("8");
		type("Onset", "2026-01");
		await press(app, "Enter", field("Onset"));

		const path = "IPT/Jo R/Jo R.md";
		expect(isModalOpen()).toBe(false);
		expect(propertiesOf(app, path)).toEqual({
			ipt: "case",
			client: "Jo/R",
			protocol: "brief",
			planned_sessions: 8,
			onset: "2026-01",
			measure: "phq9",
			focus: [],
			status: "active",
			start: TODAY,
			tags: ["ipt/case"],
		});
		expect(bodyOf(app, path)).toMatch(/^# Jo\/R\n\n## At a glance\n[^#]*```ipt-summary\n```\n\n## Presenting problem\n- What brings Jo\/R now/);
		expect(app.workspace.getActiveFile()?.path).toBe(path);
	});

	it("keeps a planned count the clinician typed when the protocol changes", async () => {
		const app = await startVault({});
		await runCommand(app, "create-case");
		type("Client code", "Kim");
		type("Planned sessions", "20");
		choose("Protocol", "brief");
		await clickButton(app, "Create");
		expect(propertiesOf(app, "IPT/Kim/Kim.md")).toMatchObject({ protocol: "brief", planned_sessions: 20 });
	});

	it("shows what to fix beside each field, writes nothing, and moves to the first field to fix", async () => {
		const app = await startVault({});
		await runCommand(app, "create-case");
		type("Planned sessions", "60");
		type("Onset", "2026-13-01");
		await clickButton(app, "Create");

		expect(isModalOpen()).toBe(true);
		expect(messageFor("Client code")).toBe("Client code is required.");
		expect(messageFor("Planned sessions")).toBe("Enter a whole number from 1 to 52.");
		expect(messageFor("Onset")).toBe("Use a date like 2026-03-14, or 2026-03 when only the month is known.");
		expect(field("Client code").getAttribute("aria-invalid")).toBe("true");
		expect(document.activeElement).toBe(field("Client code"));
		expect(app.vault.getMarkdownFiles()).toHaveLength(0);

		type("Client code", "Kim");
		expect(messageFor("Client code")).toBe("");
		type("Planned sessions", "12");
		type("Onset", "");
		await press(app, "Enter", field("Client code"));
		expect(isModalOpen()).toBe(false);
		expect(propertiesOf(app, "IPT/Kim/Kim.md")).toMatchObject({ client: "Kim", planned_sessions: 12 });
		expect(propertiesOf(app, "IPT/Kim/Kim.md")).not.toHaveProperty("onset");
	});

	it("refuses a client code with nothing usable in a file name", async () => {
		const app = await startVault({});
		await runCommand(app, "create-case");
		type("Client code", "//");
		await press(app, "Enter", field("Client code"));
		expect(messageFor("Client code")).toBe("Client code needs at least one letter or digit.");
		expect(app.vault.getMarkdownFiles()).toHaveLength(0);
	});

	it("closes on Escape or Cancel without writing anything", async () => {
		const app = await startVault({});
		await runCommand(app, "create-case");
		type("Client code", "Kim");
		await press(app, "Escape", field("Client code"));
		expect(isModalOpen()).toBe(false);

		await runCommand(app, "create-case");
		type("Client code", "Kim");
		await clickButton(app, "Cancel");
		expect(isModalOpen()).toBe(false);
		expect(app.vault.getMarkdownFiles()).toHaveLength(0);
	});

	it("never overwrites an existing case note: an error notice, the note unchanged, the modal still open", async () => {
		const existing = "---\nipt: case\nclient: Kim\n---\nKim's history, in the clinician's words.\n";
		const app = await startVault({ "IPT/Kim/Kim.md": existing });
		await runCommand(app, "create-case");
		type("Client code", "Kim");
		await clickButton(app, "Create");

		expect(notices()).toEqual(['IPT Workbench: "IPT/Kim/Kim.md" already exists, so nothing was written. Rename or move it first.']);
		expect(textOf(app, "IPT/Kim/Kim.md")).toBe(existing);
		expect(isModalOpen()).toBe(true);
	});

	it("uses the settings: cases folder, protocol, planned count and measure", async () => {
		const app = await startVault({}, { casesFolder: "Clients/Active", defaultProtocol: "perinatal", defaultPlannedSessions: 10, primaryMeasure: "epds" });
		await runCommand(app, "create-case");
		expect(field<HTMLSelectElement>("Protocol").value).toBe("perinatal");
		expect(field("Planned sessions").value).toBe("10");
		type("Client code", "Mia");
		await clickButton(app, "Create");
		expect(propertiesOf(app, "Clients/Active/Mia/Mia.md")).toMatchObject({ protocol: "perinatal", planned_sessions: 10, measure: "epds" });
	});

	it("uses the clinician's copy of the case template, keeping its extra properties", async () => {
		const template = '---\nipt: case\nclient: "{{client}}"\nstatus: assessment\ntags: [clinic/north]\n---\n# Intake for {{client}}\n\n## Our own headings\n';
		const app = await startVault({ "IPT templates/IPT case.md": template });
		await runCommand(app, "create-case");
		type("Client code", "Lee");
		await clickButton(app, "Create");
		expect(propertiesOf(app, "IPT/Lee/Lee.md")).toMatchObject({ ipt: "case", client: "Lee", status: "assessment", tags: ["clinic/north"] });
		expect(bodyOf(app, "IPT/Lee/Lee.md")).toBe("# Intake for Lee\n\n## Our own headings\n");
	});

	it("needs no open note", async () => {
		const app = await startVault();
		await openNote(app, "Other/Shopping.md");
		await runCommand(app, "create-case");
		expect(isModalOpen()).toBe(true);
		expect(notices()).toEqual([]);
	});
});

describe("the case commands", () => {
	it("are registered under their ids, with sentence-case names and no default hotkeys", async () => {
		const app = await startVault({});
		const ids = ["create-case", "add-person", "add-life-event", "new-session", "record-measure", "set-focus"];
		const commands = ids.map((id) => app.commands.findCommand(`ipt-workbench:${id}`));
		expect(commands.map((command) => command?.name)).toEqual([
			"IPT Workbench: Create case",
			"IPT Workbench: Add person to the inventory",
			"IPT Workbench: Add life event",
			"IPT Workbench: New session note",
			"IPT Workbench: Record measure in this session",
			"IPT Workbench: Set the case's focus",
		]);
		expect(commands.every((command) => command?.hotkeys === undefined)).toBe(true);
	});
});
