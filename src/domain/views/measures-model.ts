// The measures section: the primary measure's chart and summary, the other measures in a line each.
import type { CaseAnalysis, CaseWarning, MeasureSummary, RuleRef } from "../engine/analysis";
import { bandFor, MEASURE_LABELS } from "../engine/measures/bands";
import { CHANGE_LABELS, remissionLabel } from "../engine/measures/outcome-text";
import type { CaseRecord } from "../model/records";
import { MEASURES, type Measure } from "../model/vocabulary";
import type { CaseNames } from "../privacy/case-names";
import { measureChart, type MeasureChart } from "./measure-chart";
import type { NoteLinkModel } from "./note-link";

/** A short verdict beside a measure's line; `good` says which way it points. */
export interface MeasureBadge {
	readonly text: string;
	readonly good: boolean;
	/** The rule behind the verdict. */
	readonly rule: RuleRef | null;
}

export interface MeasureSummaryLine {
	readonly measure: Measure;
	readonly label: string;
	/** "Baseline 19 → latest 7 (mild), 13 scores"; "First score at session 6, no baseline → latest 7 ...". */
	readonly text: string;
	/** Response, remission and reliable change speak of a course, so a single score shows none. */
	readonly badges: readonly MeasureBadge[];
}

export interface MeasuresModel {
	readonly primary: Measure;
	readonly primaryLabel: string;
	/** Null when the primary measure has no score yet. */
	readonly summary: MeasureSummaryLine | null;
	readonly chart: MeasureChart | null;
	readonly others: readonly MeasureSummaryLine[];
	/** `worsening` warnings: a rise of several points since the previous score. */
	readonly worsening: readonly { readonly text: string; readonly link: NoteLinkModel }[];
}

function badges(summary: MeasureSummary): MeasureBadge[] {
	if (summary.count < 2) return [];
	const found: MeasureBadge[] = [];
	if (summary.baseline !== null) found.push({ text: summary.response ? "Response" : "No response", good: summary.response, rule: summary.responseRule });
	found.push({ text: remissionLabel(summary), good: summary.remission, rule: summary.remissionRule });
	if (summary.change !== null) {
		found.push({ text: CHANGE_LABELS[summary.change], good: summary.change === "recovered" || summary.change === "improved", rule: summary.changeRule });
	}
	return found;
}

function summaryLine(measure: Measure, summary: MeasureSummary): MeasureSummaryLine {
	const band = bandFor(measure, summary.latest).label.toLowerCase();
	const scores = `${summary.count} score${summary.count === 1 ? "" : "s"}`;
	const start = summary.baseline === null ? `First score at session ${summary.first.session}, no baseline` : `Baseline ${summary.baseline}`;
	const text = summary.count === 1 ? `${summary.latest} (${band}), 1 score` : `${start} → latest ${summary.latest} (${band}), ${scores}`;
	return { measure, label: MEASURE_LABELS[measure], text, badges: badges(summary) };
}

function worseningLines(warnings: readonly CaseWarning[], names: CaseNames): MeasuresModel["worsening"] {
	return warnings.filter((warning) => warning.id === "worsening").map((warning) => ({ text: names.redact(warning.message), link: { path: warning.path, text: names.note(warning.path) } }));
}

export function measuresModel(record: CaseRecord, analysis: CaseAnalysis, names: CaseNames): MeasuresModel {
	const primary = record.measure;
	const label = MEASURE_LABELS[primary];
	const summary = analysis.measures[primary];
	return {
		primary,
		primaryLabel: label,
		summary: summary ? summaryLine(primary, summary) : null,
		chart: summary ? measureChart(primary, summary, analysis) : null,
		others: MEASURES.filter((measure) => measure !== primary).flatMap((measure) => {
			const other = analysis.measures[measure];
			return other ? [summaryLine(measure, other)] : [];
		}),
		worsening: worseningLines(analysis.warnings, names),
	};
}
