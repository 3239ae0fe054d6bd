/** @jest-environment jsdom */
// Case notes that share a folder (a flat "Clients" folder, or several in the vault root)
// must not share the People, Events and Sessions folders their commands write to: the
// second case's "Session 01.md" would be the first's, and the command would refuse.
import { CASE_NOTE, clickButton, notices, openNote, pinToday, propertiesOf, resetUi, runCommand, session, startVault, type } from "./case-commands-harness";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

const caseNote = (client: string) => CASE_NOTE.replace(/Jo R/g, client);

describe("cases sharing a folder", () => {
	it("writes each case's sessions and people in a folder of its own, linked to that case", async () => {
		const app = await startVault({
			"Clients/Ann.md": caseNote("Ann"),
			"Clients/Bob.md": caseNote("Bob"),
			"Clients/Sessions/Session 01.md": session(1, 'case: "[[Ann]]"\n'),
		});
		await openNote(app, "Clients/Bob.md");
		await runCommand(app, "new-session");
		await clickButton(app, "Create");
		expect(notices()).toEqual([]);
		expect(propertiesOf(app, "Clients/Bob/Sessions/Session 01.md")).toMatchObject({ case: "[[Bob]]", session: 1 });

		await openNote(app, "Clients/Ann.md");
		await runCommand(app, "new-session");
		await clickButton(app, "Create");
		expect(propertiesOf(app, "Clients/Ann/Sessions/Session 02.md")).toMatchObject({ case: "[[Ann]]", session: 2 });

		await openNote(app, "Clients/Bob.md");
		await runCommand(app, "add-person");
		type("Name", "Cleo");
		await clickButton(app, "Add");
		expect(propertiesOf(app, "Clients/Bob/People/Cleo.md")).toMatchObject({ case: "[[Bob]]" });
		expect(notices()).toEqual(['Added "Cleo" to the inventory: Clients/Bob/People/Cleo.md']);
	});

	it("keeps the usual folders for a case note alone in the vault root", async () => {
		const app = await startVault({ "Jo R.md": CASE_NOTE });
		await openNote(app, "Jo R.md");
		await runCommand(app, "new-session");
		await clickButton(app, "Create");
		expect(propertiesOf(app, "Sessions/Session 01.md")).toMatchObject({ case: "[[Jo R]]", session: 1 });
	});

	it("gives root cases a folder each once there are two", async () => {
		const app = await startVault({ "Jo R.md": CASE_NOTE, "Kim.md": caseNote("Kim") });
		await openNote(app, "Kim.md");
		await runCommand(app, "new-session");
		await clickButton(app, "Create");
		expect(propertiesOf(app, "Kim/Sessions/Session 01.md")).toMatchObject({ case: "[[Kim]]", session: 1 });
	});
});
