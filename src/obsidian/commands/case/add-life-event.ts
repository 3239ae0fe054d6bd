import { eventPath } from "../../../domain/planning/file-names";
import { eventProperties } from "../../../domain/planning/note-properties";
import { EventModal } from "../../modals/event-modal";
import { caseNamesFor } from "../../views/view-data";
import type { Workbench } from "../../workbench";
import type { ActiveCase } from "./active-case";
import { createNote, linkTo } from "./new-note";

/** Adds a life event to the active case's timeline, linked to the people it concerns. */
export function addLifeEvent(workbench: Workbench, active: ActiveCase): void {
	const names = caseNamesFor(workbench, active.bundle);
	const people = active.bundle.people.map((person) => ({ path: person.path, name: names.person(person.path) }));
	new EventModal(workbench.app, people, workbench.today(), async (event) => {
		const path = eventPath(active.folder, event.date, event.title === "" ? event.type : event.title);
		const { vault } = workbench.app;
		const personLinks = event.people.flatMap((personPath) => {
			const file = vault.getFileByPath(personPath);
			return file === null ? [] : [linkTo(workbench, file, path)];
		});
		const caseLink = linkTo(workbench, active.file, path);
		const file = await createNote(workbench, {
			path,
			kind: "event",
			properties: eventProperties({ date: event.date, type: event.type, people: personLinks }, caseLink),
			values: { client: active.bundle.record.client, case: caseLink, date: event.date },
			announce: "Added the life event to the timeline",
		});
		return file !== null;
	}).open();
}
