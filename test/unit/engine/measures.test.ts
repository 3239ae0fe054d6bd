import { isDue } from "../../../src/domain/engine/analysis";
import { bandOf, isRemission, isResponse, MEASURE_LABELS, MEASURE_RANGES, responseCeiling } from "../../../src/domain/engine/measures/bands";
import { changeCategory } from "../../../src/domain/engine/measures/summaries";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { MEASURES, type Measure } from "../../../src/domain/model/vocabulary";
import { analyse, d, measureRuleOf, session, settingsWith, warningsOf } from "./builders";

describe("bands", () => {
	const boundaries: Record<Measure, [number, string][]> = {
		phq9: [[0, "minimal"], [4, "minimal"], [5, "mild"], [9, "mild"], [10, "moderate"], [14, "moderate"], [15, "moderately-severe"], [19, "moderately-severe"], [20, "severe"], [27, "severe"]],
		gad7: [[0, "minimal"], [4, "minimal"], [5, "mild"], [9, "mild"], [10, "moderate"], [14, "moderate"], [15, "severe"], [21, "severe"]],
		hamd: [[0, "normal"], [7, "normal"], [8, "mild"], [13, "mild"], [14, "moderate"], [18, "moderate"], [19, "severe"], [22, "severe"], [23, "very-severe"], [52, "very-severe"]],
		epds: [[0, "low"], [9, "low"], [10, "possible"], [12, "possible"], [13, "probable"], [30, "probable"]],
	};

	it.each(MEASURES)("%s: every band boundary, inclusive", (measure) => {
		for (const [score, band] of boundaries[measure]) expect([score, bandOf(measure, score)]).toEqual([score, band]);
	});

	it.each(MEASURES)("%s: the bands cover the range without gaps", (measure) => {
		const { min, max, bands } = MEASURE_RANGES[measure];
		expect(bands[0]?.min).toBe(min);
		expect(bands[bands.length - 1]?.max).toBe(max);
		for (let i = 1; i < bands.length; i++) expect(bands[i]?.min).toBe((bands[i - 1]?.max ?? NaN) + 1);
	});

	it("puts a score outside the range in the nearest band", () => {
		expect([bandOf("phq9", -2), bandOf("phq9", 40), bandOf("epds", 9.5)]).toEqual(["minimal", "severe", "low"]);
	});

	it("labels the measures for display", () => {
		expect(MEASURES.map((m) => MEASURE_LABELS[m])).toEqual(["PHQ-9", "GAD-7", "HAM-D", "EPDS"]);
	});
});

describe("response and remission", () => {
	it("is a response at or below the whole-number half of the baseline, from a baseline above zero", () => {
		expect([isResponse(20, 10, 50), isResponse(20, 11, 50), isResponse(21, 10, 50), isResponse(21, 11, 50), isResponse(0, 0, 50)]).toEqual([true, false, true, false, false]);
		expect([responseCeiling(21, 50), responseCeiling(19, 50), responseCeiling(0, 50)]).toEqual([10, 9, null]);
	});

	it("is below the cut-off below each measure's published cut-off", () => {
		const below = (measure: Measure, score: number) => isRemission(score, MEASURE_RANGES[measure].remissionBelow);
		expect([below("phq9", 4), below("phq9", 5)]).toEqual([true, false]);
		expect([below("gad7", 4), below("gad7", 5)]).toEqual([true, false]);
		expect([below("hamd", 7), below("hamd", 8)]).toEqual([true, false]);
		expect([below("epds", 9), below("epds", 10)]).toEqual([true, false]);
	});
});

describe("sustained remission", () => {
	const series = (...scores: number[]) => scores.map((phq9, i) => session(i + 1, { scores: { phq9 } }));
	const phq9 = (...scores: number[]) => analyse({ sessions: series(...scores) }).measures.phq9;

	it("needs the latest two scores below the cut-off", () => {
		expect([phq9(18, 9, 4, 3)?.remission, phq9(18, 9, 4, 3)?.belowRemission]).toEqual([true, true]);
		expect([phq9(18, 9, 3)?.remission, phq9(18, 9, 3)?.belowRemission]).toEqual([false, true]);
		expect([phq9(18, 3, 9)?.remission, phq9(18, 3, 9)?.belowRemission]).toEqual([false, false]);
	});

	it("is never remission on a single score", () => {
		expect([phq9(3)?.remission, phq9(3)?.belowRemission]).toEqual([false, true]);
	});
});

