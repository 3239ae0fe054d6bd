// Open safety items first, above everything, every one of them; reviewed ones as quiet
// history, the latest few shown and the rest folded.
import { FOLLOW_UP } from "../../../domain/safety/safety-wording";
import type { SafetyLine, SafetyModel } from "../../../domain/views/safety-model";
import { renderFoldedList, type OpenFolds } from "./fold";
import { renderNoteLink, type OpenNote } from "./note-link";

export function renderSafetyLine(list: HTMLElement, line: SafetyLine, open: OpenNote): void {
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
		for (const line of model.open) renderSafetyLine(list, line, open);
		banner.createEl("p", {
			cls: "ipt-safety-hint",
			text: `${FOLLOW_UP}, then mark it reviewed: risk_reviewed: true in that session's note or a later one. An answer that could not be read stays open until its note is mended.`,
		});
		if (markReviewed) {
			const button = banner.createEl("button", { cls: "ipt-safety-review", text: "Mark reviewed", attr: { type: "button" } });
			button.addEventListener("click", markReviewed);
		}
	}
	// Beside the open items: a total without its safety item can look reassuring while the one answer that matters is missing.
	if (model.notRecorded.length > 0) {
		const missing = parent.createDiv({ cls: "ipt-safety-missing", attr: { role: "region", "aria-label": "Sessions without the safety item" } });
		const count = model.notRecorded.length;
		missing.createEl("strong", { text: count === 1 ? "1 session without the safety item" : `${count} sessions without the safety item` });
		renderFoldedList(
			missing,
			"ipt-safety-missing-items",
			{ key: "safety-missing", more: (hidden) => `${hidden} more`, items: model.notRecorded, draw: (list, line) => renderSafetyLine(list, line, open) },
			folds,
		);
	}
	if (model.reviewed.length > 0) {
		const history = parent.createDiv({ cls: "ipt-safety-history" });
		history.createSpan({ cls: "ipt-safety-history-title", text: "Reviewed safety items" });
		renderFoldedList(
			history,
			"ipt-safety-history-items",
			{ key: "safety-history", more: (hidden) => `${hidden} earlier`, items: model.reviewed, draw: (list, line) => renderSafetyLine(list, line, open) },
			folds,
		);
	}
}
