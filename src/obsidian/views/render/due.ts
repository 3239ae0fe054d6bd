// What is due: phase warnings and focus checks, each with the note it concerns.
import type { DueItem, DueModel } from "../../../domain/views/due-model";
import { renderEmpty, renderNoteLink, type OpenNote } from "./note-link";
import { renderWhy, type OpenWhys } from "./why";

/** `addAction` draws an item's button, when it has one. */
export function renderDue(parent: HTMLElement, model: DueModel, open: OpenNote, whys: OpenWhys, addAction?: (parent: HTMLElement, due: DueItem) => void): void {
	if (model.items.length === 0) {
		renderEmpty(parent, "Nothing due.");
		return;
	}
	const list = parent.createEl("ul", { cls: "ipt-due" });
	for (const due of model.items) {
		const item = list.createEl("li", { cls: ["ipt-due-item", `ipt-due-${due.id}`] });
		const head = item.createDiv({ cls: "ipt-due-head" });
		head.createSpan({ cls: "ipt-due-title", text: due.title });
		renderNoteLink(head, due.link, open);
		renderWhy(head, due.rule, whys, `due ${due.id} ${due.link.path}`);
		item.createDiv({ cls: "ipt-due-message", text: due.message });
		addAction?.(item, due);
	}
}
