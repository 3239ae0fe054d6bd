// The whole-number check that note fields and settings share, and the note fields built on it.
import { isWholeNumber } from "../../../src/domain/schema/whole-number";
import { parseAs, said } from "./parse-helpers";

describe("isWholeNumber", () => {
	test("takes a bounded range's both ends and nothing past them", () => {
		expect([0, 1, 2, 3, 4].map((n) => isWholeNumber(n, 1, 3))).toEqual([false, true, true, true, false]);
		expect(isWholeNumber(-0, 0, 3)).toBe(true);
	});

	test("has no top when max is null, up to the largest number counted exactly", () => {
		expect(isWholeNumber(0, 1, null)).toBe(false);
		expect(isWholeNumber(1, 1, null)).toBe(true);
		expect(isWholeNumber(Number.MAX_SAFE_INTEGER, 1, null)).toBe(true);
		expect(isWholeNumber(Number.MAX_SAFE_INTEGER + 1, 1, null)).toBe(false);
	});

	test.each([1.5, 2.0000001, NaN, Infinity, -Infinity, "2", " 2", null, undefined, true, [2], { value: 2 }])("refuses %p", (value) => {
		expect(isWholeNumber(value, 0, null)).toBe(false);
		expect(isWholeNumber(value, 0, 10)).toBe(false);
	});
});

describe("whole-number note fields", () => {
	test("a ring out of the ring count, a fraction, NaN or Infinity is an error and reads as nothing", () => {
		for (const circle of [0, 4, 1.5, NaN, Infinity]) {
			const { record, diagnostics } = parseAs("person", { circle });
			expect(record.circle).toBeNull();
			expect(said(diagnostics)).toEqual([`error circle: ${circle} is not a closeness ring; expected a whole number from 1 to 3`]);
		}
		expect(parseAs("person", { circle: 4 }, { rings: 4 }).record.circle).toBe(4);
		expect(parseAs("person", { circle: 1 }).record.circle).toBe(1);
	});

	test("a questionnaire item takes 0 to its top and no fraction", () => {
		const { record, diagnostics } = parseAs("session", { session: 1, gad7_items: [0, 3, 4, 1.5, -1, NaN, "2"] });
		expect(record.gad7Items).toEqual([0, 3, null, null, null, null, 2]);
		expect(said(diagnostics)).toEqual(["error gad7_items: item 3 is 4, item 4 is 1.5, item 5 is -1, item 6 is NaN; expected 7 whole numbers from 0 to 3, one per item"]);
	});

	test("a supervised session's number is a whole number from 1 up", () => {
		const { record, diagnostics } = parseAs("supervision", { date: "2026-03-10", supervisor: "A", minutes: 60, sessions: [0, 1, "2", 2.5, 40] });
		expect(record.sessions).toEqual([1, 2, 40]);
		expect(said(diagnostics)).toEqual([
			"error sessions: 0 is not a session number; expected a whole number from 1 up",
			"error sessions: 2.5 is not a session number; expected a whole number from 1 up",
		]);
	});
});
