// Problems in this case's notes, each linking to its file.
import type { DiagnosticsModel } from "../../../domain/views/diagnostics-model";
import { renderEmpty, renderNoteLink, type OpenNote } from "./note-link";

export function renderDiagnostics(parent: HTMLElement, model: DiagnosticsModel, open: OpenNote): void {
	if (model.lines.length === 0) {
		renderEmpty(parent, "No problems in this case's notes.");
		return;
	}
	const list = parent.createEl("ul", { cls: "ipt-diagnostics" });
	for (const line of model.lines) {
		const item = list.createEl("li", { cls: ["ipt-diagnostic", `ipt-severity-${line.severity}`] });
		const head = item.createDiv({ cls: "ipt-diagnostic-head" });
		head.createSpan({ cls: ["ipt-badge", "ipt-badge-severity"], text: line.severity === "error" ? "Error" : "Warning" });
		renderNoteLink(head, line.link, open);
		head.createSpan({ cls: "ipt-diagnostic-field", text: line.field });
		item.createDiv({ cls: "ipt-diagnostic-message", text: line.message });
	}
}
