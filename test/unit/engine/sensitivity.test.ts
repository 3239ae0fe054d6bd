import { problemAreaLabel } from "../../../src/domain/engine/problem-area-labels";
import { PROBLEM_AREAS } from "../../../src/domain/model/vocabulary";
import { analyse, CASE_PATH, d, event, evidence, flagOf, person, ruleOf, session, settingsWith, timing } from "./builders";

const EXCLUSION =
	"A diagnosis of exclusion: considered only because the inventory is complete and no other area is flagged; the expected course is poorer than in the other areas";

function sensitivityFor(people: ReturnType<typeof person>[], settings = settingsWith({})) {
	return flagOf(analyse({ ...timing, people }, settings), "interpersonal-sensitivity");
}

describe("interpersonal sensitivity", () => {
	it("is not considered until a session records the inventory", () => {
		const alone = [person("Kim", { circle: 3, support: 0 })];
		const analysis = analyse({ record: timing.record, people: alone, sessions: [session(1, { date: d("2026-04-01") })] });
		expect([flagOf(analysis, "interpersonal-sensitivity"), analysis.sensitivityConsidered]).toEqual([undefined, false]);
		expect(analyse({ ...timing, people: alone }).sensitivityConsidered).toBe(true);
	});

	it("is strong with no one in circle 1 and at most one person giving support 2", () => {
		const people = [person("Kim", { circle: 2, support: 2 }), person("Lee", { circle: 3, support: 1 })];
		expect(sensitivityFor(people)).toEqual({
			area: "interpersonal-sensitivity",
			strength: "strong",
			rule: ruleOf("sensitivity-thin-inventory-strong"),
			evidence: [
				evidence(CASE_PATH, "No one in circle 1 among the 2 people in the inventory", "sensitivity-thin-inventory-strong"),
				evidence(CASE_PATH, "Only 1 person gives support 2 or more: Kim", "sensitivity-thin-inventory-strong"),
				evidence(CASE_PATH, EXCLUSION, "sensitivity-exclusion"),
			],
		});
	});

	it("is possible with no one in circle 1 but two supporters", () => {
		const people = [person("Kim", { circle: 2, support: 2 }), person("Lee", { circle: 2, support: 3 })];
		expect(sensitivityFor(people)).toEqual({
			area: "interpersonal-sensitivity",
			strength: "possible",
			rule: ruleOf("sensitivity-thin-inventory-possible"),
			evidence: [
				evidence(CASE_PATH, "No one in circle 1 among the 2 people in the inventory", "sensitivity-thin-inventory-possible"),
				evidence(CASE_PATH, "Only 2 people give support 2 or more: Kim, Lee", "sensitivity-thin-inventory-possible"),
				evidence(CASE_PATH, EXCLUSION, "sensitivity-exclusion"),
			],
		});
	});

	it("is possible with one person in circle 1 even when many give support", () => {
		const people = [person("Kim", { circle: 1, support: 3 }), person("Lee", { circle: 2, support: 3 }), person("Max", { circle: 2, support: 2 })];
		expect(sensitivityFor(people)).toEqual({
			area: "interpersonal-sensitivity",
			strength: "possible",
			rule: ruleOf("sensitivity-thin-inventory-possible"),
			evidence: [
				evidence(CASE_PATH, "Only Kim in circle 1", "sensitivity-thin-inventory-possible"),
				evidence(CASE_PATH, EXCLUSION, "sensitivity-exclusion"),
			],
		});
	});

	it("is nothing with two in circle 1 and three supporters", () => {
		const people = [person("Kim", { circle: 1, support: 3 }), person("Lee", { circle: 1, support: 3 }), person("Max", { circle: 2, support: 2 })];
		expect(sensitivityFor(people)).toBeUndefined();
	});

	it("is possible with two in circle 1 when few give support", () => {
		const people = [person("Kim", { circle: 1, support: 1 }), person("Lee", { circle: 1, support: 1 })];
		expect(sensitivityFor(people)?.evidence).toEqual([
			evidence(CASE_PATH, "No one gives support 2 or more", "sensitivity-thin-inventory-possible"),
			evidence(CASE_PATH, EXCLUSION, "sensitivity-exclusion"),
		]);
	});

	it("counts every person of the inventory, as the rule says, also one who has died", () => {
		const people = [
			person("Gran", { circle: 3, support: 3, died: d("2010-01-01") }),
			person("Kim", { circle: 2, support: 2 }),
			person("Lee", { circle: 3, support: 0 }),
		];
		const flag = sensitivityFor(people);
		expect(flag?.strength).toBe("possible");
		expect(flag?.evidence).toEqual([
			evidence(CASE_PATH, "No one in circle 1 among the 3 people in the inventory", "sensitivity-thin-inventory-possible"),
			evidence(CASE_PATH, "Only 2 people give support 2 or more: Gran, Kim", "sensitivity-thin-inventory-possible"),
			evidence(CASE_PATH, EXCLUSION, "sensitivity-exclusion"),
		]);
	});

	it("reads out-of-range circles and support as neither close nor supportive", () => {
		const odd = [person("Kim", { circle: 7, support: -1 }), person("Lee", { circle: 0, support: NaN })];
		expect(sensitivityFor(odd)?.strength).toBe("strong");
	});

	it("follows the support threshold setting", () => {
		const people = [person("Kim", { circle: 1, support: 2 }), person("Lee", { circle: 1, support: 2 }), person("Max", { circle: 2, support: 2 })];
		expect(sensitivityFor(people)).toBeUndefined();
		expect(sensitivityFor(people, settingsWith({ supportThreshold: 3 }))?.strength).toBe("possible");
	});

	it("gives no flag for an empty inventory", () => {
		expect(analyse({ ...timing }).flags).toEqual([]);
	});

	it("is considered only when no other area is flagged at all, even possibly", () => {
		const lonely = [person("Kim", { circle: 3, support: 0 })];
		const analysis = analyse({ ...timing, people: lonely, events: [event("Move", "move", "2025-04-01")] });
		expect(analysis.flags.map((f) => [f.area, f.strength])).toEqual([["role-transition", "possible"]]);
	});
});

