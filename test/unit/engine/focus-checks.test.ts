import { analyse, CASE_PATH, d, event, person, ruleOf, settingsWith, timing, warningsOf } from "./builders";

const strongDispute = person("Sam", { role: "partner", circle: 1, conflict: 2, disputeStage: "impasse" });

describe("focus checks", () => {
	it("warns about more than two focus areas, and not about two", () => {
		const three = analyse({ ...timing, record: { ...timing.record, focus: ["grief", "role-dispute", "role-transition"] } });
		expect(warningsOf(three, "too-many-focus-areas")).toEqual([
			{
				id: "too-many-focus-areas",
				message: "The case's focus holds 3 areas (Grief, Role dispute, Role transition); IPT works on one, at most 2. Agree with the client which matter most.",
				path: CASE_PATH,
				session: null,
				rule: ruleOf("too-many-focus-areas"),
			},
		]);
		expect(warningsOf(analyse({ record: { focus: ["grief", "role-dispute"] } }), "too-many-focus-areas")).toEqual([]);
	});

	it("warns about a focus area no rule flags, not about one flagged even possibly", () => {
		const analysis = analyse({ ...timing, record: { ...timing.record, focus: ["grief", "role-transition"] }, events: [event("Move", "move", "2025-04-01")] });
		expect(warningsOf(analysis, "focus-without-evidence")).toEqual([
			{
				id: "focus-without-evidence",
				message: "Grief is in the case's focus, but no person or event note gives evidence for it. Record the people and events behind it, or revisit the focus.",
				path: CASE_PATH,
				session: null,
				rule: ruleOf("focus-without-evidence"),
			},
		]);
	});

	it("warns about interpersonal sensitivity in the focus while another area is strong", () => {
		const focus = ["interpersonal-sensitivity", "role-dispute"] as const;
		const analysis = analyse({ ...timing, record: { ...timing.record, focus: [...focus] }, people: [strongDispute] });
		expect(warningsOf(analysis, "sensitivity-with-other-areas")).toEqual([
			{
				id: "sensitivity-with-other-areas",
				message:
					"Interpersonal sensitivity is in the focus while Role dispute has strong evidence. Sensitivity is for cases where no other area applies; consider focusing on the flagged area instead.",
				path: CASE_PATH,
				session: null,
				rule: ruleOf("sensitivity-with-other-areas"),
			},
		]);
	});

	it("does not warn about sensitivity beside an area that is only possible", () => {
		const possible = person("Sam", { circle: 3, conflict: 2 });
		const analysis = analyse({ ...timing, record: { ...timing.record, focus: ["interpersonal-sensitivity"] }, people: [possible] });
		expect(warningsOf(analysis, "sensitivity-with-other-areas")).toEqual([]);
		expect(warningsOf(analysis, "focus-without-evidence").map((w) => w.message)).toEqual([
			"Interpersonal sensitivity is in the case's focus, but no person or event note gives evidence for it. Record the people and events behind it, or revisit the focus.",
		]);
	});

	it("explains sensitivity in the focus under the three-area scheme", () => {
		const lonely = person("Kim", { circle: 3, support: 0, died: null });
		const analysis = analyse({ ...timing, record: { ...timing.record, focus: ["interpersonal-sensitivity"] }, people: [lonely] }, settingsWith({ scheme: "three-areas" }));
		expect(warningsOf(analysis, "focus-without-evidence").map((w) => w.message)).toEqual([
			"Interpersonal sensitivity is in the case's focus, but the three-area scheme treats it as a complicating factor, not a problem area. Choose grief and loss, disputes or a transition as the focus.",
		]);
	});

	it("is quiet for a focus that matches the flags", () => {
		const mum = person("Mum", { circle: 1, died: d("2026-01-01") });
		const analysis = analyse({ ...timing, record: { ...timing.record, focus: ["grief"] }, people: [mum] });
		expect(analysis.warnings.filter((w) => w.id.includes("focus") || w.id.includes("sensitivity"))).toEqual([]);
	});
});
