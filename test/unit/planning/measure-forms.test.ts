import { dateToFill, entryTotal, ITEM_ANSWERS, MEASURE_FORMS, measureChanges, readMeasureDate, readTotal, safetyFinding, safetyMessage, scoreSummary } from "../../../src/domain/planning/measure-forms";

describe("measure forms", () => {
	it("asks PHQ-9 in 9 items and GAD-7 in 7, in the questionnaires' own words, each answered 0 to 3", () => {
		expect(MEASURE_FORMS().phq9.items).toHaveLength(9);
		expect(MEASURE_FORMS().gad7.items).toHaveLength(7);
		expect(ITEM_ANSWERS).toEqual(["Not at all", "Several days", "More than half the days", "Nearly every day"]);
		expect(MEASURE_FORMS().phq9.items[0]).toBe("Little interest or pleasure in doing things");
		expect(MEASURE_FORMS().phq9.items[8]).toBe("Thoughts that you would be better off dead or of hurting yourself in some way");
		expect(MEASURE_FORMS().gad7.items[1]).toBe("Not being able to stop or control worrying");
	});

	it("names the safety item of each measure that has one, with the key it is written under alone", () => {
		expect(MEASURE_FORMS().phq9.safety).toMatchObject({ item: 9, key: "phq9_item9", max: 3, answers: ITEM_ANSWERS });
		expect(MEASURE_FORMS().gad7.safety).toBeNull();
		expect(MEASURE_FORMS().hamd.safety).toMatchObject({ item: 3, key: "hamd_item3", max: 4, answers: null });
		expect(MEASURE_FORMS().epds.safety).toMatchObject({ item: 10, key: "epds_item10", max: 3, answers: null });
	});
});

describe("scoreSummary", () => {
	it("gives the total out of the maximum and the band (ipt-rules.md bands)", () => {
		expect(scoreSummary("phq9", 12).text).toBe("12 of 27: moderate");
		expect(scoreSummary("phq9", 15).text).toBe("15 of 27: moderately severe");
		expect(scoreSummary("gad7", 4).text).toBe("4 of 21: minimal");
		expect(scoreSummary("hamd", 23).text).toBe("23 of 52: very severe");
		expect(scoreSummary("epds", 10)).toEqual({ total: 10, max: 30, bandLabel: "Possible", text: "10 of 30: possible" });
	});
});

describe("readTotal", () => {
	it("keeps a total within the measure's range and at least its safety item", () => {
		expect(readTotal("27", MEASURE_FORMS().phq9, 3)).toEqual({ ok: true, value: 27 });
		expect(readTotal("28", MEASURE_FORMS().phq9, null)).toEqual({ ok: false, message: "Enter a whole number from 0 to 27." });
		expect(readTotal("1", MEASURE_FORMS().phq9, 2)).toEqual({ ok: false, message: "The total includes item 9, so it is at least 2." });
		expect(readTotal("21", MEASURE_FORMS().gad7, null)).toEqual({ ok: true, value: 21 });
	});
});

describe("readMeasureDate", () => {
	it("takes any date for a session note without one", () => {
		expect(readMeasureDate("2026-03-05", { number: 6, date: null })).toEqual({ ok: true, value: "2026-03-05" });
		expect(readMeasureDate("", { number: 6, date: null })).toEqual({ ok: false, message: "A date is required, like 2026-03-14." });
	});

	it("takes only the session's own date for a dated note, saying why", () => {
		expect(readMeasureDate("2026-03-05", { number: 6, date: "2026-03-05" })).toEqual({ ok: true, value: "2026-03-05" });
		expect(readMeasureDate("2026-03-04", { number: 6, date: "2026-03-05" })).toEqual({
			ok: false,
			message: "Session 6 is dated 2026-03-05, and scores take the date of their session note. Record them in the note of the session they were taken in, or change the note's date first.",
		});
	});
});

describe("dateToFill", () => {
	it("dates a note only where it holds no date, never over one written by hand", () => {
		expect(dateToFill(undefined, "2026-03-05")).toBe("2026-03-05");
		expect(dateToFill(null, "2026-03-05")).toBe("2026-03-05");
		expect(dateToFill(" ", "2026-03-05")).toBe("2026-03-05");
		expect(dateToFill("next Tuesday", "2026-03-05")).toBeNull();
		expect(dateToFill("2026-03-04", "2026-03-05")).toBeNull();
	});
});

