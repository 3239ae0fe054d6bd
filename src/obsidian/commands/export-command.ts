import { normalizePath, Notice, type App } from "obsidian";
import { exportCase, type ExportResult } from "../../domain/export/export-case";
import { noteBody } from "../../domain/export/note-body";
import type { Leak } from "../../domain/export/leak-scan";
import { leakLines, PSEUDONYMISED, REFUSAL_ADVICE, REFUSED } from "../../domain/export/wording";
import { caseNotePaths, type CaseBundle } from "../../domain/model/case-bundle";
import { cachedNoteLinks } from "../privacy/cached-links";
import { ExportModal, type ExportChoice } from "../modals/export-modal";
import { withLooseSafety } from "../views/view-data";
import { screenOf } from "../privacy/screen";
import type { AnalysedCase, Workbench } from "../workbench";
import { whenCaseOpen } from "./case/active-case";
import { writeExportFolder } from "./write-export";

/** A refusal lists this many places at most; the rest are counted. */
const SHOWN_LEAKS = 8;

/** Read only when an export needs the notes' text: the case's, and any notes `also` names. */
export async function readBodies(app: App, bundle: CaseBundle, also: readonly string[] = []): Promise<Map<string, string>> {
	const bodies = new Map<string, string>();
	for (const path of [...caseNotePaths(bundle), ...also]) {
		const file = app.vault.getFileByPath(path);
		if (file) bodies.set(path, noteBody(await app.vault.cachedRead(file)));
	}
	return bodies;
}

function refusalNotice(leaks: readonly Leak[], shown: (text: string) => string): void {
	// In privacy mode the names found are hidden too; where they are is enough to find them.
	const lines = leakLines(leaks.slice(0, SHOWN_LEAKS)).map(shown);
	if (leaks.length > SHOWN_LEAKS) lines.push(`… and ${leaks.length - SHOWN_LEAKS} more.`);
	// Stays until dismissed: the clinician needs time to read where each name was.
	new Notice(`${REFUSED}\n${lines.join("\n")}\n${REFUSAL_ADVICE}`, 0);
}

async function writeExport(workbench: Workbench, chosen: AnalysedCase, choice: ExportChoice): Promise<boolean> {
	const { app, settings } = workbench;
	// The notes may have changed while the modal was open.
	const found = workbench.analysed(chosen.bundle.path) ?? chosen;
	const result = exportCase(found.bundle, withLooseSafety(workbench, found.bundle.path, found.analysis), {
		...choice,
		...(choice.includeBodies ? { bodies: await readBodies(app, found.bundle) } : {}),
		today: workbench.today(),
		settings: settings.engine,
		vault: { cases: workbench.index.cases(), links: cachedNoteLinks(app) },
	});
	await writeResult(workbench, result, choice.identified, "summary");
	return true;
}

/** Writes the files into the export folder and says so, or says why the leak scan refused them. */
export async function writeResult(workbench: Workbench, result: ExportResult, identified: boolean, what: string): Promise<void> {
	if ("refused" in result) {
		refusalNotice(result.refused, screenOf(workbench).text);
		return;
	}
	const folder = await writeExportFolder(workbench.app, normalizePath(`${workbench.settings.exportFolder}/${result.folder}`), result.files);
	if (folder === null) return;
	new Notice(
		identified
			? `Exported an identified ${what} to "${folder}". It holds names and dates as the notes give them.`
			: `Exported a de-identified ${what} to "${folder}". ${PSEUDONYMISED} Read it through before sharing it.`,
	);
}

/** `export-case`: the active case's summary, into the export folder set in settings. */
export function registerExportCommand(workbench: Workbench): void {
	workbench.plugin.addCommand({
		id: "export-case",
		name: "Export case summary",
		checkCallback: whenCaseOpen(workbench, (found) => new ExportModal(workbench.app, workbench.settings.exportFolder, (choice) => writeExport(workbench, found, choice)).open()),
	});
}
