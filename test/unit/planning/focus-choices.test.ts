import type { Flag } from "../../../src/domain/engine/analysis";
import { focusChoices, strengthText } from "../../../src/domain/planning/focus-choices";

const rule = { id: "dispute-quiet-impasse", text: "Strong: an impasse" };
const dispute: Flag = { area: "role-dispute", strength: "strong", rule, evidence: [{ path: "IPT/Jo/People/Ann.md", reason: "conflict 3 at impasse", rule }] };

describe("focusChoices", () => {
	it("offers the four areas with their flags and the case's current focus", () => {
		const choices = focusChoices("four-areas", [dispute], ["grief"]);
		expect(choices.map((c) => [c.area, c.label, c.flag?.strength ?? null, c.chosen])).toEqual([
			["grief", "Grief", null, true],
			["role-dispute", "Role dispute", "strong", false],
			["role-transition", "Role transition", null, false],
			["interpersonal-sensitivity", "Interpersonal sensitivity", null, false],
		]);
	});

	it("offers three areas in the three-area scheme, with its names", () => {
		expect(focusChoices("three-areas", [], []).map((c) => c.label)).toEqual(["Grief and loss", "Interpersonal disputes", "Role transitions"]);
	});

	it("still offers sensitivity there when the focus holds it, so it can be taken out", () => {
		expect(focusChoices("three-areas", [], ["interpersonal-sensitivity"]).map((c) => c.area)).toContain("interpersonal-sensitivity");
	});
});

describe("strengthText", () => {
	it("says how strong the evidence is", () => {
		expect(strengthText(dispute)).toBe("Strong evidence");
		expect(strengthText({ ...dispute, strength: "possible" })).toBe("Possible");
		expect(strengthText(null)).toBe("No evidence in the notes");
	});
});
