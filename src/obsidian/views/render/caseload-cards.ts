// The caseload in a narrow pane: one card per client with the table's facts, so
// nothing (open safety least of all) hides behind a horizontal scroll.
import { CASELOAD_COLUMNS, CASELOAD_HEADINGS, type CaseloadModel } from "../../../domain/views/caseload-model";
import { renderCell, renderNoRows, type CaseloadActions } from "./caseload-table";

const FACTS = CASELOAD_COLUMNS.filter((column) => column !== "client");

export function renderCaseloadCards(parent: HTMLElement, model: CaseloadModel, actions: CaseloadActions): void {
	if (model.rows.length === 0) {
		renderNoRows(parent, model);
		return;
	}
	const list = parent.createEl("ul", { cls: "ipt-caseload-cards" });
	for (const row of model.rows) {
		const card = list.createEl("li", { cls: "ipt-caseload-card" });
		card.toggleClass("has-open-safety", row.openSafety > 0);
		renderCell(card.createDiv({ cls: "ipt-card-client" }), "client", row, actions.open);
		const facts = card.createEl("dl");
		for (const column of FACTS) {
			facts.createEl("dt", { text: CASELOAD_HEADINGS[column] });
			renderCell(facts.createEl("dd", { cls: `ipt-col-${column}` }), column, row, actions.open);
		}
	}
}
