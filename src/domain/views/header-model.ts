// The sidebar's first lines: who, where in the protocol, which phase.
import type { CaseAnalysis } from "../engine/analysis";
import { MEASURE_LABELS } from "../engine/measures/bands";
import type { CaseBundle } from "../model/case-bundle";
import type { CaseNames } from "../privacy/case-names";
import { phaseInSentence, PROTOCOL_LABELS, STATUS_LABELS } from "./labels";
import { notHeldText } from "./attendance-text";
import type { NoteLinkModel } from "./note-link";

export interface HeaderModel {
	readonly client: NoteLinkModel;
	readonly status: string;
	readonly protocol: string;
	readonly measure: string;
	/** "Session 7 of 16 – middle phase". */
	readonly progress: string;
	/** "Session 5 missed (did not attend); session 7 cancelled by the client"; null when every session was held. */
	readonly notHeld: string | null;
}

/** "Session 7 of 16", "Session 18" in maintenance, "No sessions yet" before the first. */
export function sessionProgress(analysis: CaseAnalysis): string {
	if (analysis.lastSession === null) return "No sessions yet";
	if (analysis.lastSession === 0) return `Pre-group meeting (session 0), before ${analysis.plannedSessions} group sessions`;
	if (analysis.phase === "maintenance" && analysis.lastSession > analysis.plannedSessions) return `Session ${analysis.lastSession}`;
	return `Session ${analysis.lastSession} of ${analysis.plannedSessions}`;
}

export function headerModel(bundle: CaseBundle, analysis: CaseAnalysis, names: CaseNames): HeaderModel {
	return {
		client: { path: bundle.path, text: names.client },
		status: STATUS_LABELS[bundle.record.status],
		protocol: PROTOCOL_LABELS[bundle.record.protocol],
		measure: MEASURE_LABELS[bundle.record.measure],
		progress: `${sessionProgress(analysis)} – ${phaseInSentence(analysis.phase)}`,
		notHeld: notHeldText(analysis.notHeld),
	};
}
