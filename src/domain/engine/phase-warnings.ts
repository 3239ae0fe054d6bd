// What is due in the current phase and not yet done (ipt-rules.md "Phase warnings").
import type { CaseBundle } from "../model/case-bundle";
import type { EngineSettings } from "../settings/engine-settings";
import type { CaseWarning } from "./analysis";
import { MEASURE_LABELS } from "./measures/bands";
import { scoreOf } from "./measures/series";
import { isPastInitial, type PhasePlan } from "./phases";
import type { SessionIndex } from "./sessions";
import type { Phase } from "../model/vocabulary";

interface PhaseFacts {
	readonly bundle: CaseBundle;
	readonly settings: EngineSettings;
	readonly plan: PhasePlan;
	readonly phase: Phase;
	readonly sessions: SessionIndex;
}

/** The first note holding session `n`, else the case note. */
function pathOf({ bundle, sessions }: PhaseFacts, n: number | null): string {
	return (n === null ? undefined : sessions.byNumber.get(n)?.[0]?.path) ?? bundle.path;
}

function hasPrimaryScore({ bundle, sessions }: PhaseFacts, n: number): boolean {
	return (sessions.byNumber.get(n) ?? []).some((s) => scoreOf(s, bundle.record.measure) !== null);
}

function initialPhaseWarnings(facts: PhaseFacts): CaseWarning[] {
	const { bundle, settings, plan, sessions } = facts;
	if (!isPastInitial(plan, sessions.last)) return [];
	const where = plan.maintenance ? "The case is in maintenance" : `Session ${String(sessions.last)} is past the initial phase (sessions 1 to ${plan.initial})`;
	const warning = (id: CaseWarning["id"], message: string): CaseWarning => ({ id, message: `${where}, but ${message}`, path: bundle.path, session: sessions.last });
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
	if (!done.has("sick-role")) warnings.push(warning("sick-role-missing", "no session lists the sick-role task. Give the client the sick role and record the task in that session's note."));
	if (!done.has("formulation")) warnings.push(warning("formulation-missing", "no session lists the formulation task. Share the interpersonal formulation with the client and record the task."));
	if (bundle.record.focus.length === 0) warnings.push(warning("focus-missing", "the case note has no focus. Agree one or two problem areas with the client and add them to focus."));
	return warnings;
}

function measureWarnings(facts: PhaseFacts): CaseWarning[] {
	const { bundle, settings, sessions } = facts;
	const label = MEASURE_LABELS[bundle.record.measure];
	const warnings: CaseWarning[] = [];
	if (sessions.last !== null && sessions.last >= 2 && !hasPrimaryScore(facts, 1) && !hasPrimaryScore(facts, 2)) {
		warnings.push({
			id: "baseline-measure-missing",
			message: `Neither session 1 nor session 2 has a ${label} score, so the case has no baseline. Give the ${label} at the next session and record it in the session note.`,
			path: pathOf(facts, 1),
			session: 1,
		});
	}
	const recent = sessions.numbers.slice(-settings.measureOverdueSessions);
	const first = recent[0];
	if (first !== undefined && recent.length === settings.measureOverdueSessions && !recent.some((n) => hasPrimaryScore(facts, n))) {
		warnings.push({
			id: "measure-overdue",
			message: `No ${label} score in the last ${recent.length} sessions (${first} to ${String(sessions.last)}). Give the ${label} at the next session and record it in the session note.`,
			path: pathOf(facts, sessions.last),
			session: sessions.last,
		});
	}
	return warnings;
}

function courseWarnings(facts: PhaseFacts): CaseWarning[] {
	const { bundle, plan, phase, sessions } = facts;
	const warnings: CaseWarning[] = [];
	if (phase === "final" && !sessions.tasksDone.has("termination-discussed")) {
		warnings.push({
			id: "termination-not-discussed",
			message: `The case is in its final phase (session ${String(sessions.last ?? 1)} of ${plan.planned} planned), but no session lists termination-discussed. Talk about ending with the client and record the task.`,
			path: bundle.path,
			session: sessions.last,
		});
	}
	if (sessions.last !== null && sessions.last > plan.planned) {
		warnings.push({
			id: "over-planned-sessions",
			message: `Session ${sessions.last} is beyond the ${plan.planned} planned sessions. Review the contract with the client, or raise planned_sessions on the case note.`,
			path: pathOf(facts, sessions.last),
			session: sessions.last,
		});
	}
	for (const [n, notes] of sessions.byNumber) {
		if (notes.length < 2) continue;
		warnings.push({
			id: "duplicate-session-number",
			message: `Session number ${n} is used by ${notes.length} notes (${notes.map((s) => s.path).join(", ")}). Renumber them so that each session has its own number.`,
			path: pathOf(facts, n),
			session: n,
		});
	}
	return warnings;
}

export function phaseWarnings(facts: PhaseFacts): CaseWarning[] {
	return [...initialPhaseWarnings(facts), ...measureWarnings(facts), ...courseWarnings(facts)];
}
