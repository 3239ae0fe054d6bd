// The clinical engine: one case's notes in, everything ipt-rules.md concludes out.
// Pure, and linear in the size of the case.
import type { CaseBundle } from "../model/case-bundle";
import { isoFromDay, parseDate } from "../model/dates";
import { personResolver } from "../model/person-links";
import type { EngineSettings } from "../settings/engine-settings";
import { isDue, WARNING_IDS, type CaseAnalysis, type CaseWarning } from "./analysis";
import { caseClock, type CaseClock } from "./case-clock";
import { problemAreaFlags } from "./flags/problem-area-flags";
import { focusWarnings } from "./focus-checks";
import { measureSeries } from "./measures/series";
import { measureSummaries } from "./measures/summaries";
import { severeScoreWarnings } from "./measures/severe-score";
import { worseningWarnings } from "./measures/worsening";
import { phaseWarnings } from "./phase-warnings";
import { casePhase, phasePlan, phaseSpans } from "./phases";
import { safetyItems, safetyNotRecorded } from "./safety";
import { notRecordedWarnings } from "./safety-warnings";
import { indexSessions, isHeld, notHeldSessions } from "./sessions";
import { buildTimeline } from "./timeline";

function byIdThenSession(a: CaseWarning, b: CaseWarning): number {
	const byId = WARNING_IDS.indexOf(a.id) - WARNING_IDS.indexOf(b.id);
	if (byId !== 0) return byId;
	return (a.session ?? 0) - (b.session ?? 0);
}

/** A closed case has nothing left to do in treatment: only the early end is still for the clinician to note. */
function stillDueWhenClosed(warning: CaseWarning): boolean {
	return !isDue(warning.id) || warning.id === "ended-early";
}

function missingOnsetNote(clock: CaseClock, windowMonths: number): string[] {
	if (clock.onset !== null) return [];
	return [
		`The case has no onset, start or dated session 1, so the look-back window is the ${windowMonths} months before today (${isoFromDay(clock.today)}). Add onset to the case note.`,
	];
}

/** `today` is the real date (YYYY-MM-DD); the rules use the latest dated session instead when there is one. */
export function analyseCase(bundle: CaseBundle, settings: EngineSettings, today: string): CaseAnalysis {
	const clock = caseClock(bundle, settings, today);
	const sessions = indexSessions(bundle.sessions);
	// A missed or cancelled session keeps its number (phase, the planned count) but is no session held.
	const heldNumbers = [...new Set(sessions.numbered.filter((s) => isHeld(s.record)).map((s) => s.number))];
	const plan = phasePlan(bundle.record, settings);
	const phase = casePhase(plan, sessions.last);
	const { flags, notes, sensitivityConsidered, sensitivityRule } = problemAreaFlags({ bundle, settings, clock, resolve: personResolver(bundle.people) });
	const series = measureSeries(sessions.numbered);
	const measures = measureSummaries(series, settings, plan.initial);
	const notRecorded = safetyNotRecorded(bundle.sessions);
	const warnings = [
		...notRecordedWarnings(notRecorded, bundle.sessions, settings),
		...focusWarnings(bundle.record, flags, settings),
		...phaseWarnings({ bundle, settings, plan, phase, sessions, primary: measures[bundle.record.measure] }),
		...worseningWarnings(series, settings),
		...severeScoreWarnings(series, settings),
	]
		.filter((warning) => bundle.record.status !== "closed" || stillDueWhenClosed(warning))
		.sort(byIdThenSession);
	return {
		today: isoFromDay(clock.today),
		plannedSessions: plan.planned,
		maintenance: plan.maintenance
			? { planned: plan.maintenanceSessions, intervalWeeks: plan.maintenanceInterval, held: heldNumbers.filter((n) => n > plan.planned).length }
			: null,
		// A group's pre-group meeting (session 0) is held, but it is not one of the planned sessions.
		sessionsHeld: heldNumbers.filter((n) => n >= 1).length,
		notHeld: notHeldSessions(bundle.sessions),
		lastSession: sessions.last,
		phase,
		phaseSpans: phaseSpans(plan, sessions.last),
		flags,
		sensitivityConsidered,
		sensitivityRule,
		measures,
		safety: safetyItems(bundle.sessions, parseDate(today)?.day ?? clock.today),
		safetyNotRecorded: notRecorded,
		warnings,
		notes: [...missingOnsetNote(clock, settings.windowMonths), ...notes],
		timeline: buildTimeline(bundle.events, sessions.numbered, clock),
	};
}
