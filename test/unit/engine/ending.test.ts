// The second edition's rules for the end of treatment and for maintenance (ipt-rules.md "Ending and maintenance").
import { isDue } from "../../../src/domain/engine/analysis";
import type { Task } from "../../../src/domain/model/vocabulary";
import { analyse, CASE_PATH, person, phq9Total, ruleOf, settingsWith, warningsOf, weeklySessions } from "./builders";

const people = [person("Amy"), person("Ben"), person("Cat")];
const done: Task[] = ["inventory", "sick-role", "formulation", "termination-discussed"];

/** `n` weekly sessions of a standard case with a focus; PHQ-9 `first` at session 1 and `later` after. */
function course(n: number, over: { tasks?: Task[]; first?: number; later?: number; status?: "active" | "closed" } = {}) {
	const { tasks = done, first = 18, later = 8, status = "active" } = over;
	return analyse({
		people,
		record: { focus: ["grief"], status },
		sessions: weeklySessions(n, "2026-01-05", (k) => (k === 1 ? { tasks, ...phq9Total(first) } : phq9Total(later))),
	});
}

describe("relapse-plan-missing", () => {
	it("fires in the final phase until a session lists relapse-plan, and is due", () => {
		expect(warningsOf(course(14), "relapse-plan-missing")).toEqual([
			{
				id: "relapse-plan-missing",
				message:
					"The case is in its final phase, but no session lists relapse-plan. Agree with the client the early signs of a new episode and what to do then, and record the task.",
				path: CASE_PATH,
				session: 14,
				rule: ruleOf("relapse-plan-missing"),
			},
		]);
		expect(warningsOf(course(13), "relapse-plan-missing")).toEqual([]);
		expect(warningsOf(course(14, { tasks: [...done, "relapse-plan"] }), "relapse-plan-missing")).toEqual([]);
		expect(isDue("relapse-plan-missing")).toBe(true);
	});
});

describe("non-response-at-end", () => {
	it("fires in the final phase without a response on the primary measure", () => {
		// 18 to 10: a response is 9 or less.
		const warnings = warningsOf(course(14, { later: 10 }), "non-response-at-end");
		expect(warnings.map((w) => [w.session, w.message])).toEqual([
			[
				14,
				"The case is in its final phase without a response on the PHQ-9 (baseline 18, latest 10; a response is 9 or less): consider another or an added treatment, and discuss it with the client.",
			],
		]);
		expect(warningsOf(course(14, { later: 9 }), "non-response-at-end")).toEqual([]);
		expect(warningsOf(course(13, { later: 10 }), "non-response-at-end")).toEqual([]);
	});

	it("fires for a closed case too, and is an outcome rather than a task", () => {
		expect(warningsOf(course(8, { later: 15, status: "closed" }), "non-response-at-end")[0]?.message).toMatch(/^The case is closed without a response/);
		expect(isDue("non-response-at-end")).toBe(false);
	});

	it("needs a baseline", () => {
		const late = analyse({ people, record: { focus: ["grief"] }, sessions: weeklySessions(14, "2026-01-05", (k) => (k >= 5 ? phq9Total(15) : { tasks: done })) });
		expect(warningsOf(late, "non-response-at-end")).toEqual([]);
	});
});

describe("ended-early", () => {
	it("fires for a case closed before its final phase, and leaves it the only due item", () => {
		// Standard: the final phase starts at session 14. Session 6 leaves the PHQ-9 overdue, the relapse plan and more undone.
		const analysis = course(6, { tasks: [], status: "closed" });
		expect(warningsOf(analysis, "ended-early")).toEqual([
			{
				id: "ended-early",
				message: "The case was closed after session 6, before the final phase (from session 14 of 16). Note why treatment ended early and what was offered instead.",
				path: CASE_PATH,
				session: 6,
				rule: ruleOf("ended-early"),
			},
		]);
		expect(analysis.warnings.filter((w) => isDue(w.id)).map((w) => w.id)).toEqual(["ended-early"]);
	});

	it("does not fire for a case closed in its final phase, which then has nothing due", () => {
		const analysis = course(14, { tasks: [], status: "closed" });
		expect(warningsOf(analysis, "ended-early")).toEqual([]);
		expect(analysis.warnings.filter((w) => isDue(w.id))).toEqual([]);
	});

	it("keeps a missing safety item beside the safety items of a closed case", () => {
		const analysis = analyse({ record: { status: "closed" }, sessions: [{ ...weeklySessions(1, "2026-01-05")[0]!, scores: { phq9: 12 }, safety: [] }] });
		expect(warningsOf(analysis, "safety-item-not-recorded")).toHaveLength(1);
	});
});

describe("maintenance", () => {
	const maintenance = (over: { plannedSessions?: number; maintenanceSessions?: number | null; maintenanceInterval?: number | null } = {}) => ({
		status: "maintenance" as const,
		plannedSessions: 4,
		focus: ["grief" as const],
		...over,
	});

	it("takes its contract from the case note, else from the settings", () => {
		const sessions = weeklySessions(6, "2026-01-05", (k) => ({ ...phq9Total(8), ...(k === 1 ? { tasks: done } : {}) }));
		expect(analyse({ people, record: maintenance(), sessions }).maintenance).toEqual({ planned: 12, intervalWeeks: 4, held: 2 });
		expect(analyse({ people, record: maintenance({ maintenanceSessions: 6, maintenanceInterval: 2 }), sessions }).maintenance).toEqual({ planned: 6, intervalWeeks: 2, held: 2 });
		expect(analyse({ people, record: maintenance(), sessions }, settingsWith({ maintenanceSessions: 24, maintenanceIntervalWeeks: 8 })).maintenance).toMatchObject({ planned: 24, intervalWeeks: 8 });
		expect(analyse({ people, sessions }).maintenance).toBeNull();
	});

	it("does not count its maintenance sessions as over the plan", () => {
		const sessions = weeklySessions(9, "2026-01-05", (k) => ({ ...phq9Total(8), ...(k === 1 ? { tasks: done } : {}) }));
		expect(warningsOf(analyse({ people, record: maintenance(), sessions }), "over-planned-sessions")).toEqual([]);
		expect(warningsOf(analyse({ people, record: { ...maintenance(), status: "active" }, sessions }), "over-planned-sessions")).toHaveLength(1);
	});

	it("is overdue for a measure when the last 2 maintenance sessions have none", () => {
		const scoredUpTo = (last: number) => weeklySessions(8, "2026-01-05", (k) => ({ ...(k <= last ? phq9Total(8) : {}), ...(k === 1 ? { tasks: done } : {}) }));
		// Sessions 5 to 8 are maintenance (4 acute planned).
		expect(warningsOf(analyse({ people, record: maintenance(), sessions: scoredUpTo(6) }), "measure-overdue").map((w) => w.message)).toEqual([
			"No PHQ-9 score in the last 2 maintenance sessions (7 to 8). Give the PHQ-9 at the next session and record it in the session note.",
		]);
		expect(warningsOf(analyse({ people, record: maintenance(), sessions: scoredUpTo(7) }), "measure-overdue")).toEqual([]);
		expect(warningsOf(analyse({ people, record: maintenance(), sessions: scoredUpTo(7) }, settingsWith({ maintenanceMeasureSessions: 1 })), "measure-overdue")).toHaveLength(1);
	});
});
