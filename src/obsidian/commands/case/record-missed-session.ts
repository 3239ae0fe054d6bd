import { Notice } from "obsidian";
import { sessionPath } from "../../../domain/planning/file-names";
import { planNextSession } from "../../../domain/planning/next-session";
import { sessionProperties } from "../../../domain/planning/note-properties";
import { absenceWords } from "../../../domain/views/attendance-text";
import { MissedSessionModal } from "../../modals/missed-session-modal";
import { NoteWriter, noteText } from "../../notes/note-writer";
import { screenOf } from "../../privacy/screen";
import type { Workbench } from "../../workbench";
import type { ActiveCase } from "./active-case";
import { linkTo } from "./new-note";

/**
 * Writes the next session's note as not held (`attended: false` and the reason): it
 * takes the next number, as a session held would, and no template, since nothing was
 * worked on. The open note stays open.
 */
export function recordMissedSession(workbench: Workbench, active: ActiveCase): void {
	const { number, focus } = planNextSession(active.bundle, workbench.settings.engine);
	new MissedSessionModal(workbench.app, number, workbench.today(), async ({ date, reason }) => {
		const path = sessionPath(active.folder, number);
		// Nothing was reviewed in a session not held: homework waits for the next one held.
		const { homework_review: _homework, risk_reviewed: _risk, ...held } = sessionProperties({ number, date, focus }, linkTo(workbench, active.file, path));
		const properties = { ...held, attended: false, reason };
		const screen = screenOf(workbench);
		const file = await new NoteWriter(workbench.app, screen.text).createNew(path, noteText(properties, ""));
		if (file === null) return false;
		const what = `Session ${number} recorded as ${absenceWords(reason)}`;
		// The path names the client: privacy mode leaves it out.
		new Notice(screen.private ? `${what}.` : `${what}: ${file.path}`);
		return true;
	}).open();
}
