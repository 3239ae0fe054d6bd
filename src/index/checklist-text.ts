// The checklist items of a note's body read from its text, for the command line; the
// plugin takes them from Obsidian's list-item cache instead. Which of them count is
// decided in one place for both (domain/schema/checklist-tasks.ts).
import { afterFrontmatter } from "../domain/model/frontmatter-span";
import type { ChecklistLine } from "../domain/schema/checklist-tasks";

/** A list item with a checkbox, in a quote or callout or not; the status is the character in the brackets. */
const CHECKBOX_ITEM = /^(?: {0,3}> ?)*\s*(?:[-*+]|\d{1,9}[.)])\s+\[(.)\](?=\s|$)/;
const FENCE = /^(?: {0,3}> ?)*\s*(`{3,}|~{3,})(.*)$/;
/** As in Obsidian's cache, nothing in a comment is a list item. */
const COMMENTS = /<!--[\s\S]*?-->|%%[\s\S]*?%%/g;

/** The checkbox items after the frontmatter, outside code blocks and comments. */
export function checklistInText(text: string): ChecklistLine[] {
	const body = afterFrontmatter(text) ?? text;
	const firstBodyLine = text.slice(0, text.length - body.length).split("\n").length - 1;
	const written = body.split("\n");
	const visible = body.replace(COMMENTS, (match) => match.replace(/[^\n]/g, " ")).split("\n");
	const found: ChecklistLine[] = [];
	let fence: string | null = null;
	visible.forEach((line, index) => {
		const opening = FENCE.exec(line);
		if (fence !== null) {
			if (opening?.[1]?.startsWith(fence) && (opening[2] ?? "").trim() === "") fence = null;
			return;
		}
		if (opening?.[1] !== undefined) {
			fence = opening[1];
			return;
		}
		const status = CHECKBOX_ITEM.exec(line)?.[1];
		if (status !== undefined) found.push({ line: firstBodyLine + index + 1, status, text: (written[index] ?? line).replace(/\r$/, "") });
	});
	return found;
}
