// What is due (isDue decides), most pressing first, each with a short title a table
// cell can hold.
import { isDue, type CaseWarning, type WarningId } from "../engine/analysis";
import { MEASURE_LABELS } from "../engine/measures/bands";
import type { Measure } from "../model/vocabulary";

/**
 * Most pressing first: scores that have risen or are severe, then what the next
 * session must do (ending, scores), then the
 * initial-phase work still missing, then checks on the chosen focus, then tidying.
 */
export const DUE_PRIORITY: readonly WarningId[] = [
	"worsening",
	"severe-score",
	"ended-early",
	"termination-not-discussed",
	"relapse-plan-missing",
	"baseline-measure-missing",
	"measure-overdue",
	"focus-missing",
	"formulation-missing",
	"sick-role-missing",
	"inventory-missing",
	"sensitivity-with-other-areas",
	"too-many-focus-areas",
	"focus-without-evidence",
	"over-planned-sessions",
	"duplicate-session-number",
];

export function dueTitle(id: WarningId, measure: Measure): string {
	const label = MEASURE_LABELS[measure];
	const titles: Readonly<Record<WarningId, string>> = {
		"termination-not-discussed": "Discuss ending",
		"relapse-plan-missing": "Make a relapse plan",
		"non-response-at-end": "Consider another treatment",
		"ended-early": "Note the early ending",
		"severe-score": `Review the severe ${label}`,
		"baseline-measure-missing": `Take a baseline ${label}`,
		"measure-overdue": `Give the ${label}`,
		"focus-missing": "Agree a focus",
		"formulation-missing": "Share the formulation",
		"sick-role-missing": "Give the sick role",
		"inventory-missing": "Complete the inventory",
		"sensitivity-with-other-areas": "Reconsider the sensitivity focus",
		"too-many-focus-areas": "Narrow the focus",
		"focus-without-evidence": "Check the focus",
		"over-planned-sessions": "Review the contract",
		"duplicate-session-number": "Renumber sessions",
		worsening: `Review the ${label} rise`,
		"safety-item-not-recorded": "Record the safety item",
	};
	return titles[id];
}

/** The warnings that are due, most pressing first (ties keep the engine's order). */
export function dueWarnings(warnings: readonly CaseWarning[]): CaseWarning[] {
	const rank = (warning: CaseWarning): number => DUE_PRIORITY.indexOf(warning.id);
	return warnings.filter((warning) => isDue(warning.id)).sort((a, b) => rank(a) - rank(b));
}

export function nextDue(warnings: readonly CaseWarning[]): CaseWarning | null {
	return dueWarnings(warnings)[0] ?? null;
}