describe("reliable change", () => {
	it("sorts the change from baseline by each measure's reliable change", () => {
		// PHQ-9: reliable change 6, cut-off 5.
		expect(changeCategory(18, 4, 6, 5)).toBe("recovered");
		expect(changeCategory(18, 12, 6, 5)).toBe("improved");
		expect(changeCategory(18, 13, 6, 5)).toBe("no-reliable-change");
		expect(changeCategory(10, 15, 6, 5)).toBe("no-reliable-change");
		expect(changeCategory(10, 16, 6, 5)).toBe("deteriorated");
	});

	it("uses the published reliable change per measure as the default", () => {
		expect(MEASURES.map((m) => DEFAULT_ENGINE_SETTINGS.reliableChange[m])).toEqual([6, 4, 5, 4]);
		const sessions = [session(1, { scores: { gad7: 12, epds: 14 } }), session(2, { scores: { gad7: 8, epds: 11 } })];
		const { measures } = analyse({ sessions });
		expect([measures.gad7?.change, measures.epds?.change]).toEqual(["improved", "no-reliable-change"]);
	});

	it("follows the setting", () => {
		const sessions = [session(1, { scores: { phq9: 12 } }), session(2, { scores: { phq9: 8 } })];
		const reliableChange = { ...DEFAULT_ENGINE_SETTINGS.reliableChange, phq9: 4 };
		expect(analyse({ sessions }).measures.phq9?.change).toBe("no-reliable-change");
		expect(analyse({ sessions }, settingsWith({ reliableChange })).measures.phq9?.change).toBe("improved");
	});
});

describe("baseline", () => {
	it("is the first score taken by the last session of the initial phase", () => {
		// Standard: initial phase 1 to 3.
		const sessions = [session(3, { scores: { phq9: 18 } }), session(5, { scores: { phq9: 8 } })];
		const summary = analyse({ sessions }).measures.phq9;
		expect([summary?.baseline, summary?.baselineSession, summary?.response, summary?.change]).toEqual([18, 3, true, "improved"]);
	});

	it("is none when the first score came after the initial phase: no response, no reliable change", () => {
		const sessions = [session(6, { scores: { phq9: 18 } }), session(8, { scores: { phq9: 3 } }), session(9, { scores: { phq9: 2 } })];
		const summary = analyse({ sessions }).measures.phq9;
		expect(summary).toMatchObject({ baseline: null, baselineSession: null, response: false, change: null, responseAt: null, remission: true });
		expect(summary?.first.session).toBe(6);
	});
});

describe("measure summaries", () => {
	it("summarises each measure in session order, from the first session that has it", () => {
		const sessions = [
			session(3, { date: d("2026-01-19"), scores: { phq9: 9, gad7: 6 } }),
			session(1, { date: d("2026-01-05"), scores: { gad7: 12 } }),
			session(2, { date: d("2026-01-12"), scores: { phq9: 18 } }),
			session(4, { scores: { phq9: 4 } }),
			session(null, { scores: { phq9: 27 } }),
		];
		const { measures } = analyse({ sessions });
		expect(measures).toEqual({
			phq9: {
				baseline: 18,
				baselineSession: 2,
				first: { session: 2, date: "2026-01-12", score: 18, path: sessions[2]?.path },
				latest: 4,
				band: "minimal",
				count: 3,
				response: true,
				// 9 then 4: only the latest is below 5, so not yet sustained.
				belowRemission: true,
				remission: false,
				change: "recovered",
				changeRule: measureRuleOf("change-recovered"),
				responseRule: measureRuleOf("response"),
				remissionRule: measureRuleOf("remission"),
				reliableChange: 6,
				responseAt: 9,
				remissionBelow: 5,
				points: [
					{ session: 2, date: "2026-01-12", score: 18, path: sessions[2]?.path },
					{ session: 3, date: "2026-01-19", score: 9, path: sessions[0]?.path },
					{ session: 4, date: null, score: 4, path: sessions[3]?.path },
				],
			},
			gad7: {
				baseline: 12,
				baselineSession: 1,
				first: { session: 1, date: "2026-01-05", score: 12, path: sessions[1]?.path },
				latest: 6,
				band: "mild",
				count: 2,
				response: true,
				belowRemission: false,
				remission: false,
				change: "improved",
				changeRule: measureRuleOf("change-improved", "gad7"),
				responseRule: measureRuleOf("response", "gad7"),
				remissionRule: measureRuleOf("remission", "gad7"),
				reliableChange: 4,
				responseAt: 6,
				remissionBelow: 5,
				points: [
					{ session: 1, date: "2026-01-05", score: 12, path: sessions[1]?.path },
					{ session: 3, date: "2026-01-19", score: 6, path: sessions[0]?.path },
				],
			},
		});
	});

	it("leaves out measures with no usable score", () => {
		expect(analyse({ sessions: [session(1, { scores: { hamd: NaN } })] }).measures).toEqual({});
	});
});

