import { Notice } from "obsidian";
import { latestSession } from "../../domain/engine/latest-session";
import { caseNames } from "../../domain/privacy/case-names";
import { ConfirmModal } from "../modals/confirm-modal";
import { NoteWriter } from "../notes/note-writer";
import type { Workbench } from "../workbench";

/** Asks, then records risk_reviewed: true in the case's latest session note and nothing else. */
export function confirmReview(workbench: Workbench, casePath: string): void {
	const { app } = workbench;
	const analysed = workbench.analysed(casePath);
	const latest = analysed === null ? null : latestSession(analysed.bundle.sessions);
	const file = latest === null ? null : app.vault.getFileByPath(latest.path);
	if (analysed === null || latest === null || file === null) {
		new Notice("This case has no session note to record the review in.");
		return;
	}
	// Named as the view names it, so privacy mode shows no name here either.
	const name = caseNames(analysed.bundle, workbench.settings.privacyMode).note(latest.path);
	const confirmation = {
		title: "Mark safety items reviewed",
		paragraphs: [
			`This sets risk_reviewed: true in "${name}", the case's latest session note. Nothing else in the note changes.`,
			"Do this once you have followed up the open items with the client.",
		],
		confirm: "Mark reviewed",
	};
	new ConfirmModal(app, confirmation, async () => {
		const written = await new NoteWriter(app).updateFrontmatter(file, (frontmatter) => {
			frontmatter.risk_reviewed = true;
		});
		if (written) new Notice(`Review recorded: risk_reviewed is true in "${name}".`);
		return written;
	}).open();
}
