// Who the case is and where it stands.
import type { HeaderModel } from "../../../domain/views/header-model";
import { renderNoteLink, type OpenNote } from "./note-link";

export function renderHeader(parent: HTMLElement, model: HeaderModel, open: OpenNote): void {
	const header = parent.createDiv({ cls: "ipt-header" });
	renderNoteLink(header.createEl("h3", { cls: "ipt-client" }), model.client, open);
	const facts = header.createDiv({ cls: "ipt-header-facts" });
	for (const [name, text] of [
		["status", model.status],
		["protocol", model.protocol],
		["measure", model.measure],
	] as const) {
		facts.createSpan({ cls: ["ipt-fact", `ipt-fact-${name}`], text });
	}
	header.createDiv({ cls: "ipt-progress", text: model.progress });
	if (model.notHeld !== null) header.createDiv({ cls: "ipt-not-held", text: model.notHeld });
}
