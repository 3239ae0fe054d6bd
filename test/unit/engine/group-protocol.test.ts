// WHO Group IPT (2016): an individual pre-group meeting, `session: 0`, then 8 group
// sessions: initial 1, middle 2-7, final 8. The meeting belongs to the initial phase and
// is not one of the 8 planned; any other protocol numbers its sessions from 1.
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { planNextSession } from "../../../src/domain/planning/next-session";
import { phaseBarModel } from "../../../src/domain/views/phase-bar-model";
import { sessionProgress } from "../../../src/domain/views/header-model";
import { VaultIndex } from "../../../src/index/vault-index";
import { isoFromDay } from "../../../src/domain/model/dates";
import { analyse, bundle, d, phq9Total, session, warningsOf } from "./builders";

const group = { protocol: "group" as const };
/** The pre-group meeting with a PHQ-9, then group sessions 1..n, weekly. */
const groupCourse = (n: number) => [
	session(0, { date: d("2026-01-05"), ...phq9Total(18), tasks: ["psychoeducation"] }),
	...Array.from({ length: n }, (_, i) => session(i + 1, { date: d(isoFromDay(d("2026-01-12").day + 7 * i)) })),
];

describe("the group protocol's pre-group meeting (session 0)", () => {
	it("is held in the initial phase, and not counted among the 8 planned sessions", () => {
		const analysis = analyse({ record: group, sessions: groupCourse(3) });
		expect([analysis.sessionsHeld, analysis.plannedSessions, analysis.lastSession, analysis.phase]).toEqual([3, 8, 3, "middle"]);
		expect(analysis.phaseSpans).toEqual([
			{ phase: "initial", first: 0, last: 1 },
			{ phase: "middle", first: 2, last: 7 },
			{ phase: "final", first: 8, last: 8 },
		]);
	});

	it("alone puts the case in its initial phase, with no group session held yet", () => {
		const analysis = analyse({ record: group, sessions: groupCourse(0) });
		expect([analysis.sessionsHeld, analysis.lastSession, analysis.phase]).toEqual([0, 0, "initial"]);
		expect(sessionProgress(analysis)).toBe("Pre-group meeting (session 0), before 8 group sessions");
		expect(phaseBarModel(analysis).marker).toEqual({ at: 0.5 / 9, label: "Pre-group meeting (session 0)" });
	});

	it("gives the measures their baseline and the timeline its first score", () => {
		const analysis = analyse({ record: group, sessions: [...groupCourse(2), session(3, { date: d("2026-01-26"), ...phq9Total(8) })] });
		const phq9 = analysis.measures.phq9;
		expect([phq9?.baseline, phq9?.baselineSession, phq9?.latest, phq9?.response]).toEqual([18, 0, 8, true]);
		expect(analysis.timeline.entries.filter((e) => e.kind === "measure").map((e) => (e.kind === "measure" ? e.session : null))).toEqual([0, 3]);
		expect(warningsOf(analysis, "baseline-measure-missing")).toEqual([]);
	});

	it("never takes a full group over its planned sessions", () => {
		const analysis = analyse({ record: group, sessions: groupCourse(8) });
		expect([analysis.sessionsHeld, analysis.phase, warningsOf(analysis, "over-planned-sessions")]).toEqual([8, "final", []]);
		expect(warningsOf(analyse({ record: group, sessions: groupCourse(9) }), "over-planned-sessions").map((w) => w.session)).toEqual([9]);
	});

	it("is where a group's baseline is first asked for, and where a new group starts", () => {
		const unscored = [session(0), session(1), session(2)];
		expect(warningsOf(analyse({ record: group, sessions: unscored }), "baseline-measure-missing").map((w) => [w.session, w.message.slice(0, 45)])).toEqual([
			[0, "None of sessions 0 to 2 has a PHQ-9 score, so"],
		]);
		expect(planNextSession(bundle({ record: group }), DEFAULT_ENGINE_SETTINGS).number).toBe(0);
		expect(planNextSession(bundle({ record: group, sessions: [session(0)] }), DEFAULT_ENGINE_SETTINGS)).toMatchObject({ number: 1, phase: "initial" });
		expect(planNextSession(bundle({}), DEFAULT_ENGINE_SETTINGS).number).toBe(1);
	});

	it("is counted in the rule behind a missing baseline, as in the warning itself", () => {
		const unscored = [session(0), session(1), session(2)];
		const [warning] = warningsOf(analyse({ record: group, sessions: unscored }), "baseline-measure-missing");
		expect([warning?.message.slice(0, 23), warning?.rule.text]).toEqual(["None of sessions 0 to 2", "A session 2 or later is held and none of sessions 0 to 2 has a score on the primary measure"]);
		const [individual] = warningsOf(analyse({ sessions: unscored.slice(1) }), "baseline-measure-missing");
		expect([individual?.message.slice(0, 35), individual?.rule.text]).toEqual([
			"Neither session 1 nor session 2 has",
			"A session 2 or later is held and neither session 1 nor 2 has a score on the primary measure",
		]);
	});

	it("keeps a safety item raised there open until a later session reviews it", () => {
		const raised = session(0, { date: d("2026-01-05"), scores: { phq9: 12 }, safety: [{ measure: "phq9", item: 9, key: "phq9_item9", raw: "1", score: 1 }] });
		const open = analyse({ record: group, sessions: [raised, session(1, { date: d("2026-01-12") })] }).safety;
		expect(open.map((s) => [s.session, s.reviewed])).toEqual([[0, false]]);
		const reviewed = analyse({ record: group, sessions: [raised, session(1, { date: d("2026-01-12"), riskReviewed: true })] }).safety;
		expect(reviewed.map((s) => [s.session, s.reviewed])).toEqual([[0, true]]);
	});
});

