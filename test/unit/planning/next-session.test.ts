import { planNextSession } from "../../../src/domain/planning/next-session";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { bundle, session } from "../engine/builders";

const plan = (parts: Parameters<typeof bundle>[0]) => planNextSession(bundle(parts), DEFAULT_ENGINE_SETTINGS);

describe("planNextSession", () => {
	it("starts a case without sessions at session 1, initial phase, nothing to review", () => {
		expect(plan({})).toEqual({ number: 1, phase: "initial", focus: [], previous: null });
	});

	it("numbers one past the highest, whatever the gaps and notes without a number", () => {
		const next = plan({ sessions: [session(1), session(2), session(5), session(null), session(0)] });
		expect(next.number).toBe(6);
		expect(next.previous?.number).toBe(5);
	});

	it("treats every note sharing the highest number as the previous session", () => {
		const a = session(4, { path: "IPT/Jo/Sessions/Session 04.md", homework: ["Call Ann", "Walk daily"] });
		const b = session(4, { path: "IPT/Jo/Sessions/Session 04 (copy).md", homework: ["Walk daily", "  ", "Write to Ben"] });
		const next = plan({ sessions: [session(3), a, b] });
		expect(next.number).toBe(5);
		expect(next.previous).toEqual({ number: 4, paths: [b.path, a.path], homework: ["Walk daily", "Write to Ben", "Call Ann"] });
	});

	it("computes the phase from the protocol and the planned sessions", () => {
		expect(plan({ sessions: [session(1), session(2)] }).phase).toBe("initial");
		expect(plan({ sessions: [session(3)] }).phase).toBe("middle");
		expect(plan({ sessions: [session(13)] }).phase).toBe("final");
		expect(plan({ record: { protocol: "brief" }, sessions: [session(5)] }).phase).toBe("middle");
		expect(plan({ record: { protocol: "brief" }, sessions: [session(6)] }).phase).toBe("final");
		expect(plan({ record: { plannedSessions: 20 }, sessions: [session(13)] }).phase).toBe("middle");
	});

	it("gives a maintenance case's sessions past the planned count the maintenance phase", () => {
		expect(plan({ record: { status: "maintenance" }, sessions: [session(16)] }).phase).toBe("maintenance");
	});

	it("carries the case's agreed focus forward", () => {
		const next = plan({ record: { focus: ["role-dispute"] }, sessions: [session(2, { focus: ["grief"] })] });
		expect(next.focus).toEqual(["role-dispute"]);
	});

	it("falls back to the previous session's focus when the case has none", () => {
		const next = plan({ sessions: [session(1, { focus: ["grief"] }), session(2, { focus: ["role-transition"] })] });
		expect(next.focus).toEqual(["role-transition"]);
	});
});
