import { normalizePath, Notice } from "obsidian";
import { folderOf } from "../../../index/paths";
import { caseNotePath } from "../../../domain/planning/file-names";
import { caseProperties } from "../../../domain/planning/note-properties";
import type { Protocol } from "../../../domain/model/vocabulary";
import { CreateCaseModal } from "../../modals/create-case-modal";
import type { Workbench } from "../../workbench";
import { createNote } from "./new-note";

/** Asks for the client code and the contract, then makes the client's folder and case note. */
export function createCase(workbench: Workbench): void {
	const { settings } = workbench;
	const defaults = {
		protocol: settings.defaultProtocol,
		plannedSessions: (protocol: Protocol) => settings.defaultPlannedSessions ?? settings.engine.protocols[protocol].planned,
		today: workbench.today(),
	};
	new CreateCaseModal(workbench.app, defaults, async (answers) => {
		const path = normalizePath(caseNotePath(settings.casesFolder, answers.client));
		// A second case note in a folder makes it ambiguous, and the first case's notes would drop out of it.
		const folder = folderOf(path);
		const neighbour = [...workbench.index.caseNotesIn(folder)].find((casePath) => casePath !== path);
		if (neighbour !== undefined) {
			new Notice(`IPT Workbench: "${folder}" already holds the case note "${neighbour}", so nothing was written. Choose another client code.`);
			return false;
		}
		const file = await createNote(workbench, {
			path,
			kind: "case",
			properties: caseProperties({ ...answers, measure: settings.primaryMeasure }),
			values: { client: answers.client, date: answers.start, focus: "" },
		});
		return file !== null;
	}).open();
}
