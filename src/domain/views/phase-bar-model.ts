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
	// Slots from the first session (0, a group's pre-group meeting, or 1) to the last.
	const origin = Math.min(1, ...analysis.phaseSpans.map((span) => span.first));
	const total = Math.max(1, ...analysis.phaseSpans.map((span) => span.last)) - origin + 1;
	const current = analysis.lastSession;
	const spans = analysis.phaseSpans.map((span) => ({
		phase: span.phase,
		label: PHASE_LABELS[span.phase],
		sessions: sessionsText(span),
		range: span.first === span.last ? String(span.first) : `${span.first}–${span.last}`,
		start: (span.first - origin) / total,
		width: (span.last - span.first + 1) / total,
		current: current !== null && analysis.phase !== "maintenance" && current >= span.first && current <= span.last,
	}));
	const marker = current === null ? null : { at: (Math.min(current - origin, total - 1) + 0.5) / total, label: current === 0 ? "Pre-group meeting (session 0)" : `Session ${current}` };
	return { spans, marker };
}
