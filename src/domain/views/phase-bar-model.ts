// The phase bar: the protocol's spans side by side, with the current session on it.
import type { CaseAnalysis, PhaseSpan } from "../engine/analysis";
import { PHASE_LABELS } from "./labels";

export interface PhaseBarSpan {
	readonly phase: PhaseSpan["phase"];
	readonly label: string;
	/** "Sessions 4 to 9". */
	readonly sessions: string;
	/** "4–9", for the bar itself. */
	readonly range: string;
	/** Share of the bar, 0..1, from its left edge. */
	readonly start: number;
	readonly width: number;
	readonly current: boolean;
}

export interface PhaseBarModel {
	readonly spans: readonly PhaseBarSpan[];
	/** Where the current session sits (the middle of its slot), 0..1; null before the first session. */
	readonly marker: { readonly at: number; readonly label: string } | null;
}

function sessionsText(span: PhaseSpan): string {
	return span.first === span.last ? `Session ${span.first}` : `Sessions ${span.first} to ${span.last}`;
}

export function phaseBarModel(analysis: CaseAnalysis): PhaseBarModel {
	const total = Math.max(1, ...analysis.phaseSpans.map((span) => span.last));
	const current = analysis.lastSession;
	const spans = analysis.phaseSpans.map((span) => ({
		phase: span.phase,
		label: PHASE_LABELS[span.phase],
		sessions: sessionsText(span),
		range: span.first === span.last ? String(span.first) : `${span.first}–${span.last}`,
		start: (span.first - 1) / total,
		width: (span.last - span.first + 1) / total,
		current: current !== null && analysis.phase !== "maintenance" && current >= span.first && current <= span.last,
	}));
	const marker = current === null ? null : { at: (Math.min(current, total) - 0.5) / total, label: `Session ${current}` };
	return { spans, marker };
}
