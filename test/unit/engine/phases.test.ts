import { casePhase, phasePlan, phaseSpans, sessionPhase } from "../../../src/domain/engine/phases";
import { PROTOCOLS, type Protocol } from "../../../src/domain/model/vocabulary";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { analyse, caseRecord, session, settingsWith, weeklySessions } from "./builders";

function phaseAt(last: number, record: Parameters<typeof caseRecord>[0] = {}) {
	return analyse({ record, sessions: weeklySessions(last, "2026-01-05") }).phase;
}

describe("phases", () => {
	// IPT-A (Mufson): final 9-12; WHO Group IPT: final 8.
	const firstFinal: Record<Protocol, number> = { standard: 14, brief: 7, adolescent: 9, group: 8, perinatal: 10 };

	it.each(PROTOCOLS)("%s: the final phase starts at planned - final + 1", (protocol) => {
		const first = firstFinal[protocol];
		expect(phaseAt(first - 1, { protocol })).toBe("middle");
		expect(phaseAt(first, { protocol })).toBe("final");
	});

	it.each(PROTOCOLS)("%s: the initial phase lasts its initial length", (protocol) => {
		const initial = DEFAULT_ENGINE_SETTINGS.protocols[protocol].initial;
		expect(phaseAt(initial, { protocol })).toBe("initial");
		expect(phaseAt(initial + 1, { protocol })).toBe("middle");
	});

	it("lets planned_sessions override the protocol's count", () => {
		expect(phaseAt(9, { plannedSessions: 12 })).toBe("middle");
		expect(phaseAt(10, { plannedSessions: 12 })).toBe("final");
		expect(analyse({ record: { plannedSessions: 12 } }).plannedSessions).toBe(12);
		expect(analyse({ record: { plannedSessions: 0 } }).plannedSessions).toBe(16);
	});

	it("follows the protocol table of the settings", () => {
		const settings = settingsWith({ protocols: { ...DEFAULT_ENGINE_SETTINGS.protocols, standard: { planned: 20, initial: 4, final: 5 } } });
		const analysis = analyse({ sessions: weeklySessions(16, "2026-01-05") }, settings);
		expect([analysis.plannedSessions, analysis.phase]).toEqual([20, "final"]);
	});

	it("lets the initial phase win when planned sessions are too few for both phases", () => {
		const plan = phasePlan(caseRecord({ plannedSessions: 4 }), DEFAULT_ENGINE_SETTINGS);
		expect([1, 2, 3, 4, 5].map((k) => casePhase(plan, k))).toEqual(["initial", "initial", "initial", "final", "final"]);
		expect(phaseSpans(plan, 5)).toEqual([
			{ phase: "initial", first: 1, last: 3 },
			{ phase: "final", first: 4, last: 5 },
		]);
	});

	it("is initial before any session", () => {
		expect(analyse({}).phase).toBe("initial");
	});

	it("is maintenance for a case in maintenance, whatever its sessions", () => {
		expect(phaseAt(2, { status: "maintenance" })).toBe("maintenance");
		expect(analyse({ record: { status: "maintenance" } }).phase).toBe("maintenance");
	});

	it("keeps a session's own phase to that session", () => {
		const record = caseRecord();
		const early = session(12, { phase: "final" });
		expect(sessionPhase(early, record, DEFAULT_ENGINE_SETTINGS)).toBe("final");
		expect(sessionPhase(session(11), record, DEFAULT_ENGINE_SETTINGS)).toBe("middle");
		expect(analyse({ sessions: [session(11), early] }).phase).toBe("middle");
	});

	it("gives each session its computed phase, maintenance past the plan in a maintenance case, and null without a number", () => {
		const record = caseRecord({ status: "maintenance" });
		expect([3, 4, 14, 16, 17].map((k) => sessionPhase(session(k), record, DEFAULT_ENGINE_SETTINGS))).toEqual(["initial", "middle", "final", "final", "maintenance"]);
		expect(sessionPhase(session(null), record, DEFAULT_ENGINE_SETTINGS)).toBeNull();
		expect(sessionPhase(session(null, { phase: "middle" }), record, DEFAULT_ENGINE_SETTINGS)).toBe("middle");
	});

	it("spans the phases over the planned sessions and any held beyond them", () => {
		expect(analyse({}).phaseSpans).toEqual([
			{ phase: "initial", first: 1, last: 3 },
			{ phase: "middle", first: 4, last: 13 },
			{ phase: "final", first: 14, last: 16 },
		]);
		expect(analyse({ sessions: [session(18)] }).phaseSpans.slice(-1)).toEqual([{ phase: "final", first: 14, last: 18 }]);
	});

	it("counts distinct usable session numbers", () => {
		const analysis = analyse({ sessions: [session(1), session(2), session(2, { path: "b.md" }), session(null), session(0), session(2.5)] });
		expect([analysis.sessionsHeld, analysis.lastSession]).toEqual([2, 2]);
	});
});
