import type { Task } from "../../../src/domain/model/vocabulary";
import { analyse, CASE_PATH, person, phq9Total, ruleOf, session, settingsWith, warningsOf, weeklySessions } from "./builders";

const three = [person("Amy"), person("Ben"), person("Cat")];

/** `n` weekly sessions; session 1 lists the given tasks and has a PHQ-9 score. */
function course(n: number, tasks: Task[] = [], over: Parameters<typeof analyse>[0] = {}) {
	return analyse({ people: three, ...over, sessions: weeklySessions(n, "2026-01-05", (k) => (k === 1 ? { tasks, ...phq9Total(12) } : phq9Total(11))) });
}

const initialTasks: Task[] = ["inventory", "sick-role", "formulation"];

describe("phase warnings", () => {
	describe("initial-phase tasks", () => {
		it("are not due while the case is still in the initial phase", () => {
			expect(course(3, [], { people: [], record: { focus: [] } }).warnings).toEqual([]);
		});

		it("are all due after the initial phase, each with the session that took the case past it", () => {
			const where = "Session 4 is past the initial phase (sessions 1 to 3), but ";
			expect(course(4, [], { people: [person("Amy")] }).warnings).toEqual([
				{
					id: "inventory-missing",
					message: `${where}the interpersonal inventory is not done: no session lists the inventory task and the case has 1 person note (at least 3 expected). Add a person note for each important person and record the inventory task.`,
					path: CASE_PATH,
					session: 4,
					rule: ruleOf("inventory-missing"),
				},
				{
					id: "sick-role-missing",
					message: `${where}no session lists the sick-role task. Give the client the sick role and record the task in that session's note.`,
					path: CASE_PATH,
					session: 4,
					rule: ruleOf("sick-role-missing"),
				},
				{
					id: "formulation-missing",
					message: `${where}no session lists the formulation task. Share the interpersonal formulation with the client and record the task.`,
					path: CASE_PATH,
					session: 4,
					rule: ruleOf("formulation-missing"),
				},
				{
					id: "focus-missing",
					message: `${where}the case note has no focus. Agree one or two problem areas with the client and add them to focus.`,
					path: CASE_PATH,
					session: 4,
					rule: ruleOf("focus-missing"),
				},
			]);
		});

		it("are due after session 2 of a brief case", () => {
			expect(warningsOf(course(3, [], { record: { protocol: "brief" } }), "sick-role-missing")).toHaveLength(1);
			expect(warningsOf(course(2, [], { record: { protocol: "brief" } }), "sick-role-missing")).toHaveLength(0);
		});

		it("are quiet once the tasks are done, in any session, and the focus agreed", () => {
			expect(course(4, initialTasks, { record: { focus: ["interpersonal-sensitivity"] } }).warnings).toEqual([]);
		});

		it("want at least 3 person notes for the inventory, living or not", () => {
			const two = course(4, initialTasks, { people: [person("Amy"), person("Ben")], record: { focus: ["grief"] } });
			expect(warningsOf(two, "inventory-missing").map((w) => w.message)).toEqual([
				"Session 4 is past the initial phase (sessions 1 to 3), but the interpersonal inventory is not done: the case has 2 person notes (at least 3 expected). Add a person note for each important person and record the inventory task.",
			]);
			const withDead = course(4, initialTasks, { people: [person("Amy"), person("Ben"), person("Gran", { status: "deceased" })], record: { focus: ["grief"] } });
			expect(warningsOf(withDead, "inventory-missing")).toEqual([]);
		});

		it("are due in maintenance once the vault holds acute sessions", () => {
			const analysis = analyse({ record: { status: "maintenance", plannedSessions: 4 }, sessions: weeklySessions(5, "2026-01-05") });
			expect(warningsOf(analysis, "sick-role-missing").map((w) => w.session)).toEqual([5]);
			expect(warningsOf(analysis, "inventory-missing")[0]?.message).toMatch(/^The case is in maintenance, but the interpersonal inventory is not done/);
		});

		it("are not asked of a maintenance case whose acute sessions are not in the vault", () => {
			// Second edition: the initial phase's work was done where the acute notes are.
			expect(analyse({ record: { status: "maintenance" } }).warnings).toEqual([]);
			const imported = analyse({ record: { status: "maintenance", plannedSessions: 12 }, sessions: [session(13), session(14, phq9Total(6))] });
			expect(imported.warnings.map((w) => w.id)).toEqual([]);
		});
	});

	describe("baseline-measure-missing", () => {
		const unscored = (n: number, scoredAt: number | null, measure: "phq9" | "hamd" = "phq9") =>
			analyse({ sessions: weeklySessions(n, "2026-01-05", (k) => (k === scoredAt ? { scores: { [measure]: 10 } } : {})) });

		it("says there is no baseline once the initial phase is over without a score", () => {
			expect(warningsOf(unscored(4, null), "baseline-measure-missing")[0]?.message).toBe(
				"Neither session 1 nor session 2 has a PHQ-9 score, nor any later session of the initial phase (to session 3), so the case has no baseline: response and reliable change are not reckoned. Give the PHQ-9 at the next session and record it in the session note.",
			);
			expect(unscored(6, 5).measures.phq9).toMatchObject({ baseline: null, change: null, response: false });
		});

		it("fires once session 2 exists with no primary score at session 1 or 2", () => {
			// Session 3 still belongs to the standard initial phase, so a baseline can still be taken.
			expect(warningsOf(unscored(2, null), "baseline-measure-missing")).toEqual([
				{
					id: "baseline-measure-missing",
					message: "Neither session 1 nor session 2 has a PHQ-9 score. Give the PHQ-9 by session 3, the end of the initial phase, so that the case has a baseline.",
					path: "Clients/Jo/Sessions/Session 01.md",
					session: 1,
					rule: ruleOf("baseline-measure-missing"),
				},
			]);
			expect(warningsOf(unscored(3, 3), "baseline-measure-missing")).toHaveLength(1);
			expect(warningsOf(unscored(2, 1, "hamd"), "baseline-measure-missing")).toHaveLength(1);
		});

		it("is quiet with a score at session 1 or 2, or before session 2", () => {
			expect(warningsOf(unscored(2, 2), "baseline-measure-missing")).toEqual([]);
			expect(warningsOf(unscored(1, null), "baseline-measure-missing")).toEqual([]);
		});

		it("follows the case's primary measure", () => {
			const hamdCase = analyse({ record: { measure: "hamd" }, sessions: [session(1, { scores: { hamd: 20 } }), session(2)] });
			expect(warningsOf(hamdCase, "baseline-measure-missing")).toEqual([]);
		});
	});

	describe("measure-overdue", () => {
		it("fires when the last 4 sessions held have no primary score", () => {
			const analysis = analyse({ sessions: weeklySessions(5, "2026-01-05", (k) => (k === 1 ? { scores: { phq9: 14 } } : {})) });
			expect(warningsOf(analysis, "measure-overdue")).toEqual([
				{
					id: "measure-overdue",
					message: "No PHQ-9 score in the last 4 sessions (2 to 5). Give the PHQ-9 at the next session and record it in the session note.",
					path: "Clients/Jo/Sessions/Session 05.md",
					session: 5,
					rule: ruleOf("measure-overdue"),
				},
			]);
		});

		it("is quiet when any of the last 4 has a score, or fewer than 4 were held", () => {
			const scoredAt = (n: number, k: number) => analyse({ sessions: weeklySessions(n, "2026-01-05", (j) => (j === k ? { scores: { phq9: 14 } } : {})) });
			expect(warningsOf(scoredAt(5, 2), "measure-overdue")).toEqual([]);
			expect(warningsOf(analyse({ sessions: weeklySessions(3, "2026-01-05") }), "measure-overdue")).toEqual([]);
		});
	});

	describe("termination-not-discussed", () => {
		it("fires from 3 sessions before the planned end until a session lists termination-discussed", () => {
			expect(warningsOf(course(13, initialTasks, { record: { focus: ["grief"] } }), "termination-not-discussed")).toEqual([
				{
					id: "termination-not-discussed",
					message:
						"Session 13 of 16 planned is within 3 sessions of the end, but no session lists termination-discussed. Talk about ending with the client, with the feelings it brings, and record the task.",
					path: CASE_PATH,
					session: 13,
					rule: ruleOf("termination-not-discussed"),
				},
			]);
			expect(warningsOf(course(14, [...initialTasks, "termination-discussed"]), "termination-not-discussed")).toEqual([]);
			expect(warningsOf(course(12, initialTasks), "termination-not-discussed")).toEqual([]);
		});

		it("follows the lead setting", () => {
			expect(warningsOf(analyse({ people: three, sessions: weeklySessions(12, "2026-01-05") }, settingsWith({ terminationLeadSessions: 4 })), "termination-not-discussed")).toHaveLength(1);
		});
	});

	describe("over-planned-sessions", () => {
		it("fires past the planned count, including a planned_sessions override", () => {
			expect(warningsOf(course(17, initialTasks), "over-planned-sessions")).toEqual([
				{
					id: "over-planned-sessions",
					message: "Session 17 is beyond the 16 planned sessions. Review the contract with the client, or raise planned_sessions on the case note.",
					path: "Clients/Jo/Sessions/Session 17.md",
					session: 17,
					rule: ruleOf("over-planned-sessions"),
				},
			]);
			expect(warningsOf(course(16, initialTasks), "over-planned-sessions")).toEqual([]);
			expect(warningsOf(course(11, initialTasks, { record: { plannedSessions: 10 } }), "over-planned-sessions")).toHaveLength(1);
		});
	});

	describe("duplicate-session-number", () => {
		it("fires once per shared number, naming every note", () => {
			const a = session(2, { path: "Clients/Jo/a.md" });
			const b = session(2, { path: "Clients/Jo/b.md" });
			const analysis = analyse({ sessions: [session(1, { scores: { phq9: 9 } }), a, b] });
			expect(warningsOf(analysis, "duplicate-session-number")).toEqual([
				{
					id: "duplicate-session-number",
					message: "Session number 2 is used by 2 notes (Clients/Jo/a.md, Clients/Jo/b.md). Renumber them so that each session has its own number.",
					path: "Clients/Jo/a.md",
					session: 2,
					rule: ruleOf("duplicate-session-number"),
				},
			]);
			expect(warningsOf(analyse({ sessions: [session(1), session(2), session(null), session(null, { path: "y.md" })] }), "duplicate-session-number")).toEqual([]);
		});
	});

	it("lists warnings in the order of WARNING_IDS, then by session", () => {
		const analysis = analyse({
			sessions: [session(1, { path: "a1.md" }), session(1, { path: "b1.md" }), session(5, phq9Total(3)), session(6, phq9Total(9))],
		});
		expect(analysis.warnings.map((w) => [w.id, w.session])).toEqual([
			["inventory-missing", 6],
			["sick-role-missing", 6],
			["formulation-missing", 6],
			["focus-missing", 6],
			["baseline-measure-missing", 1],
			["duplicate-session-number", 1],
			["worsening", 6],
		]);
	});
});
