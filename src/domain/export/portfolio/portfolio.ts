// A certification portfolio for one case: the case report's headings to fill in, the
// closeness circle, the formulation, measures at intake and every few sessions, each
// session's phase and tasks, the case's supervision totals and a self-rating table. Named, scanned and refused like
// the case summary (export-case.ts), with which it shares every rule.
import type { CaseAnalysis } from "../../engine/analysis";
import type { CaseBundle } from "../../model/case-bundle";
import type { FormulationRecord } from "../../model/records";
import type { EngineSettings } from "../../settings/engine-settings";
import { circleModel } from "../../views/circle-model";
import { circleSvg } from "../circle-svg";
import { EXPORT_FILES, exportFolderName, exportNames, type ExportResult, type VaultNotes } from "../export-case";
import { findLeaks, type OutputFile } from "../leak-scan";
import type { SummaryContext } from "../summary/context";
import { clientLines, statement } from "../summary/header";
import { inventorySection } from "../summary/inventory";
import { openSafetyLines } from "../summary/safety";
import { IDENTIFIED, PSEUDONYMISED } from "../wording";
import { formulationSection } from "./formulation";
import { measureCheckpointsSection } from "./measure-checkpoints";
import { reportSkeleton } from "./report-skeleton";
import { selfRatingSection } from "./self-rating";
import { sessionListSection } from "./session-list";
import { supervisionSection } from "./supervision-section";

export interface PortfolioOptions {
	readonly identified: boolean;
	/** The texts of the case's notes and of its formulation notes below their properties, by path: where the formulation is written. */
	readonly bodies: ReadonlyMap<string, string>;
	/** The case's students' formulations (`ipt: formulation`), never a key: the one the portfolio shows is chosen by chosenFormulation. */
	readonly formulations: readonly FormulationRecord[];
	/** The trainer's self-rating template without its properties; null when the templates folder has none. */
	readonly selfRating: string | null;
	readonly today: string;
	readonly settings: EngineSettings;
	readonly vault: VaultNotes;
}

export const PORTFOLIO_FILES = { portfolio: "portfolio.md", circle: EXPORT_FILES.circle } as const;

function portfolioMarkdown(context: SummaryContext, options: PortfolioOptions): string {
	const sections = [
		[`# Portfolio case: ${context.names.client}`, "", ...openSafetyLines(context), ...statement(context)],
		clientLines(context),
		reportSkeleton(),
		inventorySection(context),
		formulationSection(context, options.formulations),
		measureCheckpointsSection(context),
		sessionListSection(context),
		supervisionSection(context),
		selfRatingSection(options.selfRating, (text) => context.names.redact(text)),
	];
	return `${sections.map((lines) => lines.join("\n").trimEnd()).join("\n\n")}\n`;
}

export function exportPortfolio(bundle: CaseBundle, analysis: CaseAnalysis, options: PortfolioOptions): ExportResult {
	const names = exportNames(bundle, options.identified, options.vault, options.formulations.map((formulation) => formulation.path));
	const context: SummaryContext = {
		bundle,
		analysis,
		names,
		settings: options.settings,
		pictures: { circle: PORTFOLIO_FILES.circle, measures: null },
		bodies: options.bodies,
	};
	const files: OutputFile[] = [
		{ name: PORTFOLIO_FILES.portfolio, text: portfolioMarkdown(context, options) },
		{ name: PORTFOLIO_FILES.circle, text: circleSvg(circleModel(bundle, names, options.settings.ringCount), names.private ? PSEUDONYMISED : IDENTIFIED) },
	];
	const leaks = findLeaks(files, names.known);
	if (leaks.length > 0) return { refused: leaks };
	return { folder: exportFolderName(`${names.client} portfolio`, names.private ? null : options.today), files };
}
