// The caseload in a narrow pane: one card per client with the table's facts, so
// nothing (open safety least of all) hides behind a horizontal scroll.
import { CASELOAD_COLUMNS, CASELOAD_HEADINGS, type CaseloadModel, type CaseloadRow } from "../../../domain/views/caseload-model";
import { renderCell, renderNoRows, type CaseloadActions } from "./caseload-table";
import { KeyedList } from "./keyed-list";
import type { OpenNote } from "./note-link";

const FACTS = CASELOAD_COLUMNS.filter(function (column) { return column !== "client"; });

/** The cards, kept by case path as the table's rows are. */
export function caseloadCards(open: OpenNote): KeyedList<CaseloadRow> {
	return new KeyedList({
		key: (row) => row.client.path,
		create: (list) => list.createEl("li", { cls: "ipt-caseload-card" }),
		fill: (card, row) => {
			card.toggleClass("has-open-safety", row.openSafety > 0);
			renderCell(card.createDiv({ cls: "ipt-card-client" }), "client", row, open);
			const facts = card.createEl("dl");
			for (const column of FACTS) {
				facts.createEl("dt", { text: CASELOAD_HEADINGS()[column] });
				renderCell(facts.createEl("dd", { cls: `ipt-col-${column}` }), column, row, open);
			}
		},
	});
}

export function renderCaseloadCards(parent: HTMLElement, model: CaseloadModel, actions: CaseloadActions, cards = caseloadCards(actions.open)): void {
	if (model.rows.length === 0) {
		renderNoRows(parent, model);
		return;
	}
	cards.render(parent, "ul", "ipt-caseload-cards", model.rows);
}