describe("worsening", () => {
	const series = (...scores: number[]) => scores.map((phq9, i) => session(i + 1, { scores: { phq9 } }));

	it("fires for a rise of the measure's reliable change over the previous score, with the session it concerns", () => {
		expect(warningsOf(analyse({ sessions: series(8, 10, 16) }), "worsening")).toEqual([
			{
				id: "worsening",
				message: "PHQ-9 went up from 10 at session 2 to 16 at session 3 (+6 points, a reliable change is 6): review the change and the risk with the client.",
				path: "Clients/Jo/Sessions/Session 03.md",
				session: 3,
				rule: measureRuleOf("worsening"),
			},
		]);
	});

	it("catches a steady climb against the lowest score so far", () => {
		// 10, 13, 16, 19: no step reaches 6, but 16 is 6 above 10 and 19 is 9 above it.
		const warnings = warningsOf(analyse({ sessions: series(12, 10, 13, 16, 19) }), "worsening");
		expect(warnings.map((w) => w.session)).toEqual([4, 5]);
		expect(warnings[0]?.message).toBe(
			"PHQ-9 went up from 10 at session 2, its lowest so far, to 16 at session 4 (+6 points, a reliable change is 6): review the change and the risk with the client.",
		);
	});

	it("does not fire for a rise of 5, a fall, or a climb that stays within the reliable change", () => {
		expect(warningsOf(analyse({ sessions: series(10, 15, 9, 12, 14) }), "worsening")).toEqual([]);
	});

	it("compares each measure with itself only, by its own reliable change", () => {
		const sessions = [session(1, { scores: { phq9: 5, gad7: 2 } }), session(2, { scores: { gad7: 6 } }), session(3, { scores: { phq9: 10 } })];
		expect(warningsOf(analyse({ sessions }), "worsening").map((w) => [w.session, w.message.slice(0, 5)])).toEqual([[2, "GAD-7"]]);
	});

	it("follows the reliable-change setting, and is due", () => {
		const reliableChange = { ...DEFAULT_ENGINE_SETTINGS.reliableChange, phq9: 4 };
		expect(warningsOf(analyse({ sessions: series(10, 14) }, settingsWith({ reliableChange })), "worsening")).toHaveLength(1);
		expect(isDue("worsening")).toBe(true);
	});
});

describe("severe-score", () => {
	it("fires when the latest score is in the top band, and is due", () => {
		const sessions = [session(1, { scores: { phq9: 22, gad7: 14, hamd: 23, epds: 13 } })];
		const warnings = warningsOf(analyse({ sessions }), "severe-score");
		expect(warnings.map((w) => w.message.slice(0, 24))).toEqual(["The latest PHQ-9 score i", "The latest HAM-D score i", "The latest EPDS score is"]);
		expect(warnings[0]?.message).toBe(
			"The latest PHQ-9 score is 22 at session 1 (severe, 20 or more): review severity and risk, and whether IPT alone is enough.",
		);
		expect(isDue("severe-score")).toBe(true);
	});

	it("looks at the latest score only, and follows the setting", () => {
		const sessions = [session(1, { scores: { phq9: 22 } }), session(2, { scores: { phq9: 15 } })];
		expect(warningsOf(analyse({ sessions }), "severe-score")).toEqual([]);
		const severeFrom = { ...DEFAULT_ENGINE_SETTINGS.severeFrom, phq9: 15 };
		expect(warningsOf(analyse({ sessions }, settingsWith({ severeFrom })), "severe-score")).toHaveLength(1);
	});
});
