// The problem areas of the scheme in use, each with its flag, focus and evidence.
import type { CaseAnalysis, FlagStrength, RuleRef } from "../engine/analysis";
import { problemAreaLabel } from "../engine/problem-area-labels";
import type { CaseRecord } from "../model/records";
import { PROBLEM_AREAS, type ProblemArea } from "../model/vocabulary";
import type { CaseNames } from "../privacy/case-names";
import type { Scheme } from "../settings/engine-settings";
import { STRENGTH_LABELS } from "./labels";
import type { NoteLinkModel } from "./note-link";

export interface EvidenceLine {
	readonly link: NoteLinkModel;
	readonly reason: string;
	/** The rule that made the note evidence. */
	readonly rule: RuleRef;
}

export interface ProblemAreaRow {
	readonly area: ProblemArea;
	readonly label: string;
	readonly strength: FlagStrength | "none";
	readonly strengthLabel: string;
	/** Agreed with the client: in the case's `focus`. */
	readonly focus: boolean;
	readonly evidence: readonly EvidenceLine[];
	/** The rule that set the strength; for interpersonal sensitivity left out, the rule that left it out; else null. */
	readonly rule: RuleRef | null;
}

export interface ProblemAreasModel {
	readonly rows: readonly ProblemAreaRow[];
	/** Case-level remarks of the engine, such as sensitivity as a complicating factor. */
	readonly notes: readonly string[];
}

const NOT_CONSIDERED = "Not considered until the inventory is complete";

/** In the three-area scheme interpersonal sensitivity is no area of its own (it comes back as a note). */
export function schemeAreas(scheme: Scheme): readonly ProblemArea[] {
	return scheme === "three-areas" ? PROBLEM_AREAS.filter((area) => area !== "interpersonal-sensitivity") : PROBLEM_AREAS;
}

export function problemAreasModel(record: CaseRecord, analysis: CaseAnalysis, scheme: Scheme, names: CaseNames): ProblemAreasModel {
	const rows = schemeAreas(scheme).map((area): ProblemAreaRow => {
		const flag = analysis.flags.find((candidate) => candidate.area === area);
		const strength: ProblemAreaRow["strength"] = flag?.strength ?? "none";
		return {
			area,
			label: problemAreaLabel(area, scheme),
			strength,
			strengthLabel: area === "interpersonal-sensitivity" && !analysis.sensitivityConsidered ? NOT_CONSIDERED : STRENGTH_LABELS[strength],
			focus: record.focus.includes(area),
			evidence: (flag?.evidence ?? []).map((evidence) => ({
				link: { path: evidence.path, text: names.note(evidence.path) },
				reason: names.redact(evidence.reason),
				rule: evidence.rule,
			})),
			rule: flag?.rule ?? (area === "interpersonal-sensitivity" ? analysis.sensitivityRule : null),
		};
	});
	return { rows, notes: analysis.notes.map((note) => names.redact(note)) };
}