describe("session 0 in a case of another protocol", () => {
	const index = new VaultIndex();
	index.upsert("IPT/Ann/Ann.md", { ipt: "case", client: "A.B.", protocol: "standard" });
	index.upsert("IPT/Ann/Session 00.md", { ipt: "session", session: 0, phq9: 14 });
	index.upsert("IPT/Ann/Session 01.md", { ipt: "session", session: 1 });

	it("is an error on the session note's session field, naming the case and its protocol", () => {
		expect(index.noteDiagnostics("IPT/Ann/Session 00.md")).toEqual([
			{
				path: "IPT/Ann/Session 00.md",
				field: "session",
				severity: "error",
				message:
					"session: 0 is the pre-group meeting of the group protocol, but the case (IPT/Ann/Ann.md) follows the standard protocol, whose sessions are numbered from 1; renumber the note, or set protocol: group on the case note.",
			},
		]);
		expect(index.caseDiagnostics("IPT/Ann/Ann.md").map((d) => [d.path, d.field, d.severity])).toEqual([["IPT/Ann/Session 00.md", "session", "error"]]);
	});

	it("keeps the note in its case without a number, as any session without a usable number", () => {
		const ann = index.caseBundle("IPT/Ann/Ann.md");
		expect(ann?.sessions.map((s) => [s.path, s.session])).toEqual([
			["IPT/Ann/Session 00.md", null],
			["IPT/Ann/Session 01.md", 1],
		]);
	});

	it("is the group's meeting again once the case note says protocol: group", () => {
		const moved = new VaultIndex();
		moved.upsert("IPT/Ann/Ann.md", { ipt: "case", client: "A.B.", protocol: "standard" });
		moved.upsert("IPT/Ann/Session 00.md", { ipt: "session", session: 0 });
		moved.upsert("IPT/Ann/Ann.md", { ipt: "case", client: "A.B.", protocol: "group" });
		expect([moved.noteDiagnostics("IPT/Ann/Session 00.md"), moved.caseBundle("IPT/Ann/Ann.md")?.sessions.map((s) => s.session)]).toEqual([[], [0]]);
	});
});
