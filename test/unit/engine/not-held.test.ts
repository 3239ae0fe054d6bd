// Sessions missed or cancelled (`attended: false`): read from the note, kept in the
// numbering, left out of tasks and of the sessions held, and shown as not held.
import { planNextSession } from "../../../src/domain/planning/next-session";
import { plainNames } from "../../../src/domain/privacy/case-names";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { lastSeen, missedInARow } from "../../../src/domain/views/caseload-facts";
import { caseloadModel, DEFAULT_CASELOAD_SORT } from "../../../src/domain/views/caseload-model";
import { headerModel } from "../../../src/domain/views/header-model";
import { homeworkModel } from "../../../src/domain/views/homework-model";
import { parseAs, said } from "../domain/parse-helpers";
import { analyse, bundle, d, phq9Total, session, warningsOf, weeklySessions } from "./builders";
import type { SessionRecord } from "../../../src/domain/model/records";

const missed = (n: number, over: Partial<SessionRecord> = {}) => session(n, { absence: { reason: "missed" }, ...over });

describe("reading attended and reason", () => {
	test("attended: false with a reason is a session not held, without a word", () => {
		const { record, diagnostics } = parseAs("session", { session: 5, date: "2026-03-04", attended: false, reason: "cancelled-by-client" });
		expect(diagnostics).toEqual([]);
		expect(record.absence).toEqual({ reason: "cancelled-by-client" });
	});

	test("a session held has no absence, and attended: true says so too", () => {
		expect(parseAs("session", { session: 5 }).record.absence).toBeNull();
		expect(parseAs("session", { session: 5, attended: true }).record.absence).toBeNull();
	});

	test("attended: false alone is not held, for no reason given", () => {
		const { record, diagnostics } = parseAs("session", { session: 5, attended: false });
		expect(diagnostics).toEqual([]);
		expect(record.absence).toEqual({ reason: null });
	});

	test("a reason alone is read as not held, with the key to add", () => {
		const { record, diagnostics } = parseAs("session", { session: 5, reason: "DNA" });
		expect(record.absence).toEqual({ reason: "missed" });
		expect(said(diagnostics)).toEqual(['warning reason: "DNA" is read as missed; write missed', "warning reason: missed is read as a session not held; add attended: false"]);
	});

	test("a reason beside attended: true is ignored, with a warning", () => {
		const { record, diagnostics } = parseAs("session", { session: 5, attended: true, reason: "missed" });
		expect(record.absence).toBeNull();
		expect(said(diagnostics)).toEqual(["warning reason: missed is ignored, because attended is true; remove reason, or set attended to false"]);
	});

	test("tasks on a session not held are kept on the record but the note is told they count for nothing", () => {
		const { record, diagnostics } = parseAs("session", { session: 5, attended: false, reason: "missed", tasks: ["sick-role"] });
		expect(record.tasks).toEqual(["sick-role"]);
		expect(said(diagnostics)).toEqual(["warning tasks: a session not held counts toward no task; list the tasks on the session where they were done"]);
	});

	test("an unknown reason is an error with did you mean", () => {
		const { diagnostics } = parseAs("session", { session: 5, attended: false, reason: "cancelled by therapis" });
		expect(said(diagnostics)[0]).toMatch(/^error reason: "cancelled by therapis" is not a reason a session was not held; expected one of missed, cancelled-by-client or cancelled-by-therapist; did you mean cancelled-by-therapist\?$/);
	});
});

