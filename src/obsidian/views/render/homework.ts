// The last sessions' homework and how each was reviewed.
import type { HomeworkModel } from "../../../domain/views/homework-model";
import { renderEmpty, renderNoteLink, type OpenNote } from "./note-link";

export function renderHomework(parent: HTMLElement, model: HomeworkModel, open: OpenNote): void {
	if (model.entries.length === 0) {
		renderEmpty(parent, "No sessions yet.");
		return;
	}
	const list = parent.createEl("ul", { cls: "ipt-homework" });
	for (const entry of model.entries) {
		const item = list.createEl("li", { cls: "ipt-homework-session" });
		const head = item.createDiv({ cls: "ipt-homework-head" });
		renderNoteLink(head, entry.link, open);
		if (entry.date !== null) head.createSpan({ cls: "ipt-homework-date", text: entry.date });
		if (entry.items.length === 0) {
			item.createDiv({ cls: "ipt-empty", text: "No homework recorded" });
			continue;
		}
		const tasks = item.createEl("ul", { cls: "ipt-homework-items" });
		for (const task of entry.items) tasks.createEl("li", { text: task });
		item.createDiv({ cls: ["ipt-homework-review", `ipt-review-${entry.review ?? "none"}`], text: entry.reviewText });
	}
}