describe("the three-area scheme", () => {
	const threeAreas = settingsWith({ scheme: "three-areas" });
	const lonely = [person("Kim", { circle: 2, support: 1 })];

	it("never flags interpersonal sensitivity, and says so in a case note", () => {
		const analysis = analyse({ ...timing, people: lonely }, threeAreas);
		expect(analysis.flags).toEqual([]);
		expect(analysis.notes).toEqual([
			"Interpersonal sensitivity is a strong complicating factor: No one in circle 1 among the 1 person in the inventory; No one gives support 2 or more. " +
				"In the three-area scheme it is not a problem area; take it into account in the formulation.",
		]);
	});

	it("keeps the other areas and their ids, and notes the complicating factor beside them", () => {
		const analysis = analyse({ ...timing, people: lonely, events: [event("Move", "move", "2026-01-01")] }, threeAreas);
		expect(analysis.flags.map((f) => f.area)).toEqual(["role-transition"]);
		expect(analysis.notes).toEqual([expect.stringMatching(/^Interpersonal sensitivity is a strong complicating factor: /) as string]);
	});

	it("notes nothing when the inventory shows enough closeness and support", () => {
		const supported = [person("Kim", { circle: 1, support: 3 }), person("Lee", { circle: 1, support: 2 }), person("Max", { circle: 2, support: 2 })];
		const analysis = analyse({ ...timing, people: supported, events: [event("Move", "move", "2026-01-01")] }, threeAreas);
		expect(analysis.notes).toEqual([]);
	});

	it("names the areas after each scheme", () => {
		expect(PROBLEM_AREAS.map((a) => problemAreaLabel(a, "four-areas"))).toEqual(["Grief", "Role dispute", "Role transition", "Interpersonal sensitivity"]);
		expect(PROBLEM_AREAS.map((a) => problemAreaLabel(a, "three-areas"))).toEqual([
			"Grief and loss",
			"Interpersonal disputes",
			"Role transitions",
			"Interpersonal sensitivity (complicating factor)",
		]);
	});
});

describe("all flags together", () => {
	it("lists only flagged areas, in the canonical order", () => {
		const people = [person("Mum", { circle: 1, died: d("2026-01-01") }), person("Sam", { circle: 1, conflict: 2, disputeStage: "impasse" })];
		const analysis = analyse({ ...timing, people, events: [event("Move", "move", "2026-01-01")] });
		expect(analysis.flags.map((f) => f.area)).toEqual(["grief", "role-dispute", "role-transition"]);
	});
});
