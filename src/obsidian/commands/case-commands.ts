import type { Workbench } from "../workbench";
import { addLifeEvent } from "./case/add-life-event";
import { addPerson } from "./case/add-person";
import { createCase } from "./case/create-case";
import { newSession } from "./case/new-session";
import { recordMeasure } from "./case/record-measure";
import { setFocus } from "./case/set-focus";

/** The commands that write a case's notes. None has a default hotkey: the clinician picks their own. */
export function registerCaseCommands(workbench: Workbench): void {
	const { plugin } = workbench;
	plugin.addCommand({ id: "create-case", name: "Create case", callback: () => createCase(workbench) });
	plugin.addCommand({ id: "add-person", name: "Add person to the inventory", callback: () => addPerson(workbench) });
	plugin.addCommand({ id: "add-life-event", name: "Add life event", callback: () => addLifeEvent(workbench) });
	plugin.addCommand({ id: "new-session", name: "New session note", callback: () => newSession(workbench) });
	plugin.addCommand({ id: "record-measure", name: "Record measure in this session", callback: () => recordMeasure(workbench) });
	plugin.addCommand({ id: "set-focus", name: "Set the case's focus", callback: () => setFocus(workbench) });
}
