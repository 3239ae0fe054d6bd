// A ticked checklist item in a session's body that names a task id in backticks counts
// as that task (note-format.md "Tasks ticked in the body"). Each face finds the body's
// checklist lines its own way (Obsidian's list-item cache, the command line's reading
// of the text); this alone decides which of them count, so the two faces agree.
import { TASKS, type Task } from "../model/vocabulary";
import type { Reporter } from "./field";
import { enumField } from "./scalar-fields";

/** One checklist item (`- [x] ...`) of a note's body. */
export interface ChecklistLine {
	/** Counted from 1 over the whole note, frontmatter included, as an editor numbers lines. */
	readonly line: number;
	/** The character between the brackets. */
	readonly status: string;
	/** The line as written. */
	readonly text: string;
}

/**
 * Only `x` and `X` count as done. Obsidian shows any other character as ticked, but
 * themes give them other meanings (`-` cancelled, `/` in progress, `>` moved on), and a
 * task counted as done too early hides what is still due.
 */
const DONE: ReadonlySet<string> = new Set(["x", "X"]);

const CODE_SPAN = /(`+)([^`]+?)\1(?!`)/g;
const TASK = enumField("an IPT task", TASKS);

export function isTicked(status: string): boolean {
	return DONE.has(status);
}

/**
 * The tasks the ticked lines name, each once, in the order found. A one-word span in
 * backticks on a ticked line that is no task id is a warning naming the line, since
 * the clinician meant the item to count; longer spans are ordinary inline code.
 */
export function checklistTasks(lines: readonly ChecklistLine[], report: Reporter): Task[] {
	const tasks = new Set<Task>();
	for (const { line, status, text } of lines) {
		if (!isTicked(status)) continue;
		for (const match of text.matchAll(CODE_SPAN)) {
			const word = (match[2] ?? "").trim();
			if (word === "" || /\s/.test(word)) continue;
			const task = TASK.match(word);
			if (task !== null) tasks.add(task);
			else report.warning(`line ${line}`, `\`${word}\` in a ticked checklist item is not a task id, so the item counts as no task; write one of ${TASKS.join(", ")}`);
		}
	}
	return [...tasks];
}
