// Open safety items lead every report (ipt-rules.md "Safety"): the text and the JSON
// report take them, and their order, from here.
import type { SafetyItem } from "../../domain/engine/analysis";
import type { CaseReport, VaultReport } from "./vault-report";

export interface OpenSafetyItem {
	readonly caseReport: CaseReport;
	readonly item: SafetyItem;
}

/** One case's open items, in the engine's order (newest session first). */
export function openItemsOf(caseReport: CaseReport): SafetyItem[] {
	return caseReport.analysis.safety.filter((item) => !item.reviewed);
}

/** Every case's open items, case by case in report order. */
export function openSafetyItems(report: VaultReport): OpenSafetyItem[] {
	return report.cases.flatMap((caseReport) => openItemsOf(caseReport).map((item) => ({ caseReport, item })));
}
