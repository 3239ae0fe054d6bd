import { analyse, d, event, evidence, flagOf, link, person, ruleOf, settingsWith, timing } from "./builders";

function griefWith(parts: Omit<Parameters<typeof analyse>[0], "record" | "sessions">) {
	return flagOf(analyse({ ...timing, ...parts }), "grief");
}

describe("grief", () => {
	it("is strong for a close person who died in the window, with a checkable reason", () => {
		const mum = person("Anna", { role: "mother", circle: 1, died: d("2026-01-02") });
		expect(griefWith({ people: [mum] })).toEqual({
			area: "grief",
			strength: "strong",
			rule: ruleOf("grief-close-death-in-window"),
			evidence: [evidence(mum.path, "Anna (mother, circle 1) died 2026-01-02, over 2 months before onset", "grief-close-death-in-window")],
		});
	});

	it("counts a death exactly at the window's start, and not one day earlier", () => {
		const atEdge = person("Anna", { role: "mother", circle: 2, died: d("2025-03-15") });
		expect(griefWith({ people: [atEdge] })?.strength).toBe("strong");
		const outside = person("Anna", { role: "mother", circle: 2, died: d("2025-03-14") });
		expect(griefWith({ people: [outside] })).toEqual({
			area: "grief",
			strength: "possible",
			rule: ruleOf("grief-close-death-other"),
			evidence: [evidence(outside.path, "Anna (mother, circle 2) died 2025-03-14, over 12 months before onset, outside the 12-month window", "grief-close-death-other")],
		});
	});

	it("counts a death on today, the latest session's date, and not one day later", () => {
		expect(griefWith({ people: [person("Anna", { circle: 1, died: d("2026-05-01") })] })?.strength).toBe("strong");
		expect(griefWith({ people: [person("Anna", { circle: 1, died: d("2026-05-02") })] })?.strength).toBe("possible");
	});

	it("counts a month-precision death when any day of that month is in the window", () => {
		expect(griefWith({ people: [person("Anna", { circle: 1, died: d("2025-03") })] })?.strength).toBe("strong");
		expect(griefWith({ people: [person("Anna", { circle: 1, died: d("2025-02") })] })?.strength).toBe("possible");
	});

	it("is possible for a close person marked deceased without a date", () => {
		const dad = person("Dad", { role: "father", circle: 2, status: "deceased" });
		expect(griefWith({ people: [dad] })).toEqual({
			area: "grief",
			strength: "possible",
			rule: ruleOf("grief-close-death-other"),
			evidence: [evidence(dad.path, "Dad (father, circle 2) has died; no date of death given", "grief-close-death-other")],
		});
	});

	it("ignores deaths of people outside circles 1 and 2, and people with no circle", () => {
		expect(griefWith({ people: [person("Uncle", { circle: 3, died: d("2026-01-02") }), person("Neighbour", { died: d("2026-01-02") })] })).toBeUndefined();
	});

	it("follows the close-circle setting", () => {
		const uncle = person("Uncle", { circle: 3, died: d("2026-01-02") });
		const wide = analyse({ ...timing, people: [uncle] }, settingsWith({ closeCircleMax: 3 }));
		expect(flagOf(wide, "grief")?.strength).toBe("strong");
	});

	it("is strong for a death event in the window that concerns a close person", () => {
		const mum = person("Anna", { role: "mother", circle: 1 });
		const death = event("Mum died", "death", "2026-02-10", { people: [link("Anna")] });
		expect(griefWith({ people: [mum], events: [death] })).toEqual({
			area: "grief",
			strength: "strong",
			rule: ruleOf("grief-close-death-event"),
			evidence: [evidence(death.path, "Death on 2026-02-10, over 1 month before onset, concerning Anna (mother, circle 1)", "grief-close-death-event")],
		});
	});

	it("is possible for a death event in the window without a close person, and nothing outside it", () => {
		const friend = person("Kim", { role: "friend", circle: 3 });
		expect(griefWith({ people: [friend], events: [event("Kim died", "death", "2026-02-10", { people: [link("Kim")] })] })?.strength).toBe("possible");
		expect(griefWith({ events: [event("Someone died", "death", "2026-02-10")] })?.strength).toBe("possible");
		expect(griefWith({ events: [event("Old death", "death", "2024-01-01")] })).toBeUndefined();
		expect(griefWith({ events: [event("Undated death", "death", null)] })).toBeUndefined();
	});

	it("never counts losses that are not deaths", () => {
		const analysis = analyse({ ...timing, events: [event("Divorce", "divorce", "2026-01-01"), event("Job", "job-loss", "2026-01-01")] });
		expect(flagOf(analysis, "grief")).toBeUndefined();
		expect(flagOf(analysis, "role-transition")?.strength).toBe("strong");
	});

	it("appears once, at its strongest, with every rule's evidence, strong first", () => {
		const dad = person("Dad", { role: "father", circle: 2, status: "deceased" });
		const mum = person("Mum", { role: "mother", circle: 1, died: d("2026-02-10") });
		const death = event("Mum died", "death", "2026-02-10", { people: [link("Mum")] });
		const flag = griefWith({ people: [dad, mum], events: [death] });
		expect(flag?.strength).toBe("strong");
		expect(flag?.evidence.map((e) => e.path)).toEqual([mum.path, death.path, dad.path]);
		expect(analyse({ ...timing, people: [dad, mum], events: [death] }).flags.filter((f) => f.area === "grief")).toHaveLength(1);
	});
});

describe("grief markers", () => {
	it("make a death in circle 1 or 2 strong whatever its date", () => {
		const gran = person("Gran", { role: "grandmother", circle: 2, died: d("2015-05-01"), griefMarkers: ["delayed", "anniversary"] });
		const flag = flagOf(analyse({ ...timing, people: [gran] }), "grief");
		expect(flag?.strength).toBe("strong");
		expect(flag?.evidence[0]?.reason).toMatch(/^Gran \(grandmother, circle 2\) died 2015-05-01, .*; signs of complicated grief: delayed, anniversary$/);
		expect(flagOf(analyse({ ...timing, people: [{ ...gran, griefMarkers: [] }] }), "grief")?.strength).toBe("possible");
		expect(flagOf(analyse({ ...timing, people: [{ ...gran, circle: 3 }] }), "grief")).toBeUndefined();
	});
});
