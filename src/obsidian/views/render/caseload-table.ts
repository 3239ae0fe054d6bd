// All cases in one sortable table; a row opens its case note.
import { CASELOAD_COLUMNS, CASELOAD_HEADINGS, type CaseloadColumn, type CaseloadModel, type CaseloadRow } from "../../../domain/views/caseload-model";
import { missedRunText } from "../../../domain/views/attendance-text";
import { KeyedList } from "./keyed-list";
import { renderEmpty, renderNoteLink, type OpenNote } from "./note-link";
import { renderSafetyLine } from "./safety-banner";

export interface CaseloadActions {
	readonly open: OpenNote;
	readonly sortBy: (column: CaseloadColumn) => void;
}

/** One fact of a row: a table cell, or a line of a card. */
export function renderCell(cell: HTMLElement, column: CaseloadColumn, row: CaseloadRow, open: OpenNote): void {
	switch (column) {
		case "client":
			renderNoteLink(cell, row.client, open);
			return;
		case "status":
			cell.setText(row.statusLabel);
			return;
		case "phase":
			cell.setText(row.phaseLabel);
			return;
		case "session":
			cell.setText(row.sessionText);
			return;
		case "seen":
			if (row.lastSeen === null) cell.createSpan({ cls: "ipt-empty", text: "No dated session" });
			else cell.setText(row.lastSeen.text);
			if (row.missedInARow > 0) cell.createDiv({ cls: "ipt-missed-run", text: missedRunText(row.missedInARow) ?? "" });
			return;
		case "measure":
			if (row.primary === null) cell.createSpan({ cls: "ipt-empty", text: "No score yet" });
			else cell.createSpan({ cls: ["ipt-trend", `ipt-trend-${row.primary.trend}`], text: row.primary.text });
			return;
		case "focus":
			if (row.focus.length === 0) cell.createSpan({ cls: "ipt-empty", text: "Not agreed" });
			else cell.setText(row.focus.join(", "));
			return;
		case "flags":
			if (row.flags.length === 0) cell.createSpan({ cls: "ipt-empty", text: "None" });
			for (const flag of row.flags) cell.createSpan({ cls: ["ipt-badge", `ipt-strength-${flag.strength}`], text: `${flag.label} (${flag.strength})` });
			return;
		case "safety":
			cell.toggleClass("has-open-safety", row.openSafety > 0);
			cell.setText([row.openSafety === 0 ? "None open" : `${row.openSafety} open`, ...(row.notRecorded === 0 ? [] : [`${row.notRecorded} without item`])].join(" · "));
			return;
		case "change":
			cell.setText(row.changeText);
			return;
		case "due":
			cell.setText(row.nextDue?.title ?? (row.status === "closed" ? "Nothing due (closed)" : "Nothing due"));
			return;
	}
}

function renderHeading(head: HTMLTableRowElement, column: CaseloadColumn, model: CaseloadModel, sortBy: (column: CaseloadColumn) => void): void {
	const sorted = model.sort.column === column;
	const cell = head.createEl("th", { cls: `ipt-col-${column}`, attr: { scope: "col" } });
	if (sorted) cell.setAttr("aria-sort", model.sort.descending ? "descending" : "ascending");
	const arrow = sorted ? (model.sort.descending ? " ▼" : " ▲") : "";
	const heading = CASELOAD_HEADINGS()[column];
	const button = cell.createEl("button", { cls: "ipt-sort-button", text: `${heading}${arrow}`, attr: { "aria-label": `Sort by ${heading.toLowerCase()}` } });
	button.addEventListener("click", () => sortBy(column));
}

/** Puts keyboard focus back on a column's sort button, which a redraw has replaced. */
export function focusSortButton(parent: HTMLElement, column: CaseloadColumn): void {
	parent.querySelector<HTMLElement>(`th.ipt-col-${column} .ipt-sort-button`)?.focus();
}

/** Open safety items come before anything else in a view, so callers draw this first. */
export function renderCaseloadSafety(parent: HTMLElement, model: CaseloadModel, open: OpenNote): void {
	const n = model.casesWithOpenSafety;
	if (n > 0) parent.createDiv({ cls: "ipt-safety-banner", text: n === 1 ? "1 case has an open safety item; it is listed first." : `${n} cases have open safety items; they are listed first.` });
	// No row holds these, so they are listed in full, above everything.
	if (model.unplaced.length === 0) return;
	const banner = parent.createDiv({ cls: "ipt-safety-banner ipt-safety-unplaced", attr: { role: "region", "aria-label": "Safety items outside any case" } });
	banner.createEl("strong", { text: `${model.unplaced.length} open safety item${model.unplaced.length === 1 ? "" : "s"} in notes no case could claim` });
	const list = banner.createEl("ul");
	for (const line of model.unplaced) renderSafetyLine(list, line, open);
	banner.createEl("p", { cls: "ipt-safety-hint", text: "Give each note its case (a case link, or move it into the case's folder) and make it a session note; until then the item stays open here." });
}

/** Nothing to list: no case at all, or none the filter lets through. */
export function renderNoRows(parent: HTMLElement, model: CaseloadModel): void {
	renderEmpty(parent, model.hidden > 0 ? "No case has this status." : "No IPT cases yet: a case is a note with ipt: case in its properties.");
}

/** The table's rows, kept by case path: a view that redraws keeps one, so that only changed rows are redrawn. */
export function caseloadTableRows(open: OpenNote): KeyedList<CaseloadRow> {
	return new KeyedList({
		key: (row) => row.client.path,
		create: (body, path) => {
			const tr = body.createEl("tr", { cls: "ipt-caseload-row" });
			// The whole row is a click target; the client link is its keyboard route.
			tr.addEventListener("click", (event) => {
				const target = event.targetNode;
				if (target?.instanceOf(Element) && target.closest("a")) return;
				open(path, event);
			});
			return tr;
		},
		fill: (tr, row) => {
			tr.toggleClass("has-open-safety", row.openSafety > 0);
			for (const column of CASELOAD_COLUMNS) renderCell(tr.createEl("td", { cls: `ipt-col-${column}` }), column, row, open);
		},
	});
}

/** `rows`: the rows kept from the last draw, when the caller redraws the same table. */
export function renderCaseloadTable(parent: HTMLElement, model: CaseloadModel, actions: CaseloadActions, rows = caseloadTableRows(actions.open)): void {
	if (model.rows.length === 0) {
		renderNoRows(parent, model);
		return;
	}
	const wrapper = parent.createDiv({ cls: "ipt-caseload-scroll" });
	const table = wrapper.createEl("table", { cls: "ipt-caseload-table" });
	const head = table.createEl("thead").createEl("tr");
	for (const column of CASELOAD_COLUMNS) renderHeading(head, column, model, actions.sortBy);
	rows.render(table, "tbody", "ipt-caseload-body", model.rows);
}