describe("the rules", () => {
	test("a task listed on a session not held counts toward nothing", () => {
		const sessions = [session(1, { tasks: ["inventory"] }), missed(2, { tasks: ["sick-role"] }), session(3), session(4)];
		expect(warningsOf(analyse({ sessions }), "sick-role-missing")).toHaveLength(1);
		expect(warningsOf(analyse({ sessions: [...sessions.slice(0, 3), session(4, { tasks: ["sick-role"] })] }), "sick-role-missing")).toHaveLength(0);
	});

	test("it keeps its number: the phase and the last session count it, the sessions held do not", () => {
		const analysis = analyse({ sessions: [session(1), session(2), session(3), missed(4)] });
		expect(analysis).toMatchObject({ lastSession: 4, phase: "middle", sessionsHeld: 3 });
		expect(analysis.notHeld).toEqual([{ session: 4, date: null, reason: "missed", path: "Clients/Jo/Sessions/Session 04.md" }]);
	});

	test("measure-overdue counts only sessions held: a missed one neither fills nor breaks the span", () => {
		const scored = (k: number) => (k === 1 ? phq9Total(12) : {});
		const sessions = weeklySessions(6, "2026-01-05", scored);
		const withMissed = sessions.map((s) => (s.session === 5 ? { ...s, absence: { reason: "missed" as const } } : s));
		// Held: 1 (scored), 2, 3, 4, 6: the last four held have no score.
		expect(warningsOf(analyse({ sessions: withMissed }), "measure-overdue")).toEqual([expect.objectContaining({ session: 6, message: expect.stringContaining("(2 to 6)") as string })]);
		// Held: 1 (scored), 2, 4, 6 with 3 and 5 missed: only three held since the score.
		const twoMissed = withMissed.map((s) => (s.session === 3 ? { ...s, absence: { reason: "cancelled-by-client" as const } } : s));
		expect(warningsOf(analyse({ sessions: twoMissed }), "measure-overdue")).toEqual([]);
	});

	test("a safety item on a session not held is still raised", () => {
		const analysis = analyse({ sessions: [missed(3, { phq9Items: [1, 1, 1, 1, 1, 1, 1, 1, 2] })] });
		expect(analysis.safety).toEqual([expect.objectContaining({ session: 3, score: 2, reviewed: false })]);
	});
});

describe("what the views show", () => {
	const TODAY = "2026-03-01";
	const sessions = [
		session(1, { date: d("2026-02-01"), homework: ["Call Sam"] }),
		missed(2, { date: d("2026-02-08") }),
		session(3, { date: d("2026-02-15"), absence: { reason: "cancelled-by-therapist" } }),
		missed(4, { date: d("2026-02-22"), absence: { reason: "cancelled-by-client" } }),
	];
	const b = bundle({ sessions });
	const analysis = analyse({ sessions });

	test("the caseload counts the client's missed sessions in a row, passing over the therapist's cancellation", () => {
		expect(missedInARow(analysis)).toBe(2);
		expect(missedInARow(analyse({ sessions: [...sessions, session(5)] }))).toBe(0);
		expect(missedInARow(analyse({ sessions: [session(1), missed(2), session(3), missed(4)] }))).toBe(1);
	});

	test("a missed session is no sighting: last seen is the last session held", () => {
		expect(lastSeen(b, TODAY)?.text).toBe("2026-02-01 · 28 days ago");
		const row = caseloadModel([{ bundle: b, analysis, names: plainNames(b), safety: [] }], "four-areas", DEFAULT_CASELOAD_SORT, { unplaced: [], privacy: false, today: TODAY }).rows[0];
		expect(row).toMatchObject({ missedInARow: 2, lastSeen: { date: "2026-02-01" } });
	});

	test("the sidebar's header lists the sessions not held", () => {
		expect(headerModel(b, analysis, plainNames(b)).notHeld).toBe(
			"Session 2 missed (did not attend); session 3 cancelled by the therapist; session 4 cancelled by the client",
		);
	});

	test("homework waits over sessions not held, for the next session held", () => {
		const entries = homeworkModel([...sessions, session(5, { homeworkReview: "partial" })], plainNames(b)).entries;
		expect(entries.map((e) => [e.session, e.reviewText])).toEqual([
			[5, "Not reviewed yet"],
			[1, "Partly done (reviewed in session 5)"],
		]);
	});

	test("a new session is numbered after the one not held, and takes the homework of the last one held", () => {
		const next = planNextSession(b, DEFAULT_ENGINE_SETTINGS);
		expect(next).toMatchObject({ number: 5, previous: { number: 1, homework: ["Call Sam"] } });
	});
});