describe("measureChanges", () => {
	it("writes the total beside the items, and drops a lone item 9 the items replace", () => {
		const items = [1, 2, 3, 0, 1, 2, 3, 1, 0];
		expect(entryTotal({ measure: "phq9", items })).toBe(13);
		expect(measureChanges({ measure: "phq9", items })).toEqual({ set: { phq9: 13, phq9_items: items }, remove: ["phq9_item9"] });
		expect(measureChanges({ measure: "gad7", items: [3, 3, 3, 3, 3, 3, 3] })).toEqual({ set: { gad7: 21, gad7_items: [3, 3, 3, 3, 3, 3, 3] }, remove: [] });
	});

	it("writes a total alone with its safety item, dropping an item list it replaces", () => {
		expect(measureChanges({ measure: "phq9", total: 14, safety: 0 })).toEqual({ set: { phq9: 14, phq9_item9: 0 }, remove: ["phq9_items"] });
		expect(measureChanges({ measure: "gad7", total: 9, safety: null })).toEqual({ set: { gad7: 9 }, remove: ["gad7_items"] });
		expect(measureChanges({ measure: "hamd", total: 18, safety: 0 })).toEqual({ set: { hamd: 18, hamd_item3: 0 }, remove: [] });
		expect(measureChanges({ measure: "epds", total: 0, safety: 0 })).toEqual({ set: { epds: 0, epds_item10: 0 }, remove: [] });
	});


	it("opens a review with risk_reviewed: false when the safety item is positive", () => {
		expect(measureChanges({ measure: "phq9", items: [0, 0, 0, 0, 0, 0, 0, 0, 2] }).set).toEqual({ phq9: 2, phq9_items: [0, 0, 0, 0, 0, 0, 0, 0, 2], risk_reviewed: false });
		expect(measureChanges({ measure: "phq9", total: 5, safety: 1 }).set).toEqual({ phq9: 5, phq9_item9: 1, risk_reviewed: false });
		expect(measureChanges({ measure: "hamd", total: 18, safety: 1 }).set).toEqual({ hamd: 18, hamd_item3: 1, risk_reviewed: false });
		expect(measureChanges({ measure: "epds", total: 14, safety: 2 }).set).toEqual({ epds: 14, epds_item10: 2, risk_reviewed: false });
	});

	it("leaves risk_reviewed alone when no safety item is positive", () => {
		expect(measureChanges({ measure: "gad7", items: [3, 3, 3, 3, 3, 3, 3] }).set).not.toHaveProperty("risk_reviewed");
		expect(measureChanges({ measure: "hamd", total: 30, safety: 0 }).set).not.toHaveProperty("risk_reviewed");
	});
});

describe("safetyFinding", () => {
	const phq9 = (item9: number) => ({ measure: "phq9" as const, items: [3, 3, 3, 3, 3, 3, 3, 3, item9] });

	it("is positive from a score of 1 on the safety item, with the item's own score", () => {
		expect(safetyFinding(phq9(0))).toBeNull();
		expect(safetyFinding(phq9(1))).toEqual({ measure: "phq9", item: 9, score: 1 });
		expect(safetyFinding({ measure: "phq9", total: 20, safety: 3 })).toEqual({ measure: "phq9", item: 9, score: 3 });
		expect(safetyFinding({ measure: "hamd", total: 30, safety: 0 })).toBeNull();
		expect(safetyFinding({ measure: "hamd", total: 5, safety: 2 })).toEqual({ measure: "hamd", item: 3, score: 2 });
		expect(safetyFinding({ measure: "epds", total: 3, safety: 1 })).toEqual({ measure: "epds", item: 10, score: 1 });
	});

	it("never fires for GAD-7, which has no safety item", () => {
		expect(safetyFinding({ measure: "gad7", items: [3, 3, 3, 3, 3, 3, 3] })).toBeNull();
		expect(safetyFinding({ measure: "gad7", total: 21, safety: null })).toBeNull();
	});

	it("tells the clinician to follow up in this session, and that risk_reviewed is now false", () => {
		expect(safetyMessage({ measure: "phq9", item: 9, score: 2 }, 7)).toBe(
			"PHQ-9 item 9 scored 2 in session 7. Follow up with the client in this session. risk_reviewed on this note is now false; tick it once the risk is reviewed.",
		);
		expect(safetyMessage({ measure: "epds", item: 10, score: 1 }, null)).toContain("EPDS item 10 scored 1 in this session.");
	});
});
