/** @jest-environment jsdom */
// Recording a session missed or cancelled: the next number, not held, and the next
// session numbered after it with the homework of the last session held.
import { bodyOf, choose, clickButton, field, isOffered, modal, notices, openNote, pinToday, propertiesOf, resetUi, runCommand, startVault, TODAY } from "./case-commands-harness";
import { wait, INDEX_WAIT_MS } from "./views-support";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

it("writes the next session as not held, with the reason chosen, and New session numbers after it", async () => {
	const app = await startVault();
	expect(isOffered(app, "record-missed-session")).toBe(false);
	await openNote(app, "IPT/Jo R/Jo R.md");
	await runCommand(app, "record-missed-session");
	expect(modal().querySelector(".modal-title")?.textContent).toBe("Record session 7 as not held");
	expect(field("Date").value).toBe(TODAY);
	choose("Reason", "cancelled-by-client");
	await clickButton(app, "Record");

	const path = "IPT/Jo R/Sessions/Session 07.md";
	expect(propertiesOf(app, path)).toEqual({ ipt: "session", case: "[[Jo R]]", session: 7, date: TODAY, focus: ["role-dispute"], tasks: [], attended: false, reason: "cancelled-by-client" });
	expect(notices()).toEqual([`Session 7 recorded as cancelled by the client: ${path}`]);
	expect(app.workspace.getActiveFile()?.path).toBe("IPT/Jo R/Jo R.md");

	await wait(INDEX_WAIT_MS);
	await app.flush();
	await runCommand(app, "new-session");
	await clickButton(app, "Create");
	expect(propertiesOf(app, "IPT/Jo R/Sessions/Session 08.md")).toMatchObject({ session: 8 });
	expect(bodyOf(app, "IPT/Jo R/Sessions/Session 08.md")).toContain("From session 6:\n- [ ] Call Ann on Sunday");
});
