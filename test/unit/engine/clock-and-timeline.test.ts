import { analyseCase } from "../../../src/domain/engine/analyse-case";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { analyse, bundle, d, event, person, REAL_TODAY, session } from "./builders";

describe("today, onset and window", () => {
	it("takes today from the latest dated session, whatever its number", () => {
		const sessions = [session(2, { date: d("2026-02-01") }), session(3, { date: d("2026-01-20") }), session(null, { date: d("2026-02-03") })];
		expect(analyse({ sessions }).today).toBe("2026-02-03");
	});

	it("takes today from the real date when no session is dated", () => {
		expect(analyse({ sessions: [session(1)] }).today).toBe(REAL_TODAY);
	});

	it("takes onset from onset, else start, else the date of session 1", () => {
		const sessions = [session(1, { date: d("2026-01-07") }), session(2, { date: d("2026-01-14") })];
		const timeline = (record: Parameters<typeof analyse>[0]["record"]) => analyse({ record, sessions }).timeline;
		expect(timeline({ onset: d("2025-11"), start: d("2026-01-05") })).toMatchObject({ onset: "2025-11", onsetSource: "onset", windowStart: "2024-11-01", windowEnd: "2026-01-14" });
		expect(timeline({ start: d("2026-01-05") })).toMatchObject({ onset: "2026-01-05", onsetSource: "start", windowStart: "2025-01-05" });
		expect(timeline({})).toMatchObject({ onset: "2026-01-07", onsetSource: "session-1", windowStart: "2025-01-07" });
	});

	it("without any onset, looks back from today and says so in a note", () => {
		const analysis = analyse({ sessions: [session(2, { date: d("2026-03-31") })], events: [event("Move", "move", "2025-04-01")] });
		expect(analysis.timeline).toMatchObject({ onset: null, onsetSource: null, windowStart: "2025-03-31", windowEnd: "2026-03-31" });
		expect(analysis.notes).toEqual([
			"The case has no onset, start or dated session 1, so the look-back window is the 12 months before today (2026-03-31). Add onset to the case note.",
		]);
		expect(analysis.flags[0]?.evidence[0]?.reason).toBe("Move on 2025-04-01, over 11 months before today");
	});

	it("refuses a `today` that is not a date, since that is a caller's bug", () => {
		expect(() => analyseCase(bundle({}), DEFAULT_ENGINE_SETTINGS, "soon")).toThrow(RangeError);
	});
});

describe("timeline", () => {
	it("sorts dated events and measure points by date then path, leaves undated ones out, and marks the window", () => {
		const old = event("Old move", "move", "2020-06-01");
		const row = event("Row", "conflict", "2026-01-12");
		const undated = event("Someday", "other", null);
		const s1 = session(1, { date: d("2026-01-12"), scores: { phq9: 15, gad7: 9 } });
		const s2 = session(2, { scores: { phq9: 12 } });
		const analysis = analyse({ record: { onset: d("2026-01-01") }, people: [person("Sam")], events: [row, undated, old], sessions: [s2, s1] });
		expect(analysis.timeline).toEqual({
			onset: "2026-01-01",
			onsetSource: "onset",
			windowStart: "2025-01-01",
			windowEnd: "2026-01-12",
			entries: [
				{ kind: "event", date: "2020-06-01", day: d("2020-06-01").day, path: old.path, type: "move", category: "transition", inWindow: false },
				{ kind: "event", date: "2026-01-12", day: d("2026-01-12").day, path: row.path, type: "conflict", category: "dispute", inWindow: true },
				{ kind: "measure", date: "2026-01-12", day: d("2026-01-12").day, path: s1.path, measure: "phq9", score: 15, session: 1 },
				{ kind: "measure", date: "2026-01-12", day: d("2026-01-12").day, path: s1.path, measure: "gad7", score: 9, session: 1 },
			],
		});
	});
});
