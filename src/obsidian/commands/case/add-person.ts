import { personPath } from "../../../domain/planning/file-names";
import { personProperties } from "../../../domain/planning/note-properties";
import { PersonModal } from "../../modals/person-modal";
import type { Workbench } from "../../workbench";
import { activeCase } from "./active-case";
import { createNote, linkTo } from "./new-note";

/** Adds a person to the active case's interpersonal inventory. */
export function addPerson(workbench: Workbench): void {
	const active = activeCase(workbench);
	if (active === null) return;
	new PersonModal(workbench.app, workbench.settings.engine.ringCount, async (person) => {
		const path = personPath(active.folder, person.name);
		const caseLink = linkTo(workbench, active.file, path);
		const file = await createNote(workbench, {
			path,
			kind: "person",
			properties: personProperties(person, caseLink),
			values: { client: active.bundle.record.client, case: caseLink, date: workbench.today() },
		});
		return file !== null;
	}).open();
}
