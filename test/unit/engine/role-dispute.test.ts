import { analyse, event, evidence, flagOf, link, person, ruleOf, settingsWith, timing } from "./builders";

function disputeWith(parts: Omit<Parameters<typeof analyse>[0], "record" | "sessions">, settings = settingsWith({})) {
	return flagOf(analyse({ ...timing, ...parts }, settings), "role-dispute");
}

describe("role dispute", () => {
	it("is strong for conflict 2 with a living close person in a dispute stage", () => {
		const sam = person("Sam", { role: "partner", circle: 1, conflict: 2, disputeStage: "impasse" });
		expect(disputeWith({ people: [sam] })).toEqual({
			area: "role-dispute",
			strength: "strong",
			rule: ruleOf("dispute-close-conflict"),
			evidence: [evidence(sam.path, "Conflict 2 with Sam (partner, circle 1), dispute stage impasse: talking has stopped; bring the dispute back into the open", "dispute-close-conflict")],
		});
	});

	it("is strong for conflict 2 with non-reciprocal expectations", () => {
		const sam = person("Sam", { role: "partner", circle: 2, conflict: 3, expectationsReciprocal: false });
		expect(disputeWith({ people: [sam] })).toEqual({
			area: "role-dispute",
			strength: "strong",
			rule: ruleOf("dispute-close-conflict"),
			evidence: [evidence(sam.path, "Conflict 3 with Sam (partner, circle 2), role expectations not reciprocal", "dispute-close-conflict")],
		});
	});

	it("needs conflict 2: conflict 1 with a dispute stage is only possible, conflict 1 alone is nothing", () => {
		const low = person("Sam", { role: "partner", circle: 1, conflict: 1, disputeStage: "renegotiation" });
		expect(disputeWith({ people: [low] })).toEqual({
			area: "role-dispute",
			strength: "possible",
			rule: ruleOf("dispute-conflict-or-stage"),
			evidence: [evidence(low.path, "Dispute with Sam (partner, circle 1), dispute stage renegotiation: the two are still talking; improve how they communicate", "dispute-conflict-or-stage")],
		});
		expect(disputeWith({ people: [person("Sam", { circle: 1, conflict: 1, expectationsReciprocal: false })] })).toBeUndefined();
	});

	it("is possible for conflict 2 without a stage or non-reciprocal expectations", () => {
		const boss = person("Lee", { role: "boss", circle: 1, conflict: 2, expectationsReciprocal: true });
		expect(disputeWith({ people: [boss] })?.strength).toBe("possible");
	});

	it("is possible for conflict 2 outside the close circles, and never for someone who has died", () => {
		const far = person("Lee", { role: "boss", circle: 3, conflict: 2, disputeStage: "impasse" });
		expect(disputeWith({ people: [far] })).toEqual({
			area: "role-dispute",
			strength: "possible",
			rule: ruleOf("dispute-conflict-or-stage"),
			evidence: [evidence(far.path, "Conflict 2 with Lee (boss, circle 3), dispute stage impasse: talking has stopped; bring the dispute back into the open", "dispute-conflict-or-stage")],
		});
		const dad = person("Dad", { role: "father", circle: 1, conflict: 3, disputeStage: "dissolution", died: null, status: "deceased" });
		// Second edition: conflict with someone who has died is grief's evidence.
		expect(disputeWith({ people: [dad] })).toBeUndefined();
		expect(flagOf(analyse({ ...timing, people: [dad] }), "grief")?.evidence).toEqual([
			evidence(dad.path, "Dad (father, circle 1) has died; no date of death given", "grief-close-death-other"),
			evidence(dad.path, "Unresolved conflict with someone who has died: conflict 3 with Dad (father, circle 1)", "grief-conflict-with-deceased"),
		]);
	});

	it("is strong for a quiet impasse: conflict 1 with expectations that are not reciprocal", () => {
		const quiet = person("Sam", { role: "partner", circle: 3, conflict: 1, disputeStage: "impasse", expectationsReciprocal: false });
		expect(disputeWith({ people: [quiet] })).toEqual({
			area: "role-dispute",
			strength: "strong",
			rule: ruleOf("dispute-quiet-impasse"),
			evidence: [
				evidence(
					quiet.path,
					"Dispute with Sam (partner, circle 3), role expectations not reciprocal, dispute stage impasse: talking has stopped; bring the dispute back into the open",
					"dispute-quiet-impasse",
				),
			],
		});
		expect(disputeWith({ people: [{ ...quiet, conflict: 0 }] })?.strength).toBe("possible");
		expect(disputeWith({ people: [{ ...quiet, conflict: 0 }] }, settingsWith({ impasseConflictMin: 0 }))?.strength).toBe("strong");
	});

	it("names the work of a dissolution", () => {
		const ex = person("Ex", { circle: 2, conflict: 2, disputeStage: "dissolution" });
		expect(disputeWith({ people: [ex] })?.evidence[0]?.reason).toBe(
			"Conflict 2 with Ex (circle 2), dispute stage dissolution: the relationship is ending; help end it and mourn it, as in a transition",
		);
	});

	it("treats an estranged person as living", () => {
		const sister = person("Kit", { role: "sister", circle: 2, status: "estranged", conflict: 2, disputeStage: "dissolution" });
		expect(disputeWith({ people: [sister] })?.strength).toBe("strong");
	});

	it("follows the conflict threshold setting", () => {
		const sam = person("Sam", { circle: 1, conflict: 2, disputeStage: "impasse" });
		expect(disputeWith({ people: [sam] }, settingsWith({ conflictThreshold: 3 }))?.strength).toBe("possible");
	});

	it("is possible for a dispute event in the window, and nothing for one outside it", () => {
		const sam = person("Sam", { role: "partner", circle: 1 });
		const row = event("Row", "conflict", "2026-02-01", { people: [link("Sam")] });
		expect(disputeWith({ people: [sam], events: [row] })).toEqual({
			area: "role-dispute",
			strength: "possible",
			rule: ruleOf("dispute-event"),
			evidence: [evidence(row.path, "Conflict on 2026-02-01, over 1 month before onset, concerning Sam (partner, circle 1)", "dispute-event")],
		});
		expect(disputeWith({ events: [event("Old row", "betrayal", "2025-03-14")] })).toBeUndefined();
	});
});
