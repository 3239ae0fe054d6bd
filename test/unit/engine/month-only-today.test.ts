// "Today" when the latest session is dated to the month only: the month's last day,
// never after the real today, so the look-back window ends where the note allows.
import { analyseCase } from "../../../src/domain/engine/analyse-case";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { analyse, bundle, d, event, flagOf, REAL_TODAY, session } from "./builders";

const onset = { onset: d("2026-01-01") };

describe("a month-only date on the latest session", () => {
	it("makes today the last day of that month", () => {
		expect(REAL_TODAY > "2026-03-31").toBe(true);
		const analysis = analyse({ record: onset, sessions: [session(1, { date: d("2026-02-10") }), session(2, { date: d("2026-03") })] });
		expect(analysis.today).toBe("2026-03-31");
		expect(analysis.timeline.windowEnd).toBe("2026-03-31");
	});

	it("keeps an event on the month's last day inside the window, and the next day outside", () => {
		const lastDay = event("Row", "conflict", "2026-03-31");
		const nextDay = event("Later row", "conflict", "2026-04-01");
		const analysis = analyse({ record: onset, events: [lastDay, nextDay], sessions: [session(1, { date: d("2026-03") })] });
		const inWindow = analysis.timeline.entries.flatMap((entry) => (entry.kind === "event" ? [[entry.path, entry.inWindow]] : []));
		expect(inWindow).toEqual([
			[lastDay.path, true],
			[nextDay.path, false],
		]);
		expect(flagOf(analysis, "role-dispute")?.evidence.map((e) => e.path)).toEqual([lastDay.path]);
	});

	it("is capped by the real today when that falls within the month", () => {
		const current = bundle({ record: onset, sessions: [session(1, { date: d("2026-03") })] });
		expect(analyseCase(current, DEFAULT_ENGINE_SETTINGS, "2026-03-10").today).toBe("2026-03-10");
	});

	it("keeps the month's first day when the whole month is still to come", () => {
		const ahead = bundle({ record: onset, sessions: [session(1, { date: d("2026-03") })] });
		expect(analyseCase(ahead, DEFAULT_ENGINE_SETTINGS, "2026-02-20").today).toBe("2026-03-01");
	});

	it("wins over an earlier day-precise date in the same month", () => {
		const analysis = analyse({ record: onset, sessions: [session(1, { date: d("2026-03-15") }), session(2, { date: d("2026-03") })] });
		expect(analysis.today).toBe("2026-03-31");
	});

	it("moves the window's start with today when the case has no onset", () => {
		const analysis = analyse({ sessions: [session(2, { date: d("2026-03") })] });
		expect(analysis.timeline).toMatchObject({ windowStart: "2025-03-31", windowEnd: "2026-03-31" });
	});
});
