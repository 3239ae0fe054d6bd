import type { Workbench } from "../workbench";
import { addLifeEvent } from "./case/add-life-event";
import { whenCaseOpen, whenFound } from "./case/active-case";
import { addPerson } from "./case/add-person";
import { createCase } from "./case/create-case";
import { newSession } from "./case/new-session";
import { recordMissedSession } from "./case/record-missed-session";
import { activeSession, NO_SESSION_NOTE, recordMeasure } from "./case/record-measure";
import { setFocus } from "./case/set-focus";

/**
 * The commands that write a case's notes. None has a default hotkey: the clinician
 * picks their own. Those that act on the open case are offered only while a note of
 * a case is open (a session note, for a measure).
 */
export function registerCaseCommands(workbench: Workbench): void {
	const { plugin } = workbench;
	plugin.addCommand({ id: "create-case", name: "Create case", callback: () => createCase(workbench) });
	plugin.addCommand({ id: "add-person", name: "Add person to the inventory", checkCallback: whenCaseOpen(workbench, (active) => addPerson(workbench, active)) });
	plugin.addCommand({ id: "add-life-event", name: "Add life event", checkCallback: whenCaseOpen(workbench, (active) => addLifeEvent(workbench, active)) });
	plugin.addCommand({ id: "new-session", name: "New session note", checkCallback: whenCaseOpen(workbench, (active) => newSession(workbench, active)) });
	plugin.addCommand({
		id: "record-missed-session",
		name: "Record a missed or cancelled session",
		checkCallback: whenCaseOpen(workbench, (active) => recordMissedSession(workbench, active)),
	});
	plugin.addCommand({
		id: "record-measure",
		name: "Record measure in this session",
		checkCallback: whenFound(() => activeSession(workbench), (session) => recordMeasure(workbench, session), NO_SESSION_NOTE),
	});
	plugin.addCommand({ id: "set-focus", name: "Set the case's focus", checkCallback: whenCaseOpen(workbench, (active) => setFocus(workbench, active)) });
}
