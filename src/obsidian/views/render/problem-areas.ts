// Each problem area with its flag strength, whether it is the agreed focus, and why.
import type { ProblemAreasModel } from "../../../domain/views/problem-areas-model";
import { renderFoldedList, type OpenFolds } from "./fold";
import { renderNoteLink, type OpenNote } from "./note-link";
import { renderWhy, type OpenWhys } from "./why";

export function renderProblemAreas(parent: HTMLElement, model: ProblemAreasModel, open: OpenNote, folds: OpenFolds, whys: OpenWhys): void {
	const list = parent.createEl("ul", { cls: "ipt-areas" });
	for (const row of model.rows) {
		const item = list.createEl("li", { cls: ["ipt-area", `ipt-area-${row.area}`, `ipt-strength-${row.strength}`] });
		const head = item.createDiv({ cls: "ipt-area-head" });
		head.createSpan({ cls: "ipt-area-name", text: row.label });
		head.createSpan({ cls: ["ipt-badge", "ipt-badge-strength"], text: row.strengthLabel });
		if (row.focus) head.createSpan({ cls: ["ipt-badge", "ipt-badge-focus"], text: "Agreed focus" });
		renderWhy(head, row.rule, whys, `area ${row.area}`);
		if (row.evidence.length === 0) continue;
		renderFoldedList(
			item,
			"ipt-evidence",
			{
				key: `evidence-${row.area}`,
				more: (hidden) => `${hidden} more`,
				items: row.evidence,
				draw: (list, line) => {
					const entry = list.createEl("li");
					renderNoteLink(entry, line.link, open);
					entry.createSpan({ cls: "ipt-evidence-reason", text: `: ${line.reason}` });
					renderWhy(entry, line.rule, whys, `evidence ${row.area} ${line.link.path}`);
				},
			},
			folds,
		);
	}
	for (const note of model.notes) parent.createEl("p", { cls: "ipt-note", text: note });
}
