import { personPath } from "../../../domain/planning/file-names";
import { personProperties } from "../../../domain/planning/note-properties";
import { basenameOf } from "../../../index/paths";
import { PersonModal } from "../../modals/person-modal";
import type { Workbench } from "../../workbench";
import type { ActiveCase } from "./active-case";
import { createNote, linkTo } from "./new-note";

function nameKey(name: string): string {
	return name.trim().replace(/\.md$/i, "").toLowerCase();
}

/**
 * A person note named like a case note could be where Obsidian opens that case's
 * `case` links, filing another client's notes under the wrong case; such a name is refused.
 */
function caseNoteClash(workbench: Workbench, name: string): string | null {
	const keys = new Set([nameKey(name), nameKey(basenameOf(personPath("", name)))]);
	const clash = workbench.index.casePaths().find((path) => keys.has(nameKey(basenameOf(path))));
	if (clash === undefined) return null;
	return `A client's case note is already called "${basenameOf(clash)}". A person note of the same name could catch the links meant for that case and mix up the two clients' notes; give this person another name, for example with a role or an initial added.`;
}

/** Adds a person to the active case's interpersonal inventory. */
export function addPerson(workbench: Workbench, active: ActiveCase): void {
	new PersonModal(workbench.app, workbench.settings.engine.ringCount, (name) => caseNoteClash(workbench, name), async (person) => {
		const path = personPath(active.folder, person.name);
		const caseLink = linkTo(workbench, active.file, path);
		const file = await createNote(workbench, {
			path,
			kind: "person",
			properties: personProperties(person, caseLink),
			values: { client: active.bundle.record.client, case: caseLink, date: workbench.today() },
			announce: `Added "${person.name}" to the inventory`,
		});
		return file !== null;
	}).open();
}
