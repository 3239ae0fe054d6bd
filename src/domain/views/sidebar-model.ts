// Everything the IPT sidebar shows for one case, section by section, as plain data.
import type { CaseAnalysis, SafetyItem } from "../engine/analysis";
import type { CaseBundle } from "../model/case-bundle";
import type { Diagnostic } from "../model/diagnostic";
import type { CaseNames } from "../privacy/case-names";
import type { Scheme } from "../settings/engine-settings";
import { circleModel, type CircleModel } from "./circle-model";
import { diagnosticsModel, type DiagnosticsModel } from "./diagnostics-model";
import { dueModel, type DueModel } from "./due-model";
import { headerModel, type HeaderModel } from "./header-model";
import { homeworkModel, type HomeworkModel } from "./homework-model";
import { measuresModel, type MeasuresModel } from "./measures-model";
import { phaseBarModel, type PhaseBarModel } from "./phase-bar-model";
import { problemAreasModel, type ProblemAreasModel } from "./problem-areas-model";
import { safetyModel, type SafetyModel } from "./safety-model";
import { timelineModel, type TimelineModel } from "./timeline-model";

export interface SidebarInput {
	readonly bundle: CaseBundle;
	readonly analysis: CaseAnalysis;
	readonly diagnostics: readonly Diagnostic[];
	readonly names: CaseNames;
	readonly scheme: Scheme;
	readonly ringCount: number;
	/** The case's safety items with its loose ones (safetyOfCase). */
	readonly safety: readonly SafetyItem[];
	/** Items in notes no case could claim, in this case's folder. */
	readonly nearbySafety: readonly SafetyItem[];
}

export interface SidebarModel {
	readonly casePath: string;
	readonly safety: SafetyModel;
	readonly header: HeaderModel;
	readonly phaseBar: PhaseBarModel;
	readonly problemAreas: ProblemAreasModel;
	readonly circle: CircleModel;
	readonly timeline: TimelineModel;
	readonly measures: MeasuresModel;
	readonly homework: HomeworkModel;
	readonly due: DueModel;
	readonly diagnostics: DiagnosticsModel;
}

export function sidebarModel({ bundle, analysis, diagnostics, names, scheme, ringCount, safety, nearbySafety }: SidebarInput): SidebarModel {
	return {
		casePath: bundle.path,
		safety: safetyModel({ items: safety, notRecorded: analysis.safetyNotRecorded, nearby: nearbySafety }, names),
		header: headerModel(bundle, analysis, names),
		phaseBar: phaseBarModel(analysis),
		problemAreas: problemAreasModel(bundle.record, analysis, scheme, names),
		circle: circleModel(bundle, names, ringCount),
		timeline: timelineModel(analysis.timeline, names),
		measures: measuresModel(bundle.record, analysis, names),
		homework: homeworkModel(bundle.sessions, names),
		due: dueModel(analysis.warnings, bundle.record.measure, names),
		diagnostics: diagnosticsModel(diagnostics, names),
	};
}
