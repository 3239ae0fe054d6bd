// What the two IPT Bases views draw, from the paths of their rows and their options.
// Nothing here touches the Bases API, which an app before 1.10.0 lacks: the views
// themselves are defined only behind the version check (register-bases.ts).
import type { BasesAllOptions, Component, Events } from "obsidian";
import { groupBaseRows, unknownRowsText, type BaseRows } from "../../domain/bases/base-rows";
import { caseNames } from "../../domain/privacy/case-names";
import { DEFAULT_CASELOAD_SORT, nextSort, type CaseloadSort } from "../../domain/views/caseload-model";
import { circleModel } from "../../domain/views/circle-model";
import { INDEX_CHANGED_EVENT } from "../index/index-sync";
import { noteOpener } from "../views/open-note";
import { RedrawScheduler } from "../views/redraw-scheduler";
import { focusSortButton, renderCaseloadSafety, renderCaseloadTable } from "../views/render/caseload-table";
import { renderClosenessCircle } from "../views/render/closeness-circle";
import { OpenFolds } from "../views/render/fold";
import { renderSection, type OpenNote } from "../views/render/note-link";
import { renderSafetyBanner } from "../views/render/safety-banner";
import { caseloadModelFor, sidebarModelFor } from "../views/view-data";
import type { Workbench } from "../workbench";

export type BaseKind = "circle" | "caseload";

/** The circle view's options as saved in the `.base` file. */
export interface CircleOptions {
	readonly label: unknown;
	readonly ring: unknown;
	readonly privacy: unknown;
}

/** label: names as the notes give them, or role labels; ring: the outermost ring drawn; privacy: hide names whatever the plugin's privacy mode. */
export function circleViewOptions(workbench: Workbench): BasesAllOptions[] {
	const rings = workbench.settings.engine.ringCount;
	return [
		{ type: "dropdown", key: "label", displayName: "Label", default: "name", options: { name: "Name", role: "Role" } },
		{ type: "slider", key: "ring", displayName: "Outermost ring", default: rings, min: 1, max: rings, step: 1 },
		{ type: "toggle", key: "privacy", displayName: "Hide names", default: false },
	];
}

/**
 * The state and drawing of one open IPT Bases view: rows mapped to the engine's cases
 * by path, so the clinical rules are the sidebar's; a redraw when Bases sends rows or
 * when the engine re-reads a case shown; the rows it does not know counted at the end.
 */
export class BaseDrawing {
	private readonly scheduler: RedrawScheduler;
	private readonly open: OpenNote;
	private readonly folds = new OpenFolds();
	private sort: CaseloadSort = DEFAULT_CASELOAD_SORT;
	private shownCases = new Set<string>();
	/** Rows the engine did not know may be notes it has not read yet: any change may place them. */
	private hadUnknown = false;

	constructor(
		private readonly kind: BaseKind,
		private readonly containerEl: HTMLElement,
		private readonly workbench: Workbench,
		private readonly rows: () => readonly string[],
		private readonly circleOptions: () => CircleOptions,
	) {
		this.open = noteOpener(workbench.app, "tab");
		this.scheduler = new RedrawScheduler(() => containerEl.isShown(), () => this.draw(), 50);
	}

	/** Call from the view's onload: follows the index while the view lives. */
	listen(view: Component): void {
		// The index's own event: the workspace's typed overloads do not know it, its Events base does.
		const events: Events = this.workbench.app.workspace;
		view.registerEvent(
			events.on(INDEX_CHANGED_EVENT, (changed: unknown) => {
				if (changed instanceof Set && (this.hadUnknown || [...this.shownCases].some((path) => changed.has(path)))) this.scheduler.request();
			}),
		);
		view.register(() => this.scheduler.cancel());
	}

	draw(): void {
		const rows = groupBaseRows(this.rows(), (path) => this.workbench.caseOf(path));
		this.shownCases = new Set(rows.byCase.keys());
		this.hadUnknown = rows.unknown.length > 0;
		this.containerEl.empty();
		const root = this.containerEl.createDiv({ cls: ["ipt-workbench-view", "ipt-base-view", `ipt-base-${this.kind}`] });
		const hidden = this.kind === "circle" ? this.drawCircles(root, rows) : this.drawCaseload(root, rows);
		root.toggleClass("is-privacy-mode", hidden);
		const unknown = unknownRowsText(rows.unknown, hidden);
		if (unknown !== null) root.createEl("p", { cls: "ipt-base-unknown", text: unknown });
	}

	/**
	 * One circle per case among the rows. Its people are the rows' person notes; a case
	 * with rows but no person among them (its case note, its sessions) shows all its
	 * people. The case's open safety items come first, as in every view.
	 */
	private drawCircles(root: HTMLElement, rows: BaseRows): boolean {
		const { settings } = this.workbench;
		const options = this.circleOptions();
		const hide = settings.privacyMode || options.privacy === true || options.label === "role";
		const outermost = typeof options.ring === "number" ? options.ring : settings.engine.ringCount;
		if (rows.byCase.size === 0) root.createEl("p", { cls: "ipt-empty", text: "No row is a note of a case: filter the base to person notes." });
		for (const [casePath, paths] of rows.byCase) {
			const analysed = this.workbench.analysed(casePath);
			const sidebar = sidebarModelFor(this.workbench, casePath);
			if (!analysed || !sidebar) continue;
			const chosen = new Set(paths);
			const rowPeople = analysed.bundle.people.filter((p) => chosen.has(p.path));
			const people = (rowPeople.length > 0 ? rowPeople : analysed.bundle.people).filter((p) => p.circle === null || p.circle <= outermost);
			const names = caseNames(analysed.bundle, hide);
			const part = root.createDiv({ cls: "ipt-base-case" });
			renderSafetyBanner(part, { ...sidebar.safety, reviewed: [] }, this.open, this.folds);
			renderClosenessCircle(renderSection(part, "closeness-circle", names.client), circleModel({ ...analysed.bundle, people }, names, settings.engine.ringCount), this.open);
		}
		return hide;
	}

	/** The caseload of the cases the rows belong to: the caseload tab's rows, columns and safety banner. */
	private drawCaseload(root: HTMLElement, rows: BaseRows): boolean {
		const all = caseloadModelFor(this.workbench, { sort: this.sort, filter: "all" });
		const shown = all.rows.filter((row) => rows.byCase.has(row.client.path));
		const model = { ...all, rows: shown, casesWithOpenSafety: shown.filter((row) => row.openSafety > 0).length };
		renderCaseloadSafety(root, model, this.open);
		renderCaseloadTable(root, model, {
			open: this.open,
			sortBy: (column) => {
				this.sort = nextSort(this.sort, column);
				this.draw();
				focusSortButton(this.containerEl, column);
			},
		});
		return this.workbench.settings.privacyMode;
	}
}
