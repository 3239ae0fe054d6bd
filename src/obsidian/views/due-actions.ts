// The buttons on "What is due" items (the table is domain/views/due-actions.ts). A tick
// asks first, naming the note it changes; a form writes only once it is filled in.
import { Notice } from "obsidian";
import { latestSession } from "../../domain/engine/latest-session";
import { caseNames } from "../../domain/privacy/case-names";
import { dueAction, withTask, type DueAction, type DueForm } from "../../domain/views/due-actions";
import type { DueItem } from "../../domain/views/due-model";
import type { Task } from "../../domain/model/vocabulary";
import { caseAt, type ActiveCase } from "../commands/case/active-case";
import { addPerson } from "../commands/case/add-person";
import { recordMeasure } from "../commands/case/record-measure";
import { setFocus } from "../commands/case/set-focus";
import { ConfirmModal } from "../modals/confirm-modal";
import { NoteWriter } from "../notes/note-writer";
import type { Workbench } from "../workbench";

const NO_SESSION = "This case has no session note yet: start one with New session note.";

/** Draws a due item's button, when its id has an action, for the case at `casePath`. */
export function dueActionButtons(workbench: Workbench, casePath: string): (parent: HTMLElement, due: DueItem) => void {
	return (parent, due) => {
		const action = dueAction(due.id);
		if (action === null) return;
		const button = parent.createEl("button", { cls: "ipt-due-action", text: action.label, attr: { type: "button", "aria-label": `${action.label}: ${due.title}` } });
		button.addEventListener("click", () => run(workbench, casePath, action));
	};
}

function run(workbench: Workbench, casePath: string, action: DueAction): void {
	const active = caseAt(workbench, casePath);
	if (active === null) return;
	if (action.kind === "tick") confirmTick(workbench, active, action.task);
	else openForm(workbench, active, action.form);
}

function openForm(workbench: Workbench, active: ActiveCase, form: DueForm): void {
	if (form === "add-person") addPerson(workbench, active);
	else if (form === "set-focus") setFocus(workbench, active);
	else {
		const latest = latestSession(active.bundle.sessions);
		const file = latest === null ? null : workbench.app.vault.getFileByPath(latest.path);
		if (latest === null || file === null) new Notice(NO_SESSION);
		else recordMeasure(workbench, { file, session: latest, analysed: active });
	}
}

/** Asks, then adds the task to the `tasks` of the case's latest session note and changes nothing else. */
function confirmTick(workbench: Workbench, active: ActiveCase, task: Task): void {
	const { app } = workbench;
	const latest = latestSession(active.bundle.sessions);
	const file = latest === null ? null : app.vault.getFileByPath(latest.path);
	if (latest === null || file === null) {
		new Notice(NO_SESSION);
		return;
	}
	// Named as the view names it, so privacy mode shows no name here either.
	const name = caseNames(active.bundle, workbench.settings.privacyMode).note(latest.path);
	const confirmation = {
		title: "Mark the task done",
		paragraphs: [`This adds ${task} to the tasks of "${name}", the case's latest session note. Nothing else in the note changes.`],
		confirm: "Mark done",
	};
	new ConfirmModal(app, confirmation, async () => {
		const written = await new NoteWriter(app).updateFrontmatter(file, (frontmatter) => {
			frontmatter.tasks = withTask(frontmatter.tasks, task);
		});
		if (written) new Notice(`Task recorded: ${task} is in the tasks of "${name}".`);
		return written;
	}).open();
}
