// What the button on a "What is due" item does, one row per due id: tick a task in the
// case's latest session note, or open the form that records what is missing. An id
// without a row (a rise in scores to talk over, an early ending to note) has no
// one-click action: it asks for the clinician's judgement, or a fix by hand.
import type { WarningId } from "../engine/analysis";
import type { Task } from "../model/vocabulary";
import { lazy } from "../lazy";

/** The forms a due item can open, each acting on the case shown. */
export type DueForm = "record-measure" | "set-focus" | "add-person";

export type DueAction =
	| { readonly kind: "tick"; readonly task: Task; readonly label: string }
	| { readonly kind: "form"; readonly form: DueForm; readonly label: string };

function tick(task: Task): DueAction {
	return { kind: "tick", task, label: "Mark done" };
}

// Built on first use, not at load: see domain/lazy.ts.
const DUE_ACTIONS = lazy(function (): Readonly<Partial<Record<WarningId, DueAction>>> {
	return {
		"termination-not-discussed": tick("termination-discussed"),
		"relapse-plan-missing": tick("relapse-plan"),
		"formulation-missing": tick("formulation"),
		"sick-role-missing": tick("sick-role"),
		// The inventory needs people as well as the task: the message says which is missing.
		"inventory-missing": { kind: "form", form: "add-person", label: "Add person" },
		"baseline-measure-missing": { kind: "form", form: "record-measure", label: "Record measure" },
		"measure-overdue": { kind: "form", form: "record-measure", label: "Record measure" },
		"focus-missing": { kind: "form", form: "set-focus", label: "Set focus" },
		"too-many-focus-areas": { kind: "form", form: "set-focus", label: "Set focus" },
		"sensitivity-with-other-areas": { kind: "form", form: "set-focus", label: "Set focus" },
		"focus-without-evidence": { kind: "form", form: "set-focus", label: "Set focus" },
	};
});

export function dueAction(id: WarningId): DueAction | null {
	return DUE_ACTIONS()[id] ?? null;
}

/** The session's `tasks` with `task` added, keeping whatever was there; a lone value becomes a list. */
export function withTask(tasks: unknown, task: Task): unknown[] {
	const list: unknown[] = Array.isArray(tasks) ? [...(tasks as unknown[])] : tasks === null || tasks === undefined || tasks === "" ? [] : [tasks];
	return list.includes(task) ? list : [...list, task];
}
