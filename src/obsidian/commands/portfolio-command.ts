import { normalizePath, TFile } from "obsidian";
import { noteBody } from "../../domain/export/note-body";
import { exportPortfolio } from "../../domain/export/portfolio/portfolio";
import { SELF_RATING_TEMPLATE } from "../../domain/export/portfolio/self-rating";
import { ExportModal, type ExportChoice } from "../modals/export-modal";
import { cachedNoteLinks } from "../privacy/cached-links";
import { withLooseSafety } from "../views/view-data";
import type { AnalysedCase, Workbench } from "../workbench";
import { whenCaseOpen } from "./case/active-case";
import { readBodies, writeResult } from "./export-command";

const PORTFOLIO = {
	title: "Export portfolio",
	what: "A certification portfolio of this case: the case report's headings, the closeness circle, the formulation, measures, sessions and a self-rating table",
	asksForText: false,
};

/** The trainer's self-rating template, when the templates folder holds one. */
async function selfRating(workbench: Workbench): Promise<string | null> {
	const file = workbench.app.vault.getAbstractFileByPath(normalizePath(`${workbench.settings.templatesFolder}/${SELF_RATING_TEMPLATE}`));
	return file instanceof TFile ? noteBody(await workbench.app.vault.cachedRead(file)) : null;
}

async function writePortfolio(workbench: Workbench, chosen: AnalysedCase, choice: ExportChoice): Promise<boolean> {
	const { app, settings } = workbench;
	// The notes may have changed while the modal was open.
	const found = workbench.analysed(chosen.bundle.path) ?? chosen;
	const formulations = workbench.index.formulations(found.bundle.path);
	const result = exportPortfolio(found.bundle, withLooseSafety(workbench, found.bundle.path, found.analysis), {
		identified: choice.identified,
		bodies: await readBodies(app, found.bundle, formulations.map((formulation) => formulation.path)),
		formulations,
		selfRating: await selfRating(workbench),
		today: workbench.today(),
		settings: settings.engine,
		vault: { cases: workbench.index.cases(), links: cachedNoteLinks(app) },
	});
	await writeResult(workbench, result, choice.identified, "portfolio");
	return true;
}

/** `export-portfolio`: the active case's certification portfolio, into the export folder set in settings. */
export function registerPortfolioCommand(workbench: Workbench): void {
	workbench.plugin.addCommand({
		id: "export-portfolio",
		name: "Export portfolio",
		checkCallback: whenCaseOpen(workbench, (found) => new ExportModal(workbench.app, workbench.settings.exportFolder, (choice) => writePortfolio(workbench, found, choice), PORTFOLIO).open()),
	});
}
