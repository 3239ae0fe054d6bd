// Open safety items first, above everything; reviewed ones as quiet history.
import type { SafetyLine, SafetyModel } from "../../../domain/views/safety-model";
import { renderNoteLink, type OpenNote } from "./note-link";

function renderLines(list: HTMLElement, lines: readonly SafetyLine[], open: OpenNote): void {
	for (const line of lines) {
		const item = list.createEl("li");
		item.createSpan({ text: `${line.text}: ` });
		renderNoteLink(item, line.link, open);
	}
}

export function renderSafetyBanner(parent: HTMLElement, model: SafetyModel, open: OpenNote): void {
	if (model.open.length > 0) {
		const banner = parent.createDiv({ cls: "ipt-safety-banner", attr: { role: "region", "aria-label": "Open safety items" } });
		const count = model.open.length;
		banner.createEl("strong", { cls: "ipt-safety-title", text: count === 1 ? "Open safety item" : `${count} open safety items` });
		renderLines(banner.createEl("ul"), model.open, open);
		banner.createEl("p", { cls: "ipt-safety-hint", text: "Follow it up, then record risk_reviewed: true in that session's note or a later one." });
	}
	if (model.reviewed.length > 0) {
		const history = parent.createDiv({ cls: "ipt-safety-history" });
		history.createSpan({ cls: "ipt-safety-history-title", text: "Reviewed safety items" });
		renderLines(history.createEl("ul"), model.reviewed, open);
	}
}
