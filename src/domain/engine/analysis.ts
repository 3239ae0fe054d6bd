// What the clinical engine concludes about one case: the shape every face shows.
import type { SafetyMeasure } from "../model/safety-reading";
import type { AbsenceReason, Measure, Phase, ProblemArea } from "../model/vocabulary";
import type { EventCategory, EventType } from "../model/vocabulary";

/** A rule of ipt-rules.md: its id (as the doc names it) and one line of its text, with the numbers of the settings in force. */
export interface RuleRef {
	readonly id: string;
	readonly text: string;
}

export interface Evidence {
	readonly path: string;
	/** Plain words a clinician can check against the note. */
	readonly reason: string;
	/** The rule that made this note evidence. */
	readonly rule: RuleRef;
}

export type FlagStrength = "strong" | "possible";

export interface Flag {
	readonly area: ProblemArea;
	readonly strength: FlagStrength;
	/** The rule that set the flag's strength: its first strong finding's, else its first possible one's. */
	readonly rule: RuleRef;
	readonly evidence: readonly Evidence[];
}

export interface MeasurePoint {
	readonly session: number;
	readonly date: string | null;
	readonly score: number;
	readonly path: string;
}

/** Reliable change against baseline (Jacobson and Truax): improvement that also ends below the remission cut-off is recovery. */
export const CHANGE_CATEGORIES = ["recovered", "improved", "no-reliable-change", "deteriorated"] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

export interface MeasureSummary {
	/** The first score taken by the end of the initial phase; null when the first score came later. */
	readonly baseline: number | null;
	readonly baselineSession: number | null;
	/** The first score on the measure, baseline or not. */
	readonly first: MeasurePoint;
	readonly latest: number;
	readonly band: string;
	readonly count: number;
	/** False without a baseline: there is nothing to have responded from. */
	readonly response: boolean;
	/** The latest score is below the remission cut-off; one such score is not yet remission. */
	readonly belowRemission: boolean;
	/** Sustained: the latest two scores are both below the remission cut-off. */
	readonly remission: boolean;
	/** Null without a baseline. */
	readonly change: ChangeCategory | null;
	/** The rule behind `change`; null when there is no category. */
	readonly changeRule: RuleRef | null;
	/** The rule behind `response`; null without a baseline, when response is not reckoned. */
	readonly responseRule: RuleRef | null;
	/** The rule behind `remission` and `belowRemission`. */
	readonly remissionRule: RuleRef;
	/** The change in points that counts as reliable on this measure, under the settings. */
	readonly reliableChange: number;
	/** The highest latest score that is a response under the settings; null without a baseline above zero. */
	readonly responseAt: number | null;
	/** Below the cut-off when the score is below this, under the settings. */
	readonly remissionBelow: number;
	/** Every score on the measure, in session order (the series a chart draws). */
	readonly points: readonly MeasurePoint[];
}

export type { SafetyMeasure } from "../model/safety-reading";

export interface SafetyItem {
	readonly measure: SafetyMeasure;
	/** The item's number on its scale: 9 (PHQ-9), 3 (HAM-D) or 10 (EPDS). */
	readonly item: number;
	/** The key the answer was written under. */
	readonly key: string;
	/** The item's own score, not the total; null when the answer cannot be read. */
	readonly score: number | null;
	/** The answer as written. */
	readonly raw: string;
	/** A positive answer, or one that cannot be read: both are raised, neither is dropped. */
	readonly reason: "positive" | "unreadable";
	/** Null for a session note without a usable number: a positive item is listed all the same. */
	readonly session: number | null;
	readonly date: string | null;
	readonly path: string;
	readonly reviewed: boolean;
	/** Days from the session's date to today; null when the session has no date. */
	readonly raisedDaysAgo: number | null;
}

/** A session whose total on a scale came without that scale's safety item. */
export interface SafetyNotRecorded {
	readonly path: string;
	readonly session: number | null;
	readonly measure: SafetyMeasure;
}

const FOCUS_CHECK_IDS = ["too-many-focus-areas", "focus-without-evidence", "sensitivity-with-other-areas"] as const;
const PHASE_WARNING_IDS = [
	"inventory-missing",
	"sick-role-missing",
	"formulation-missing",
	"focus-missing",
	"baseline-measure-missing",
	"measure-overdue",
	"termination-not-discussed",
	"relapse-plan-missing",
	"ended-early",
	"over-planned-sessions",
] as const;
/**
 * A data problem in the notes that the clinician must fix: ipt-rules.md lists it with the
 * phase warnings, and it asks for work (renumbering) just as they do.
 */
