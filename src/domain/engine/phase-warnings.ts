// What is due in the current phase and not yet done (ipt-rules.md "Phase warnings").
import type { CaseWarning } from "./analysis";
import { endingWarnings } from "./ending-warnings";
import { acuteElsewhere, pathOf, type PhaseFacts } from "./phase-facts";
import { MEASURE_LABELS } from "./measures/bands";
import { scoreOf } from "./measures/series";
import { isPastInitial } from "./phases";
import { isHeld, type NumberedSession } from "./sessions";
import type { Protocol } from "../model/vocabulary";
import { caseRule } from "./rules/catalogue";

function hasPrimaryScore({ bundle, sessions }: PhaseFacts, n: number): boolean {
	return (sessions.byNumber.get(n) ?? []).some((s) => scoreOf(s, bundle.record.measure) !== null);
}

/** IPT-A (Mufson) gives a limited sick role: the adolescent keeps going to school. */
function sickRoleAsk(protocol: Protocol): string {
	return protocol === "adolescent"
		? "Give the client the limited sick role of IPT-A (keep going to school) and record the task in that session's note."
		: "Give the client the sick role and record the task in that session's note.";
}

function initialPhaseWarnings(facts: PhaseFacts): CaseWarning[] {
	const { bundle, settings, plan, sessions } = facts;
	if (!isPastInitial(plan, sessions.last) || acuteElsewhere(facts)) return [];
	const where = plan.maintenance ? "The case is in maintenance" : `Session ${String(sessions.last)} is past the initial phase (sessions 1 to ${plan.initial})`;
	type InitialId = "inventory-missing" | "sick-role-missing" | "formulation-missing" | "focus-missing";
	const warning = (id: InitialId, message: string): CaseWarning => ({
		id,
		message: `${where}, but ${message}`,
		path: bundle.path,
		session: sessions.last,
		rule: caseRule(id, settings),
	});
	const done = sessions.tasksDone;
	const warnings: CaseWarning[] = [];
	const gaps: string[] = [];
	if (!done.has("inventory")) gaps.push("no session lists the inventory task");
	const count = bundle.people.length;
	if (count < settings.inventoryMinPeople) gaps.push(`the case has ${count} person note${count === 1 ? "" : "s"} (at least ${settings.inventoryMinPeople} expected)`);
	if (gaps.length > 0) {
		warnings.push(
			warning("inventory-missing", `the interpersonal inventory is not done: ${gaps.join(" and ")}. Add a person note for each important person and record the inventory task.`),
		);
	}
	if (!done.has("sick-role")) warnings.push(warning("sick-role-missing", `no session lists the sick-role task. ${sickRoleAsk(bundle.record.protocol)}`));
	if (!done.has("formulation")) warnings.push(warning("formulation-missing", "no session lists the formulation task. Share the interpersonal formulation with the client and record the task."));
	if (bundle.record.focus.length === 0) warnings.push(warning("focus-missing", "the case note has no focus. Agree one or two problem areas with the client and add them to focus."));
	return warnings;
}

/** "Neither session 1 nor session 2 has a PHQ-9 score", over sessions first..last, where a baseline is due. */
function noBaseline(first: number, last: number, label: string): string {
	if (last === first) return `Session ${first} has no ${label} score`;
	if (last === first + 1) return `Neither session ${first} nor session ${last} has a ${label} score`;
	return `None of sessions ${first} to ${last} has a ${label} score`;
}

/**
 * The measures take as baseline a score up to the end of the initial phase, later than
 * this warning's sessions: the message says which of the two the case has, so that the
 * warning and the measures never disagree.
 */
function baselineOutcome(facts: PhaseFacts, label: string): string {
	const { plan, sessions } = facts;
	const late = sessions.numbers.find((n) => n <= plan.initial && hasPrimaryScore(facts, n));
	if (late !== undefined) return `; the baseline is the later score of session ${late}. Give the ${label} at the start of treatment next time.`;
	const open = sessions.last !== null && sessions.last < plan.initial;
	if (open) return `. Give the ${label} by session ${plan.initial}, the end of the initial phase, so that the case has a baseline.`;
	const rest = plan.initial > facts.settings.baselineSessions ? `, nor any later session of the initial phase (to session ${plan.initial})` : "";
	return `${rest}, so the case has no baseline: response and reliable change are not reckoned. Give the ${label} at the next session and record it in the session note.`;
}

