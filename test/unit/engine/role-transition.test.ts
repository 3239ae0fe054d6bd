import { analyse, event, evidence, flagOf, ruleOf, settingsWith, timing } from "./builders";

function transitionWith(date: string | null, settings = settingsWith({})) {
	return flagOf(analyse({ ...timing, events: [event("Change", "move", date)] }, settings), "role-transition");
}

describe("role transition", () => {
	it("is strong from 6 months before onset up to today", () => {
		const change = event("New job", "new-job", "2025-09-15");
		expect(flagOf(analyse({ ...timing, events: [change] }), "role-transition")).toEqual({
			area: "role-transition",
			strength: "strong",
			rule: ruleOf("transition-near-onset"),
			evidence: [evidence(change.path, "New job on 2025-09-15, 6 months before onset", "transition-near-onset")],
		});
		expect(transitionWith("2026-05-01")?.strength).toBe("strong");
	});

	it("is possible in the rest of the window", () => {
		expect(transitionWith("2025-09-14")?.strength).toBe("possible");
		expect(transitionWith("2025-03-15")?.strength).toBe("possible");
	});

	it("is nothing outside the window, after today or undated", () => {
		expect(transitionWith("2025-03-14")).toBeUndefined();
		expect(transitionWith("2026-05-02")).toBeUndefined();
		expect(transitionWith(null)).toBeUndefined();
	});

	it("follows the strong-range setting", () => {
		expect(transitionWith("2025-06-01", settingsWith({ transitionStrongMonths: 10 }))?.strength).toBe("strong");
	});

	it("takes the category from the type when the category is missing", () => {
		const uncategorised = event("Move", "move", "2026-01-01", { category: null });
		expect(flagOf(analyse({ ...timing, events: [uncategorised] }), "role-transition")?.strength).toBe("strong");
	});

	it("does not count other kinds of events", () => {
		expect(flagOf(analyse({ ...timing, events: [event("Other", "other", "2026-01-01")] }), "role-transition")).toBeUndefined();
	});
});
