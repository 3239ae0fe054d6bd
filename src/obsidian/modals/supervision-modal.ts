import { Modal, type App } from "obsidian";
import type { TotalsRow, TotalsRows } from "../../domain/supervision/totals-rows";
import { openNoteAt } from "../notes/open-note";
import type { Screen } from "../privacy/screen";

function rowsTable(parent: HTMLElement, rows: readonly TotalsRow[]): void {
	const body = parent.createEl("table", { cls: "ipt-supervision-table" }).createEl("tbody");
	for (const row of rows) {
		const tr = body.createEl("tr");
		tr.createEl("th", { text: row.label, attr: { scope: "row" } });
		tr.createEl("td", { text: row.value });
	}
}

/**
 * The supervision totals over all cases, then each supervised case: the same rows the
 * command line prints. Names come already screened (initials and "Supervisor" in
 * privacy mode); a case's title opens its note.
 */
export class SupervisionModal extends Modal {
	constructor(
		app: App,
		private readonly totals: TotalsRows,
		private readonly screen: Screen,
	) {
		super(app);
	}

	onOpen(): void {
		const { contentEl } = this;
		this.setTitle("Supervision totals");
		contentEl.empty();
		contentEl.addClass("ipt-supervision");
		rowsTable(contentEl, this.totals.overall);
		if (this.totals.empty !== null) contentEl.createEl("p", { text: this.totals.empty });
		for (const c of this.totals.cases) {
			const heading = contentEl.createEl("h3");
			// A real link: reachable with Tab and opened with Enter; in privacy mode it holds no path.
			const link = heading.createEl("a", { text: this.screen.private ? c.title : `${c.title} (${this.screen.note(c.casePath)})`, href: "#" });
			link.addEventListener("click", (evt) => {
				evt.preventDefault();
				this.close();
				openNoteAt(this.app, c.casePath, false);
			});
			rowsTable(contentEl, c.rows);
			if (c.problems.length > 0) {
				const list = contentEl.createEl("ul", { cls: "ipt-supervision-problems" });
				for (const problem of c.problems) list.createEl("li", { text: problem });
			}
		}
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
