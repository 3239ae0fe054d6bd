// Open safety items first, above everything, every one of them; reviewed ones as quiet
// history, the latest few shown and the rest folded.
import type { SafetyLine, SafetyModel } from "../../../domain/views/safety-model";
import { renderFoldedList, type OpenFolds } from "./fold";
import { renderNoteLink, type OpenNote } from "./note-link";

function renderLine(list: HTMLElement, line: SafetyLine, open: OpenNote): void {
	const item = list.createEl("li");
	item.createSpan({ text: `${line.text}: ` });
	renderNoteLink(item, line.link, open);
}

/** `markReviewed`, when given, is behind the banner's "Mark reviewed" button; it asks before it writes. */
export function renderSafetyBanner(parent: HTMLElement, model: SafetyModel, open: OpenNote, folds: OpenFolds, markReviewed?: () => void): void {
	if (model.open.length > 0) {
		const banner = parent.createDiv({ cls: "ipt-safety-banner", attr: { role: "region", "aria-label": "Open safety items" } });
		const count = model.open.length;
		banner.createEl("strong", { cls: "ipt-safety-title", text: count === 1 ? "Open safety item" : `${count} open safety items` });
		const list = banner.createEl("ul");
		for (const line of model.open) renderLine(list, line, open);
		banner.createEl("p", { cls: "ipt-safety-hint", text: "Follow it up, then record risk_reviewed: true in that session's note or a later one." });
		if (markReviewed) {
			const button = banner.createEl("button", { cls: "ipt-safety-review", text: "Mark reviewed", attr: { type: "button" } });
			button.addEventListener("click", markReviewed);
		}
	}
	if (model.reviewed.length > 0) {
		const history = parent.createDiv({ cls: "ipt-safety-history" });
		history.createSpan({ cls: "ipt-safety-history-title", text: "Reviewed safety items" });
		renderFoldedList(
			history,
			"ipt-safety-history-items",
			{ key: "safety-history", more: (hidden) => `${hidden} earlier`, items: model.reviewed, draw: (list, line) => renderLine(list, line, open) },
			folds,
		);
	}
}
