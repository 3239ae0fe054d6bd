// What a certification portfolio counts of supervision: per case and over all cases,
// the meetings, hours, recordings reviewed, consent, and whether the sessions discussed
// reach into the early, middle and late phase of the case (ipt-rules.md "Phases").
import { phaseOfSessionNumber, sessionPhase } from "../engine/phases";
import { sessionNumber } from "../engine/sessions";
import type { CaseBundle } from "../model/case-bundle";
import type { SupervisionRecord } from "../model/records";
import type { SupervisionFormat } from "../model/vocabulary";
import type { CaseNames } from "../privacy/case-names";
import type { EngineSettings } from "../settings/engine-settings";

/** ISIPT therapist certification asks for three supervised cases. */
export const CERTIFICATION_CASES = 3;

/** Early, middle and late: the acute phases a supervised case should have been discussed in. */
export const COVERED_PHASES = ["initial", "middle", "final"] as const;
export type CoveredPhase = (typeof COVERED_PHASES)[number];

export interface CaseSupervision {
	readonly casePath: string;
	/** As the names shown give it: initials in privacy mode. */
	readonly client: string;
	/** Each supervisor once, as the names shown give them. */
	readonly supervisors: readonly string[];
	readonly meetings: number;
	readonly minutes: number;
	readonly minutesByFormat: Readonly<Record<SupervisionFormat | "unstated", number>>;
	readonly recordingsReviewed: number;
	/** Some meeting records the client's consent. */
	readonly consentRecorded: boolean;
	/** The session numbers discussed in each phase, ascending; maintenance sessions under `maintenance`. */
	readonly sessionsByPhase: Readonly<Record<CoveredPhase | "maintenance", readonly number[]>>;
	/** Early, middle and late sessions were all discussed. */
	readonly phasesCovered: boolean;
	/** What a certification body would query, each in a sentence. */
	readonly problems: readonly string[];
}

export interface SupervisionTotals {
	readonly cases: readonly CaseSupervision[];
	readonly supervisedCases: number;
	readonly casesCovered: number;
	readonly meetings: number;
	readonly minutes: number;
	readonly recordingsReviewed: number;
	readonly casesWithConsent: number;
	readonly target: number;
}

export interface NamedCase {
	readonly bundle: CaseBundle;
	readonly names: CaseNames;
}

/** Minutes as hours for a log: "1.5", "0.75", "12". */
export function hoursText(minutes: number): string {
	return String(Math.round((minutes / 60) * 100) / 100);
}

function phaseOfDiscussed(bundle: CaseBundle, settings: EngineSettings): (k: number) => CoveredPhase | "maintenance" {
	const held = new Map<number, CoveredPhase | "maintenance">();
	for (const session of bundle.sessions) {
		const k = sessionNumber(session);
		const phase = sessionPhase(session, bundle.record, settings);
		if (k !== null && phase !== null && !held.has(k)) held.set(k, phase);
	}
	// A session discussed before its note was written still has the phase its number gives.
	return (k) => held.get(k) ?? phaseOfSessionNumber(k, bundle.record, settings);
}

function problemsOf(meetings: readonly SupervisionRecord[], consent: boolean, names: CaseNames): string[] {
	const problems: string[] = [];
	const unconsented = meetings.filter((m) => m.recordingReviewed === true).length;
	if (unconsented > 0 && !consent) problems.push(`A recording was reviewed in ${unconsented === 1 ? "1 meeting" : `${unconsented} meetings`}, but no meeting records the client's consent (consent_recorded: true).`);
	for (const meeting of meetings) {
		if (meeting.sessions.length === 0) problems.push(`${names.note(meeting.path)} names no session discussed (sessions), so it counts for no phase.`);
	}
	return problems;
}

function caseSupervision({ bundle, names }: NamedCase, settings: EngineSettings): CaseSupervision {
	const meetings = bundle.supervision;
	const phaseOf = phaseOfDiscussed(bundle, settings);
	const byPhase: Record<CoveredPhase | "maintenance", Set<number>> = { initial: new Set(), middle: new Set(), final: new Set(), maintenance: new Set() };
	const minutesByFormat = { individual: 0, group: 0, unstated: 0 };
	for (const meeting of meetings) {
		for (const k of meeting.sessions) byPhase[phaseOf(k)].add(k);
		minutesByFormat[meeting.format ?? "unstated"] += meeting.minutes ?? 0;
	}
	const sorted = (set: Set<number>): number[] => [...set].sort((a, b) => a - b);
	const consentRecorded = meetings.some((m) => m.consentRecorded === true);
	const supervisors = [...new Set(meetings.flatMap((m) => (m.supervisor === null ? [] : [names.redact(m.supervisor)])))];
	return {
		casePath: bundle.path,
		client: names.client,
		supervisors,
		meetings: meetings.length,
		minutes: minutesByFormat.individual + minutesByFormat.group + minutesByFormat.unstated,
		minutesByFormat,
		recordingsReviewed: meetings.filter((m) => m.recordingReviewed === true).length,
		consentRecorded,
		sessionsByPhase: { initial: sorted(byPhase.initial), middle: sorted(byPhase.middle), final: sorted(byPhase.final), maintenance: sorted(byPhase.maintenance) },
		phasesCovered: COVERED_PHASES.every((phase) => byPhase[phase].size > 0),
		problems: problemsOf(meetings, consentRecorded, names),
	};
}

/** Every case with at least one supervision note, in the order given, and the totals over them. */
export function supervisionTotals(cases: readonly NamedCase[], settings: EngineSettings): SupervisionTotals {
	const supervised = cases.filter(({ bundle }) => bundle.supervision.length > 0).map((named) => caseSupervision(named, settings));
	const sum = (value: (c: CaseSupervision) => number): number => supervised.reduce((total, c) => total + value(c), 0);
	return {
		cases: supervised,
		supervisedCases: supervised.length,
		casesCovered: supervised.filter((c) => c.phasesCovered).length,
		meetings: sum((c) => c.meetings),
		minutes: sum((c) => c.minutes),
		recordingsReviewed: sum((c) => c.recordingsReviewed),
		casesWithConsent: supervised.filter((c) => c.consentRecorded).length,
		target: CERTIFICATION_CASES,
	};
}
