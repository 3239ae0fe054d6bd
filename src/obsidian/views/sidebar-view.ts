import { Notice, setIcon, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { isPlainObject } from "../../domain/settings/read-field";
import type { Workbench } from "../workbench";
import { IptView } from "./ipt-view";
import { dueActionButtons } from "./due-actions";
import { confirmReview } from "./mark-reviewed";
import { OpenFolds } from "./render/fold";
import { renderSidebar } from "./render/sidebar";
import { OpenWhys } from "./render/why";
import { sidebarModelFor } from "./view-data";

export const SIDEBAR_VIEW_TYPE = "ipt-workbench-sidebar";

/** Follows the active note to its case, unless pinned to one; with no case, shows the caseload. */
export class SidebarView extends IptView {
	/** The case shown; null while the caseload is shown. */
	private casePath: string | null = null;
	/** The case the sidebar stays on whatever note is open; kept in the view state. */
	private pinned: string | null = null;
	private pinButton: HTMLElement | null = null;
	/** Kept in the view state, as the pin is: a reload opens the same folds. */
	private readonly folds = new OpenFolds(() => this.app.workspace.requestSaveLayout());
	/** Only for this view's life: a rule opened while the clinician writes stays open as the case redraws. */
	private readonly whys = new OpenWhys();
	protected readonly defaultPane = false;

	constructor(leaf: WorkspaceLeaf, workbench: Workbench) {
		super(leaf, workbench);
		this.icon = "contact";
	}

	getViewType(): string {
		return SIDEBAR_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Case";
	}

	protected override onOpen(): Promise<void> {
		this.casePath = this.pinned ?? this.workbench.activeCasePath();
		const { workspace } = this.app;
		this.registerEvent(workspace.on("file-open", () => this.follow()));
		this.registerEvent(workspace.on("active-leaf-change", () => this.follow()));
		this.registerEvent(
			this.app.vault.on("rename", (file, oldPath) => {
				if (this.pinned !== oldPath) return;
				this.pinned = this.casePath = file.path;
				this.stateChanged();
			}),
		);
		this.pinButton = this.addAction("pin", "Pin to this case", () => this.togglePin());
		return super.onOpen();
	}

	override getState(): Record<string, unknown> {
		return { ...super.getState(), pinned: this.pinned, folds: this.folds.list() };
	}

	/** A state without a key (opening the view afresh) leaves that part as it is. */
	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		if (isPlainObject(state) && "pinned" in state) {
			this.pinned = typeof state.pinned === "string" ? state.pinned : null;
			this.casePath = this.pinned ?? this.workbench.activeCasePath();
		}
		if (isPlainObject(state) && "folds" in state) this.folds.restore(state.folds);
		await super.setState(state, result);
	}

	private togglePin(): void {
		if (this.pinned !== null) {
			this.pinned = null;
			this.casePath = this.workbench.activeCasePath();
		} else if (this.casePath === null) {
			new Notice("Open a note of a case to pin the sidebar to that case.");
			return;
		} else this.pinned = this.casePath;
		this.stateChanged();
	}

	protected affectedBy(changed: ReadonlySet<string>): boolean {
		return this.casePath === null || changed.has(this.casePath);
	}

	protected override indexChanged(changed: ReadonlySet<string>): void {
		// An edit can move the active note into a case, or out of one.
		if (!this.follow()) super.indexChanged(changed);
	}

	/** Switches to the active note's case, unless pinned; true when that changed what the view shows. */
	private follow(): boolean {
		if (this.pinned !== null) return false;
		const target = this.workbench.activeCasePath();
		if (target === this.casePath) return false;
		this.casePath = target;
		this.requestRedraw();
		return true;
	}

	protected draw(root: HTMLElement): void {
		if (this.pinButton) {
			const pinned = this.pinned !== null;
			setIcon(this.pinButton, pinned ? "pin-off" : "pin");
			this.pinButton.setAttr("aria-label", pinned ? "Unpin: follow the open note" : "Pin to this case");
			this.pinButton.toggleClass("is-active", pinned);
		}
		const casePath = this.casePath;
		const model = casePath === null ? null : sidebarModelFor(this.workbench, casePath);
		if (casePath !== null && model) {
			this.whys.redraw(casePath, () =>
				renderSidebar(root, model, this.openNote, this.folds, this.whys, () => confirmReview(this.workbench, casePath), dueActionButtons(this.workbench, casePath)),
			);
			return;
		}
		// The caseload has no Why: drawing it forgets those of the case shown before.
		this.whys.redraw(null, () =>
			this.drawCaseload(root, (intro) => {
				intro.createEl("h3", { cls: "ipt-caseload-title", text: "Caseload" });
				intro.createEl("p", { cls: "ipt-hint", text: "Open a note of a case to see the case here." });
			}),
		);
	}
}
