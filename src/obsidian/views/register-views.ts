import type { App } from "obsidian";
import type { Workbench } from "../workbench";
import { CASELOAD_VIEW_TYPE, CaseloadView } from "./caseload-view";
import { SIDEBAR_VIEW_TYPE, SidebarView } from "./sidebar-view";

/** Opens the sidebar in the right sidebar, or reveals the one already there. */
async function openSidebar(app: App): Promise<void> {
	await app.workspace.ensureSideLeaf(SIDEBAR_VIEW_TYPE, "right", { reveal: true });
}

/** Opens the caseload in a main tab, or reveals the one already open. */
async function openCaseload(app: App): Promise<void> {
	const { workspace } = app;
	const existing = workspace.getLeavesOfType(CASELOAD_VIEW_TYPE)[0];
	const leaf = existing ?? workspace.getLeaf("tab");
	if (!existing) await leaf.setViewState({ type: CASELOAD_VIEW_TYPE, active: true });
	await workspace.revealLeaf(leaf);
}

export function registerViews(workbench: Workbench): void {
	const { plugin, app } = workbench;
	plugin.registerView(SIDEBAR_VIEW_TYPE, (leaf) => new SidebarView(leaf, workbench));
	plugin.registerView(CASELOAD_VIEW_TYPE, (leaf) => new CaseloadView(leaf, workbench));
	plugin.addCommand({ id: "open-sidebar", name: "Open sidebar", callback: () => openSidebar(app) });
	plugin.addCommand({ id: "open-caseload", name: "Open caseload", callback: () => openCaseload(app) });
	plugin.addRibbonIcon("contact", "Open case sidebar", () => openSidebar(app));
}
