import type { CachedMetadata } from "obsidian";
import { isTicked, type ChecklistLine } from "../../domain/schema/checklist-tasks";

/**
 * Whether the note has a ticked checklist item, by Obsidian's list-item cache: only
 * then is its text worth reading for the task ids the items name.
 */
export function hasTickedItem(cache: CachedMetadata | null): boolean {
	return cache?.listItems?.some((item) => item.task !== undefined && isTicked(item.task)) ?? false;
}

/** The cache's checklist items, each with its line of the note's text. */
export function checklistLines(cache: CachedMetadata | null, text: string): ChecklistLine[] {
	const items = cache?.listItems?.filter((item) => item.task !== undefined) ?? [];
	if (items.length === 0) return [];
	const lines = text.split("\n");
	return items.map((item) => ({ line: item.position.start.line + 1, status: item.task ?? " ", text: (lines[item.position.start.line] ?? "").replace(/\r$/, "") }));
}
