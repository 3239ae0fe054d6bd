import { normalizePath, Notice } from "obsidian";
import { sessionNumber } from "../../../domain/engine/sessions";
import { homeworkSection } from "../../../domain/planning/note-body";
import { sessionPath } from "../../../domain/planning/file-names";
import { planNextSession } from "../../../domain/planning/next-session";
import { sessionProperties } from "../../../domain/planning/note-properties";
import { SessionModal } from "../../modals/session-modal";
import type { Workbench } from "../../workbench";
import type { ActiveCase } from "./active-case";
import { createNote, linkTo } from "./new-note";

/** Starts the next session's note on the date asked for (today unless changed): its phase's template, the focus and last session's homework. */
export function newSession(workbench: Workbench, active: ActiveCase): void {
	const next = planNextSession(active.bundle, workbench.settings.engine);
	const path = normalizePath(sessionPath(active.folder, next.number));
	// A note made by hand under the next number's name, its number not filled in yet: that note is what to fix.
	if (active.bundle.sessions.some((note) => note.path === path && sessionNumber(note) === null)) {
		new Notice(`IPT Workbench: "${path}" has no session number, so no new session was written. Give it its number (session: ${next.number}) and try again.`);
		return;
	}
	const caseLink = linkTo(workbench, active.file, path);
	new SessionModal(workbench.app, { number: next.number, phase: next.phase, today: workbench.today() }, async (date) => {
		const file = await createNote(workbench, {
			path,
			kind: "session",
			phase: next.phase,
			properties: sessionProperties({ number: next.number, date, focus: next.focus }, caseLink),
			values: { client: active.bundle.record.client, case: caseLink, date, session: String(next.number), phase: next.phase, focus: next.focus.join(", ") },
			...(next.previous === null ? {} : { section: homeworkSection(next.previous) }),
		});
		return file !== null;
	}).open();
}
