import { entryTotal, ITEM_ANSWERS, MEASURE_FORMS, measureProperties, safetyFinding, safetyMessage, scoreSummary } from "../../../src/domain/planning/measure-forms";

describe("measure forms", () => {
	it("asks PHQ-9 in 9 items and GAD-7 in 7, each answered 0 to 3", () => {
		expect(MEASURE_FORMS.phq9.items).toHaveLength(9);
		expect(MEASURE_FORMS.gad7.items).toHaveLength(7);
		expect(ITEM_ANSWERS).toHaveLength(4);
	});

	it("names the safety item of each measure that has one", () => {
		expect(MEASURE_FORMS.phq9.safetyItem).toBe(9);
		expect(MEASURE_FORMS.gad7.safetyItem).toBeNull();
		expect(MEASURE_FORMS.hamd).toMatchObject({ safetyItem: 3, safetyKey: "hamd_item3", safetyMax: 4 });
		expect(MEASURE_FORMS.epds).toMatchObject({ safetyItem: 10, safetyKey: "epds_item10", safetyMax: 3 });
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

describe("measureProperties", () => {
	it("writes the total beside the items", () => {
		const items = [1, 2, 3, 0, 1, 2, 3, 1, 0];
		expect(entryTotal({ measure: "phq9", items })).toBe(13);
		expect(measureProperties({ measure: "phq9", items })).toEqual({ phq9: 13, phq9_items: items });
		expect(measureProperties({ measure: "gad7", items: [3, 3, 3, 3, 3, 3, 3] })).toEqual({ gad7: 21, gad7_items: [3, 3, 3, 3, 3, 3, 3] });
	});

	it("writes the total beside the safety item", () => {
		expect(measureProperties({ measure: "hamd", total: 18, safety: 0 })).toEqual({ hamd: 18, hamd_item3: 0 });
		expect(measureProperties({ measure: "epds", total: 0, safety: 0 })).toEqual({ epds: 0, epds_item10: 0 });
	});

	it("opens a review with risk_reviewed: false when the safety item is positive", () => {
		expect(measureProperties({ measure: "phq9", items: [0, 0, 0, 0, 0, 0, 0, 0, 2] })).toEqual({ phq9: 2, phq9_items: [0, 0, 0, 0, 0, 0, 0, 0, 2], risk_reviewed: false });
		expect(measureProperties({ measure: "hamd", total: 18, safety: 1 })).toEqual({ hamd: 18, hamd_item3: 1, risk_reviewed: false });
		expect(measureProperties({ measure: "epds", total: 14, safety: 2 })).toEqual({ epds: 14, epds_item10: 2, risk_reviewed: false });
	});

	it("leaves risk_reviewed alone when no safety item is positive", () => {
		expect(measureProperties({ measure: "gad7", items: [3, 3, 3, 3, 3, 3, 3] })).not.toHaveProperty("risk_reviewed");
		expect(measureProperties({ measure: "hamd", total: 30, safety: 0 })).not.toHaveProperty("risk_reviewed");
	});
});

describe("safetyFinding", () => {
	const phq9 = (item9: number) => ({ measure: "phq9" as const, items: [3, 3, 3, 3, 3, 3, 3, 3, item9] });

	it("is positive from a score of 1 on the safety item, with the item's own score", () => {
		expect(safetyFinding(phq9(0))).toBeNull();
		expect(safetyFinding(phq9(1))).toEqual({ measure: "phq9", item: 9, score: 1 });
		expect(safetyFinding({ measure: "hamd", total: 30, safety: 0 })).toBeNull();
		expect(safetyFinding({ measure: "hamd", total: 5, safety: 2 })).toEqual({ measure: "hamd", item: 3, score: 2 });
		expect(safetyFinding({ measure: "epds", total: 3, safety: 1 })).toEqual({ measure: "epds", item: 10, score: 1 });
	});

	it("never fires for GAD-7, which has no safety item", () => {
		expect(safetyFinding({ measure: "gad7", items: [3, 3, 3, 3, 3, 3, 3] })).toBeNull();
	});

	it("tells the clinician to follow up in this session, and that risk_reviewed is now false", () => {
		expect(safetyMessage({ measure: "phq9", item: 9, score: 2 }, 7)).toBe(
			"PHQ-9 item 9 scored 2 in session 7. Follow up with the client in this session. risk_reviewed on this note is now false; tick it once the risk is reviewed.",
		);
		expect(safetyMessage({ measure: "epds", item: 10, score: 1 }, null)).toContain("EPDS item 10 scored 1 in this session.");
	});
});