function baselineWarnings(facts: PhaseFacts, label: string): CaseWarning[] {
	const { bundle, settings, plan, sessions } = facts;
	const last = settings.baselineSessions;
	if (sessions.last === null || sessions.last < last || acuteElsewhere(facts)) return [];
	// A group's pre-group meeting (session 0) is the first place for a baseline.
	for (let n = plan.first; n <= last; n++) if (hasPrimaryScore(facts, n)) return [];
	return [
		{
			id: "baseline-measure-missing",
			message: `${noBaseline(plan.first, last, label)}${baselineOutcome(facts, label)}`,
			path: pathOf(facts, plan.first),
			session: plan.first,
			rule: caseRule("baseline-measure-missing", settings, bundle.record.protocol),
		},
	];
}

/** "2 to 5", and which numbers more than one of those notes share. */
function heldSpan(held: readonly NumberedSession[]): string {
	const numbers = held.map((s) => s.number);
	const notesOf = (n: number) => numbers.filter((m) => m === n).length;
	const first = numbers[0] ?? 0;
	const last = numbers[numbers.length - 1] ?? 0;
	if (first === last) return held.length === 1 ? `session ${first}` : `session ${first}, ${held.length} notes`;
	const shared = [...new Set(numbers)].filter((n) => notesOf(n) > 1);
	const span = `${first} to ${last}`;
	return shared.length === 0 ? span : `${span}; ${shared.map((n) => `session ${n} has ${notesOf(n)} notes`).join(", ")}`;
}

/**
 * Sessions held are session notes: two notes sharing a number are two sessions (the
 * duplicate warning asks for renumbering). Notes without a usable number have no
 * place in the order, so they are not among the latest; nor are sessions missed or
 * cancelled, where no score could be taken. In maintenance only the
 * maintenance sessions count, over the maintenance setting's shorter span: monthly
 * sessions a score apart.
 */
function overdueWarnings({ bundle, settings, plan, sessions }: PhaseFacts, label: string): CaseWarning[] {
	const count = plan.maintenance ? settings.maintenanceMeasureSessions : settings.measureOverdueSessions;
	const pool = sessions.numbered.filter((s) => isHeld(s.record) && (!plan.maintenance || s.number > plan.planned));
	const held = pool.slice(-count);
	const latest = held[held.length - 1];
	if (latest === undefined || held.length < count || held.some((s) => scoreOf(s.record, bundle.record.measure) !== null)) return [];
	const which = plan.maintenance ? `maintenance session${count === 1 ? "" : "s"}` : `session${count === 1 ? "" : "s"}`;
	return [
		{
			id: "measure-overdue",
			message: `No ${label} score in the last ${count} ${which} (${heldSpan(held)}). Give the ${label} at the next session and record it in the session note.`,
			path: latest.record.path,
			session: latest.number,
			rule: caseRule(plan.maintenance ? "measure-overdue-maintenance" : "measure-overdue", settings),
		},
	];
}

function measureWarnings(facts: PhaseFacts): CaseWarning[] {
	const label = MEASURE_LABELS[facts.bundle.record.measure];
	return [...baselineWarnings(facts, label), ...overdueWarnings(facts, label)];
}

function courseWarnings(facts: PhaseFacts): CaseWarning[] {
	const { plan, sessions, settings } = facts;
	const warnings: CaseWarning[] = [];
	// Maintenance sessions come after the acute ones by design: only acute sessions can be over the plan.
	if (!plan.maintenance && sessions.last !== null && sessions.last > plan.planned) {
		warnings.push({
			id: "over-planned-sessions",
			message: `Session ${sessions.last} is beyond the ${plan.planned} planned sessions. Review the contract with the client, or raise planned_sessions on the case note.`,
			path: pathOf(facts, sessions.last),
			session: sessions.last,
			rule: caseRule("over-planned-sessions", settings),
		});
	}
	for (const [n, notes] of sessions.byNumber) {
		if (notes.length < 2) continue;
		warnings.push({
			id: "duplicate-session-number",
			message: `Session number ${n} is used by ${notes.length} notes (${notes.map((s) => s.path).join(", ")}). Renumber them so that each session has its own number.`,
			path: pathOf(facts, n),
			session: n,
			rule: caseRule("duplicate-session-number", settings),
		});
	}
	return warnings;
}

export function phaseWarnings(facts: PhaseFacts): CaseWarning[] {
	return [...initialPhaseWarnings(facts), ...measureWarnings(facts), ...endingWarnings(facts), ...courseWarnings(facts)];
}
