// What the phase and ending warnings read about a case.
import type { CaseBundle } from "../model/case-bundle";
import type { Phase } from "../model/vocabulary";
import type { EngineSettings } from "../settings/engine-settings";
import type { MeasureSummary } from "./analysis";
import type { PhasePlan } from "./phases";
import type { SessionIndex } from "./sessions";

export interface PhaseFacts {
	readonly bundle: CaseBundle;
	readonly settings: EngineSettings;
	readonly plan: PhasePlan;
	readonly phase: Phase;
	readonly sessions: SessionIndex;
	/** The case's primary measure, when it has scores. */
	readonly primary: MeasureSummary | undefined;
}

/**
 * A maintenance case whose acute sessions are not in the vault (kept elsewhere, or
 * before the vault): the work of the initial phase was done where those notes are.
 */
export function acuteElsewhere({ plan, sessions }: PhaseFacts): boolean {
	return plan.maintenance && !sessions.numbers.some((n) => n <= plan.planned);
}

/** The first note holding session `n`, else the case note. */
export function pathOf({ bundle, sessions }: PhaseFacts, n: number | null): string {
	return (n === null ? undefined : sessions.byNumber.get(n)?.[0]?.path) ?? bundle.path;
}
