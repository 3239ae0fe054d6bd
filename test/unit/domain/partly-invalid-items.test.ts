// A questionnaire's item list with an unusable item: the error names the file and the
// field, the usable items are kept so that a positive safety item is still seen, and
// no total is computed from the incomplete list.
import { safetyItems } from "../../../src/domain/engine/safety";
import { NOTE_PATH, parseAs, said } from "./parse-helpers";

const EXPECTED = "expected 9 whole numbers from 0 to 3, one per item";

describe("a PHQ-9 item list with an unusable item", () => {
	test("keeps a positive item 9 for the safety check, with an error naming the file and field", () => {
		const { record, diagnostics } = parseAs("session", { session: 4, phq9_items: [1, 1, 7, 1, 1, 1, 1, 1, 2] });
		expect(diagnostics).toEqual([{ path: NOTE_PATH, field: "phq9_items", severity: "error", message: `phq9_items: item 3 is 7; ${EXPECTED}` }]);
		expect(record.phq9Items).toEqual([1, 1, null, 1, 1, 1, 1, 1, 2]);
		expect(safetyItems([record], 0)).toEqual([
			{ measure: "phq9", item: 9, key: "phq9_items", score: 2, raw: "2", reason: "positive", session: 4, date: null, path: NOTE_PATH, reviewed: false, raisedDaysAgo: null },
		]);
	});

	test("computes no total from the usable items alone", () => {
		const { record } = parseAs("session", { session: 4, phq9_items: [3, 3, "x", 3, 3, 3, 3, 3, 1] });
		expect(record.scores).toEqual({});
	});

	test("keeps a total written beside it, without comparing it to a partial sum", () => {
		const { record, diagnostics } = parseAs("session", { session: 4, phq9: 20, phq9_items: [3, 3, -1, 3, 3, 3, 3, 3, 1] });
		expect(record.scores).toEqual({ phq9: 20 });
		expect(said(diagnostics)).toEqual([`error phq9_items: item 3 is -1; ${EXPECTED}`]);
	});

	test("names every unusable item in one error; a score written as text is read", () => {
		const { record, diagnostics } = parseAs("session", { session: 4, phq9_items: ["1", 0, 0, 0, 1.5, 0, 0, 0, "yes"] });
		expect(record.phq9Items).toEqual([1, 0, 0, 0, null, 0, 0, 0, null]);
		expect(said(diagnostics)).toEqual([
			`error phq9_items: item 5 is 1.5, item 9 is "yes"; ${EXPECTED}`,
		]);
		// An item 9 that cannot be read is raised, never dropped (issue 12).
		expect(safetyItems([record], 0)).toEqual([
			{ measure: "phq9", item: 9, key: "phq9_items", score: null, raw: '"yes"', reason: "unreadable", session: 4, date: null, path: NOTE_PATH, reviewed: false, raisedDaysAgo: null },
		]);
	});

	test("a GAD-7 list keeps its usable items the same way", () => {
		const { record } = parseAs("session", { session: 4, gad7_items: [0, 1, 2, 3, 4, 1, 2] });
		expect(record.gad7Items).toEqual([0, 1, 2, 3, null, 1, 2]);
		expect(record.scores).toEqual({});
	});
});
