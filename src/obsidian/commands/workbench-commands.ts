import { Notice } from "obsidian";
import { DiagnosticsModal } from "../modals/diagnostics-modal";
import { screenOf } from "../privacy/screen";
import type { Workbench } from "../workbench";
import { checkTemplates } from "./check-templates";
import { openSupervisionTotals } from "./supervision-command";

async function togglePrivacyMode(workbench: Workbench): Promise<void> {
	const privacyMode = !workbench.settings.privacyMode;
	await workbench.updateSettings({ privacyMode });
	new Notice(privacyMode ? "Privacy mode is on: people show as initials and roles." : "Privacy mode is off: people show by name.");
}

/** Commands about the workbench as a whole rather than one case. */
export function registerWorkbenchCommands(workbench: Workbench): void {
	const { plugin } = workbench;
	plugin.addCommand({
		id: "toggle-privacy-mode",
		name: "Toggle privacy mode",
		callback: () => togglePrivacyMode(workbench),
	});
	plugin.addCommand({
		id: "validate-notes",
		name: "Validate notes",
		callback: () => new DiagnosticsModal(workbench.app, workbench.index.diagnostics(), screenOf(workbench)).open(),
	});
	plugin.addCommand({
		id: "check-templates",
		name: "Check templates",
		callback: () => checkTemplates(workbench),
	});
	plugin.addCommand({
		id: "supervision-totals",
		name: "Show supervision totals",
		callback: () => openSupervisionTotals(workbench),
	});
}
