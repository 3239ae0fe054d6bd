import { KeySpelling } from "../../../src/domain/schema/key-spelling";

const PERSON_KEYS = ["case", "name", "role", "circle", "contact", "support", "conflict", "status", "died", "dispute_stage", "expectations_reciprocal", "confidant", "related"];
const spelling = new KeySpelling(PERSON_KEYS, new Set(["date", "session", "type"]));

describe("KeySpelling.suggest", () => {
	test.each([
		["cirle", "circle"],
		["circel", "circle"],
		["Circle", "circle"],
		["ROLE", "role"],
		["nmae", "name"],
		["contcat", "contact"],
		["conflcit", "conflict"],
		["dispute stage", "dispute_stage"],
		["disputeStage", "dispute_stage"],
		["dispute_stag", "dispute_stage"],
		["expectation_reciprocal", "expectations_reciprocal"],
		["expectations_reciprocol", "expectations_reciprocal"],
		["confidante", "confidant"],
		["confident", "confidant"],
		["relatd", "related"],
		["cases", "case"],
	])("%j looks like %j", (key, known) => {
		expect(spelling.suggest(key)).toBe(known);
	});

	test.each(["tags", "aliases", "cssclasses", "ipt", "created", "modified", "title", "date", "session", "type", "notes", "birthday", "__proto__", "constructor", "x", "", "phone"])(
		"%j is the user's own key",
		(key) => {
			expect(spelling.suggest(key)).toBeNull();
		},
	);

	test("keys naming other scales are not slips of a key with other digits", () => {
		const scores = new KeySpelling(["phq9", "gad7", "hamd_item3", "epds_item10"], new Set());
		expect(scores.suggest("phq8")).toBeNull();
		expect(scores.suggest("gad2")).toBeNull();
		expect(scores.suggest("hamd_item_4")).toBeNull();
		expect(scores.suggest("PHQ-9")).toBe("phq9");
		expect(scores.suggest("epds_item_10")).toBe("epds_item10");
	});

	test("answers are the same when asked again, and very long keys are handled", () => {
		expect(spelling.suggest("cirle")).toBe("circle");
		expect(spelling.suggest("cirle")).toBe("circle");
		expect(spelling.suggest("c".repeat(100_000))).toBeNull();
	});

	test("the nearest known key wins", () => {
		const near = new KeySpelling(["contact", "contract"], new Set());
		expect(near.suggest("contrat")).toBe("contract");
		expect(near.suggest("conact")).toBe("contact");
	});
});