const DATA_WARNING_IDS = ["duplicate-session-number"] as const;
/** What the scores say: the measures show it, and the next session must take it up. */
const SCORE_WARNING_IDS = ["worsening", "severe-score"] as const;
/**
 * An outcome at the end, not a task: shown with the warnings of a case in its final
 * phase and of a closed one alike, where nothing is due any more.
 */
const OUTCOME_WARNING_IDS = ["non-response-at-end"] as const;
/** Shown beside the open safety items, never folded into the rest. */
export const SAFETY_WARNING_IDS = ["safety-item-not-recorded"] as const;

export const WARNING_IDS = [...SAFETY_WARNING_IDS, ...FOCUS_CHECK_IDS, ...PHASE_WARNING_IDS, ...DATA_WARNING_IDS, ...SCORE_WARNING_IDS, ...OUTCOME_WARNING_IDS] as const;
export type WarningId = (typeof WARNING_IDS)[number];

const DUE_IDS: ReadonlySet<WarningId> = new Set<WarningId>([...FOCUS_CHECK_IDS, ...PHASE_WARNING_IDS, ...DATA_WARNING_IDS, ...SCORE_WARNING_IDS]);

/**
 * "What is due": every warning that asks the clinician to do something, in treatment or
 * in the notes. The one definition the sidebar, the caseload, the export and the
 * command-line report all use.
 */
export function isDue(id: WarningId): boolean {
	return DUE_IDS.has(id);
}

export interface CaseWarning {
	readonly id: WarningId;
	readonly message: string;
	/** The note the warning concerns (the case note when it concerns the case as a whole). */
	readonly path: string;
	/** The session it concerns, when there is one. */
	readonly session: number | null;
	/** The rule that raised it. */
	readonly rule: RuleRef;
}

export interface PhaseSpan {
	readonly phase: "initial" | "middle" | "final";
	readonly first: number;
	readonly last: number;
}

export type TimelineEntry =
	| {
			readonly kind: "event";
			readonly date: string;
			readonly day: number;
			readonly path: string;
			readonly type: EventType | null;
			readonly category: EventCategory | null;
			readonly inWindow: boolean;
	  }
	| {
			readonly kind: "measure";
			readonly date: string;
			readonly day: number;
			readonly path: string;
			readonly measure: Measure;
			readonly score: number;
			readonly session: number;
	  };

export interface Timeline {
	readonly onset: string | null;
	/** Where the onset came from: the case's `onset`, its `start`, or the date of session 1. */
	readonly onsetSource: "onset" | "start" | "session-1" | null;
	/** The look-back window: 12 months (by default) before onset up to today; without an onset, before today. */
	readonly windowStart: string | null;
	readonly windowEnd: string;
	/** Date-sorted; entries of the same day keep path order. */
	readonly entries: readonly TimelineEntry[];
}

/** A maintenance case's own contract, after its acute sessions. */
export interface MaintenancePlan {
	readonly planned: number;
	readonly intervalWeeks: number;
	/** Distinct session numbers held after the planned acute sessions. */
	readonly held: number;
}

export interface NotHeldSession {
	readonly session: number | null;
	readonly date: string | null;
	readonly reason: AbsenceReason | null;
	readonly path: string;
}

export interface CaseAnalysis {
	readonly today: string;
	/** Planned acute sessions. */
	readonly plannedSessions: number;
	/** Null unless the case is in maintenance. */
	readonly maintenance: MaintenancePlan | null;
	/** Distinct session numbers held (not those missed or cancelled). */
	readonly sessionsHeld: number;
	/** Sessions missed or cancelled (`attended: false`), in session order. */
	readonly notHeld: readonly NotHeldSession[];
	readonly lastSession: number | null;
	readonly phase: Phase;
	readonly phaseSpans: readonly PhaseSpan[];
	/** Only flagged areas, in the canonical order of PROBLEM_AREAS. */
	readonly flags: readonly Flag[];
	/** Interpersonal sensitivity is weighed only once the inventory task is recorded. */
	readonly sensitivityConsidered: boolean;
	/**
	 * Why interpersonal sensitivity is not weighed as a problem area, when that is so: not
	 * before the inventory is done, nor (four-area scheme) beside another flagged area.
	 */
	readonly sensitivityRule: RuleRef | null;
	readonly measures: Readonly<Partial<Record<Measure, MeasureSummary>>>;
	/** Open items first, then reviewed; each group newest session first. */
	readonly safety: readonly SafetyItem[];
	/** Sessions whose total came without its safety item, oldest first. */
	readonly safetyNotRecorded: readonly SafetyNotRecorded[];
	readonly warnings: readonly CaseWarning[];
	/** Case-level remarks that are not flags, e.g. sensitivity as a complicating factor in the three-area scheme. */
	readonly notes: readonly string[];
	readonly timeline: Timeline;
}
