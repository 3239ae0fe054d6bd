import type { WorkspaceLeaf } from "obsidian";
import type { Workbench } from "../workbench";
import { IptView } from "./ipt-view";

export const CASELOAD_VIEW_TYPE = "ipt-workbench-caseload";

/** Every case in one table, in a main tab. */
export class CaseloadView extends IptView {
	// The table stays open beside the note it opens.
	protected readonly defaultPane = "tab" as const;

	constructor(leaf: WorkspaceLeaf, workbench: Workbench) {
		super(leaf, workbench);
		this.icon = "users";
	}

	getViewType(): string {
		return CASELOAD_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Caseload";
	}

	protected affectedBy(): boolean {
		return true;
	}

	protected draw(root: HTMLElement): void {
		this.drawCaseload(root);
	}
}
