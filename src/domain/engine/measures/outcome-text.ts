// The words for a measure's course, shared by the sidebar, the report and the export so
// that each says the same of the same scores.
import type { ChangeCategory, MeasureSummary } from "../analysis";

export const CHANGE_LABELS: Readonly<Record<ChangeCategory, string>> = {
	recovered: "Recovered",
	improved: "Improved",
	"no-reliable-change": "No reliable change",
	deteriorated: "Deteriorated",
};

/** "baseline 18 (session 1)", or why there is none: "no baseline: first score at session 6". */
export function baselineText(summary: MeasureSummary): string {
	return summary.baseline === null ? `no baseline: first score at session ${summary.first.session}` : `baseline ${summary.baseline} (session ${summary.baselineSession ?? summary.first.session})`;
}

/** Remission only when sustained; one score below the cut-off is named as such. */
export function remissionLabel(summary: MeasureSummary): string {
	if (summary.remission) return "Remission";
	if (summary.belowRemission) return "Below the remission cut-off";
	return "No remission";
}

/** "improved (6 points is a reliable change)"; without a baseline, nothing can be reckoned. */
export function changeText(summary: MeasureSummary): string {
	if (summary.change === null) return "reliable change not reckoned";
	return `${CHANGE_LABELS[summary.change].toLowerCase()} (${summary.reliableChange} points is a reliable change)`;
}

/** "response yes" / "response no" / "response not reckoned without a baseline". */
export function responseText(summary: MeasureSummary): string {
	if (summary.baseline === null) return "response not reckoned";
	return `response ${summary.response ? "yes" : "no"}`;
}
