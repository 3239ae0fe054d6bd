import { Notice, type TFile } from "obsidian";
import type { SessionRecord } from "../../../domain/model/records";
import { MEASURE_LABELS } from "../../../domain/engine/measures/bands";
import { dateToFill, entryTotal, measureChanges, safetyFinding, safetyMessage, scoreSummary } from "../../../domain/planning/measure-forms";
import { MeasureModal } from "../../modals/measure-modal";
import { NoteWriter } from "../../notes/note-writer";
import { screenOf } from "../../privacy/screen";
import type { AnalysedCase, Workbench } from "../../workbench";

export const NO_SESSION_NOTE = "Open a session note of an IPT case first.";

export interface ActiveSession {
	readonly file: TFile;
	readonly session: SessionRecord;
	readonly analysed: AnalysedCase;
}

/** The open note when it is a session note of a case, or null. */
export function activeSession(workbench: Workbench): ActiveSession | null {
	const file = workbench.app.workspace.getActiveFile();
	const casePath = workbench.caseOf(file?.path);
	const analysed = casePath === null ? null : workbench.analysed(casePath);
	const session = analysed?.bundle.sessions.find((candidate) => candidate.path === file?.path);
	return file === null || analysed === null || session === undefined ? null : { file, session, analysed };
}

/**
 * Scores a measure into the open session note, dating the note when it has no date yet;
 * a positive safety item raises a notice that stays.
 */
export function recordMeasure(workbench: Workbench, { file, session, analysed }: ActiveSession): void {
	const start = { measure: analysed.bundle.record.measure, session, today: workbench.today() };
	new MeasureModal(workbench.app, start, async ({ entry, date }) => {
		const changes = measureChanges(entry);
		let unreadDate = false;
		const screen = screenOf(workbench);
		const written = await new NoteWriter(workbench.app, screen.text).updateFrontmatter(file, (frontmatter) => {
			for (const key of changes.remove) delete frontmatter[key];
			for (const [key, value] of Object.entries(changes.set)) frontmatter[key] = value;
			if (session.date !== null) return;
			const fill = dateToFill(frontmatter.date, date);
			if (fill === null) unreadDate = true;
			else frontmatter.date = fill;
		});
		if (!written) return false;
		if (unreadDate) new Notice(`The date on ${screen.note(file.path)} could not be read, so it was left as written: the scores take the note's date once it is fixed.`);
		const finding = safetyFinding(entry);
		if (finding !== null) new Notice(safetyMessage(finding, session.session), 0);
		new Notice(`${MEASURE_LABELS[entry.measure]} recorded: ${scoreSummary(entry.measure, entryTotal(entry)).text}.`);
		return true;
	}).open();
}
