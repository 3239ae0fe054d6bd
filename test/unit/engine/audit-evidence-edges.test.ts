// ipt-rules.md: "Every flag and warning carries its evidence: the note paths and the
// reason, in plain words, so a clinician can check it." A reason that calls a date
// "over 6 months before onset" while the flag is strong because the date is within 6
// months (or "over 12 months" for a death inside the 12-month window) cannot be checked:
// it contradicts the rule it explains. The window's edges are calendar months, shortened
// at the month's end (6 months before 31 May is 30 November).
import { analyse, d, event, evidence, flagOf, person, ruleOf, session } from "./builders";

function analyseWith(onset: string, lastSession: string, parts: Omit<Parameters<typeof analyse>[0], "record" | "sessions">) {
	return analyse({ record: { onset: d(onset) }, sessions: [session(1, { date: d(lastSession) })], ...parts });
}

describe("evidence on a window's edge at a month's end", () => {
	it('role-transition "strong: ... dated from 6 months before onset": a move on 30 Nov is 6 months before a 31 May onset', () => {
		const move = event("Move", "move", "2025-11-30");
		expect(flagOf(analyseWith("2026-05-31", "2026-06-05", { events: [move] }), "role-transition")).toEqual({
			area: "role-transition",
			strength: "strong",
			rule: ruleOf("transition-near-onset"),
			evidence: [evidence(move.path, "Move on 2025-11-30, 6 months before onset", "transition-near-onset")],
		});
		const dayBefore = event("Move", "move", "2025-11-29");
		expect(flagOf(analyseWith("2026-05-31", "2026-06-05", { events: [dayBefore] }), "role-transition")).toEqual({
			area: "role-transition",
			strength: "possible",
			rule: ruleOf("transition-in-window"),
			evidence: [evidence(dayBefore.path, "Move on 2025-11-29, over 6 months before onset", "transition-in-window")],
		});
	});

	it('grief "strong: ... whose death date falls in the window" ("the 12 months before onset"): 28 Feb 2023 is 12 months before 29 Feb 2024', () => {
		const mum = person("Mum", { role: "mother", circle: 1, died: d("2023-02-28") });
		expect(flagOf(analyseWith("2024-02-29", "2024-03-05", { people: [mum] }), "grief")).toEqual({
			area: "grief",
			strength: "strong",
			rule: ruleOf("grief-close-death-in-window"),
			evidence: [evidence(mum.path, "Mum (mother, circle 1) died 2023-02-28, 12 months before onset", "grief-close-death-in-window")],
		});
	});

	it("says how many months after onset by the same calendar, with the shortened month's end", () => {
		const row = event("Row", "conflict", "2026-04-30");
		expect(flagOf(analyseWith("2026-01-31", "2026-05-05", { events: [row] }), "role-dispute")?.evidence).toEqual([
			evidence(row.path, "Conflict on 2026-04-30, 3 months after onset", "dispute-event"),
		]);
	});
});

describe("evidence for a date known only to the month", () => {
	it("does not call a death in the window's first month 'over 12 months before onset'", () => {
		const mum = person("Mum", { role: "mother", circle: 1, died: d("2025-03") });
		expect(flagOf(analyseWith("2026-03-15", "2026-04-01", { people: [mum] }), "grief")).toEqual({
			area: "grief",
			strength: "strong",
			rule: ruleOf("grief-close-death-in-window"),
			evidence: [evidence(mum.path, "Mum (mother, circle 1) died 2025-03, about 12 months before onset", "grief-close-death-in-window")],
		});
		const earlier = person("Mum", { role: "mother", circle: 1, died: d("2025-02") });
		expect(flagOf(analyseWith("2026-03-15", "2026-04-01", { people: [earlier] }), "grief")?.evidence).toEqual([
			evidence(earlier.path, "Mum (mother, circle 1) died 2025-02, about 13 months before onset, outside the 12-month window", "grief-close-death-other"),
		]);
	});

	it("names the month of onset itself, and counts months on either side", () => {
		const events = [event("Move", "move", "2026-03"), event("Row", "conflict", "2026-05"), event("New job", "new-job", "2025-09")];
		const analysis = analyseWith("2026-03-15", "2026-06-01", { events });
		expect(analysis.flags.flatMap((f) => f.evidence.map((e) => e.reason))).toEqual([
			"Conflict in 2026-05, about 2 months after onset",
			"Move in 2026-03, in the same month as onset",
			"New job in 2025-09, about 6 months before onset",
		]);
	});
});
