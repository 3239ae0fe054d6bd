// Problem-area flags with the evidence for each, and the focus agreed with the client.
import { problemAreaLabel } from "../../engine/problem-area-labels";
import { problemAreasModel, type ProblemAreaRow } from "../../views/problem-areas-model";
import { section, table } from "../markdown";
import { withoutCountsFromToday } from "../relative-dates";
import type { SummaryContext } from "./context";

export function problemAreasSection(context: SummaryContext): string[] {
	const { bundle, analysis, names, settings } = context;
	const model = problemAreasModel(bundle.record, analysis, settings.scheme, names);
	// Without an anchor the engine counted from today, the day of the export (see withoutCountsFromToday).
	const shown = names.private && names.anchor === null ? withoutCountsFromToday : (text: string) => text;
	const lines = table(
		[
			{ heading: "Problem area", value: (row: ProblemAreaRow) => row.label },
			{ heading: "Flag", value: (row) => row.strengthLabel },
			{ heading: "Focus", value: (row) => (row.focus ? "yes" : "") },
		],
		model.rows,
	);
	for (const row of model.rows.filter((candidate) => candidate.evidence.length > 0)) {
		lines.push("", `### ${row.label}: ${row.strengthLabel.toLowerCase()}`, "", ...row.evidence.map((evidence) => `- ${evidence.link.text}: ${shown(evidence.reason)}`));
	}
	if (model.notes.length > 0) lines.push("", ...model.notes.map((note) => `- ${shown(note)}`));
	return section("Problem areas", lines);
}

export function focusSection(context: SummaryContext): string[] {
	const { focus } = context.bundle.record;
	if (focus.length === 0) return section("Focus", ["No focus agreed yet."]);
	return section("Focus", [`Agreed with the client: ${focus.map((area) => problemAreaLabel(area, context.settings.scheme)).join(", ")}.`]);
}
