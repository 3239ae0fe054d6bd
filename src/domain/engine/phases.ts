// Treatment phases from the protocol table (ipt-rules.md "Phases").
import type { CaseRecord, SessionRecord } from "../model/records";
import type { Phase } from "../model/vocabulary";
import type { EngineSettings } from "../settings/engine-settings";
import type { PhaseSpan } from "./analysis";
import { firstSessionNumber } from "./pre-group";
import { sessionNumber } from "./sessions";

export type AcutePhase = PhaseSpan["phase"];

export interface PhasePlan {
	/** The first session of the initial phase: 0, the pre-group meeting, for a group; else 1. */
	readonly first: 0 | 1;
	/** Planned acute sessions: sessions 1 to this. */
	readonly planned: number;
	readonly initial: number;
	readonly final: number;
	readonly maintenance: boolean;
	/** The maintenance contract: sessions after the acute ones, and the weeks between them. */
	readonly maintenanceSessions: number;
	readonly maintenanceInterval: number;
}

export function phasePlan(record: CaseRecord, settings: EngineSettings): PhasePlan {
	const lengths = settings.protocols[record.protocol];
	const own = record.plannedSessions;
	return {
		first: firstSessionNumber(record.protocol),
		planned: own !== null && Number.isSafeInteger(own) && own >= 1 ? own : lengths.planned,
		initial: lengths.initial,
		final: lengths.final,
		maintenance: record.status === "maintenance",
		maintenanceSessions: record.maintenanceSessions ?? settings.maintenanceSessions,
		maintenanceInterval: record.maintenanceInterval ?? settings.maintenanceIntervalWeeks,
	};
}

/** The first session of the final phase (the initial phase wins where the two overlap). */
export function finalPhaseFirst(plan: PhasePlan): number {
	return Math.max(plan.initial, plan.planned - plan.final) + 1;
}

/**
 * The phase of session k. When `planned_sessions` is too small for both phases, the
 * two ranges overlap and the initial phase wins (its tasks come first).
 */
export function phaseOfNumber(k: number, plan: PhasePlan): AcutePhase {
	if (k <= plan.initial) return "initial";
	if (k > plan.planned - plan.final) return "final";
	return "middle";
}

/** The phase of session number `k` by the case's plan: past the planned count of a maintenance case, maintenance. */
export function phaseOfSessionNumber(k: number, record: CaseRecord, settings: EngineSettings): Phase {
	const plan = phasePlan(record, settings);
	return plan.maintenance && k > plan.planned ? "maintenance" : phaseOfNumber(k, plan);
}

/**
 * A session's phase: its own `phase` when given, otherwise the phase of its number.
 * Null for a session with neither a phase nor a usable number.
 */
export function sessionPhase(session: SessionRecord, record: CaseRecord, settings: EngineSettings): Phase | null {
	if (session.phase !== null) return session.phase;
	const k = sessionNumber(session);
	return k === null ? null : phaseOfSessionNumber(k, record, settings);
}

/** The case's current phase; computed from numbers, sessions' own `phase` overrides stay theirs. */
export function casePhase(plan: PhasePlan, lastSession: number | null): Phase {
	return plan.maintenance ? "maintenance" : phaseOfNumber(lastSession ?? 1, plan);
}

/** Past the initial phase: a session beyond it was held, or the case is in maintenance. */
export function isPastInitial(plan: PhasePlan, lastSession: number | null): boolean {
	return plan.maintenance || (lastSession !== null && lastSession > plan.initial);
}

/** Consecutive session ranges per phase, over the planned sessions and any held beyond them. */
export function phaseSpans(plan: PhasePlan, lastSession: number | null): PhaseSpan[] {
	const end = Math.max(plan.planned, lastSession ?? 0);
	const middleLast = Math.min(plan.planned - plan.final, end);
	const finalFirst = finalPhaseFirst(plan);
	const spans: PhaseSpan[] = [{ phase: "initial", first: plan.first, last: Math.min(plan.initial, end) }];
	if (plan.initial + 1 <= middleLast) spans.push({ phase: "middle", first: plan.initial + 1, last: middleLast });
	if (finalFirst <= end) spans.push({ phase: "final", first: finalFirst, last: end });
	return spans;
}
