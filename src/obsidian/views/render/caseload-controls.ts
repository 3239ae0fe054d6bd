// Above the caseload: which statuses it lists and, for the cards, the sort the table's
// headings would give.
import { CASELOAD_COLUMNS, CASELOAD_HEADINGS, type CaseloadColumn, type CaseloadModel, type CaseloadSort } from "../../../domain/views/caseload-model";
import { STATUS_FILTERS, type StatusFilter } from "../../../domain/views/caseload-state";
import { STATUS_LABELS } from "../../../domain/views/labels";

export interface CaseloadControlActions {
	readonly filterBy: (filter: StatusFilter) => void;
	readonly sort: (sort: CaseloadSort) => void;
}

function filterLabel(filter: StatusFilter): string {
	return filter === "all" ? "All cases" : STATUS_LABELS[filter];
}

function labelled(parent: HTMLElement, text: string, cls: string): HTMLSelectElement {
	const label = parent.createEl("label", { cls: ["ipt-caseload-control", cls] });
	label.createSpan({ text });
	return label.createEl("select", { cls: "dropdown" });
}

function option(select: HTMLSelectElement, value: string, text: string, selected: boolean): void {
	select.createEl("option", { value, text }).selected = selected;
}

function plural(n: number, one: string, many: string): string {
	return n === 1 ? one : many;
}

/** `cards`: the narrow layout has no headings to click, so it gets a sort control. */
export function renderCaseloadControls(parent: HTMLElement, model: CaseloadModel, cards: boolean, actions: CaseloadControlActions): void {
	const bar = parent.createDiv({ cls: "ipt-caseload-controls" });
	const filter = labelled(bar, "Show", "ipt-caseload-filter");
	for (const value of STATUS_FILTERS) option(filter, value, filterLabel(value), value === model.filter);
	filter.addEventListener("change", () => actions.filterBy(filter.value as StatusFilter));
	if (cards) {
		const sort = labelled(bar, "Sort by", "ipt-caseload-sort");
		for (const column of CASELOAD_COLUMNS) {
			for (const descending of [false, true]) {
				const text = `${CASELOAD_HEADINGS()[column]} ${descending ? "▼" : "▲"}`;
				option(sort, `${column}:${descending ? "desc" : "asc"}`, text, model.sort.column === column && model.sort.descending === descending);
			}
		}
		sort.addEventListener("change", () => {
			const [column, order] = sort.value.split(":");
			actions.sort({ column: column as CaseloadColumn, descending: order === "desc" });
		});
	}
	const notes: string[] = [];
	if (model.hidden > 0) notes.push(`${model.hidden} ${plural(model.hidden, "case", "cases")} of other statuses not shown.`);
	if (model.shownForSafety > 0) notes.push(`${model.shownForSafety} ${plural(model.shownForSafety, "case", "cases")} of another status shown for an open safety item.`);
	if (notes.length > 0) bar.createEl("p", { cls: "ipt-hint", text: notes.join(" ") });
}
