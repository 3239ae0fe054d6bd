import type { WorkspaceLeaf } from "obsidian";
import type { Workbench } from "../workbench";
import { IptView } from "./ipt-view";
import { confirmReview } from "./mark-reviewed";
import { OpenFolds } from "./render/fold";
import { renderSidebar } from "./render/sidebar";
import { sidebarModelFor } from "./view-data";

export const SIDEBAR_VIEW_TYPE = "ipt-workbench-sidebar";

/** Follows the active note to its case; with no case, shows the caseload. */
export class SidebarView extends IptView {
	/** The case shown; null while the caseload is shown. */
	private casePath: string | null = null;
	private readonly folds = new OpenFolds();
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
		this.casePath = this.workbench.activeCasePath();
		const { workspace } = this.app;
		this.registerEvent(workspace.on("file-open", () => this.follow()));
		this.registerEvent(workspace.on("active-leaf-change", () => this.follow()));
		return super.onOpen();
	}

	protected affectedBy(changed: ReadonlySet<string>): boolean {
		return this.casePath === null || changed.has(this.casePath);
	}

	protected override indexChanged(changed: ReadonlySet<string>): void {
		// An edit can move the active note into a case, or out of one.
		if (!this.follow()) super.indexChanged(changed);
	}

	/** Switches to the active note's case; true when that changed what the view shows. */
	private follow(): boolean {
		const target = this.workbench.activeCasePath();
		if (target === this.casePath) return false;
		this.casePath = target;
		this.requestRedraw();
		return true;
	}

	protected draw(root: HTMLElement): void {
		const casePath = this.casePath;
		const model = casePath === null ? null : sidebarModelFor(this.workbench, casePath);
		if (casePath !== null && model) {
			renderSidebar(root, model, this.openNote, this.folds, () => confirmReview(this.workbench, casePath));
			return;
		}
		this.drawCaseload(root, (intro) => {
			intro.createEl("h3", { cls: "ipt-caseload-title", text: "Caseload" });
			intro.createEl("p", { cls: "ipt-hint", text: "Open a note of a case to see the case here." });
		});
	}
}
