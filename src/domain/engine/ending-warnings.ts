// Ending treatment well (ipt-rules.md "Ending"): talking about the end before it comes,
// a plan against relapse, what to do when there was no response, and an early end.
import type { CaseWarning } from "./analysis";
import { MEASURE_LABELS } from "./measures/bands";
import { pathOf, type PhaseFacts } from "./phase-facts";
import { finalPhaseFirst } from "./phases";
import { caseRule, measureRule } from "./rules/catalogue";

function terminationWarnings(facts: PhaseFacts): CaseWarning[] {
	const { bundle, settings, plan, sessions } = facts;
	const from = plan.planned - settings.terminationLeadSessions;
	if (plan.maintenance || sessions.last === null || sessions.last < from || sessions.tasksDone.has("termination-discussed")) return [];
	return [
		{
			id: "termination-not-discussed",
			message:
				`Session ${sessions.last} of ${plan.planned} planned is within ${settings.terminationLeadSessions} sessions of the end, but no session lists termination-discussed. ` +
				"Talk about ending with the client, with the feelings it brings, and record the task.",
			path: bundle.path,
			session: sessions.last,
			rule: caseRule("termination-not-discussed", settings),
		},
	];
}

function relapsePlanWarnings({ bundle, settings, phase, sessions }: PhaseFacts): CaseWarning[] {
	if (phase !== "final" || sessions.tasksDone.has("relapse-plan")) return [];
	return [
		{
			id: "relapse-plan-missing",
			message:
				"The case is in its final phase, but no session lists relapse-plan. Agree with the client the early signs of a new episode and what to do then, and record the task.",
			path: bundle.path,
			session: sessions.last,
			rule: caseRule("relapse-plan-missing", settings),
		},
	];
}

function nonResponseWarnings(facts: PhaseFacts): CaseWarning[] {
	const { bundle, settings, phase, primary, sessions } = facts;
	const closed = bundle.record.status === "closed";
	if ((phase !== "final" && !closed) || primary === undefined || primary.baseline === null || primary.response) return [];
	const label = MEASURE_LABELS[bundle.record.measure];
	const where = closed ? "The case is closed" : "The case is in its final phase";
	return [
		{
			id: "non-response-at-end",
			message:
				`${where} without a response on the ${label} (baseline ${primary.baseline}, latest ${primary.latest}; a response is ${String(primary.responseAt)} or less): ` +
				"consider another or an added treatment, and discuss it with the client.",
			path: pathOf(facts, sessions.last),
			session: sessions.last,
			rule: measureRule("non-response-at-end", settings, bundle.record.measure),
		},
	];
}

function endedEarlyWarnings({ bundle, settings, plan, sessions }: PhaseFacts): CaseWarning[] {
	const first = finalPhaseFirst(plan);
	if (bundle.record.status !== "closed" || (sessions.last ?? 0) >= first) return [];
	const held = sessions.last === null ? "before any session" : `after session ${sessions.last}`;
	return [
		{
			id: "ended-early",
			message: `The case was closed ${held}, before the final phase (from session ${first} of ${plan.planned}). Note why treatment ended early and what was offered instead.`,
			path: bundle.path,
			session: sessions.last,
			rule: caseRule("ended-early", settings),
		},
	];
}

export function endingWarnings(facts: PhaseFacts): CaseWarning[] {
	return [...terminationWarnings(facts), ...relapsePlanWarnings(facts), ...nonResponseWarnings(facts), ...endedEarlyWarnings(facts)];
}
