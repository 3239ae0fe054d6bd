// Open safety items lead every report (ipt-rules.md "Safety"): the text and the JSON
// report take them, and their order, from here.
import type { SafetyItem } from "../../domain/engine/analysis";
import { openSafety } from "../../domain/engine/open-safety";
import type { CaseReport, VaultReport } from "./vault-report";

export interface OpenSafetyItem {
	/** Null for an item no case could claim. */
	readonly caseReport: CaseReport | null;
	readonly item: SafetyItem;
}

/** One case's open items, in the engine's order (newest session first). */
export function openItemsOf(caseReport: CaseReport): SafetyItem[] {
	return caseReport.safety.filter((item) => !item.reviewed);
}

/** Every open item: unplaced ones first, then case by case in report order. */
export function openSafetyItems(report: VaultReport): OpenSafetyItem[] {
	const byPath = new Map(report.cases.map((c) => [c.bundle.path, c]));
	const cases = report.cases.map((c) => ({ casePath: c.bundle.path, items: c.safety }));
	return openSafety(cases, report.loose).map(({ casePath, item }) => ({ caseReport: casePath === null ? null : (byPath.get(casePath) ?? null), item }));
}

/** How many sessions gave a total without its safety item, over the report's cases. */
export function notRecordedCount(report: VaultReport): number {
	return report.cases.reduce((sum, c) => sum + c.analysis.safetyNotRecorded.length, 0);
}
