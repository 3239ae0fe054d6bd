import { bandOf, isRemission, isResponse, MEASURE_LABELS, MEASURE_RANGES } from "../../../src/domain/engine/measures/bands";
import { MEASURES, type Measure } from "../../../src/domain/model/vocabulary";
import { analyse, d, session, settingsWith, warningsOf } from "./builders";

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
	it("is a response at half the baseline or less, from a baseline above zero", () => {
		expect([isResponse(20, 10, 50), isResponse(20, 11, 50), isResponse(21, 10.5, 50), isResponse(0, 0, 50)]).toEqual([true, false, true, false]);
	});

	it("is a remission below each measure's published cut-off", () => {
		const below = (measure: Measure, score: number) => isRemission(score, MEASURE_RANGES[measure].remissionBelow);
		expect([below("phq9", 4), below("phq9", 5)]).toEqual([true, false]);
		expect([below("gad7", 4), below("gad7", 5)]).toEqual([true, false]);
		expect([below("hamd", 7), below("hamd", 8)]).toEqual([true, false]);
		expect([below("epds", 9), below("epds", 10)]).toEqual([true, false]);
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
				latest: 4,
				band: "minimal",
				count: 3,
				response: true,
				remission: true,
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
				latest: 6,
				band: "mild",
				count: 2,
				response: true,
				remission: false,
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

	it("fires for a rise of 5 over the previous score, with the session it concerns", () => {
		expect(warningsOf(analyse({ sessions: series(8, 10, 15) }), "worsening")).toEqual([
			{
				id: "worsening",
				message: "PHQ-9 went up from 10 at session 2 to 15 at session 3 (+5 points): review the change and the risk with the client.",
				path: "Clients/Jo/Sessions/Session 03.md",
				session: 3,
			},
		]);
	});

	it("does not fire for a rise of 4, a fall, or a rise spread over sessions", () => {
		expect(warningsOf(analyse({ sessions: series(10, 14, 9, 12, 15) }), "worsening")).toEqual([]);
	});

	it("compares each measure with itself only", () => {
		const sessions = [session(1, { scores: { phq9: 5, gad7: 2 } }), session(2, { scores: { gad7: 12 } }), session(3, { scores: { phq9: 9 } })];
		expect(warningsOf(analyse({ sessions }), "worsening").map((w) => [w.session, w.message.slice(0, 5)])).toEqual([[2, "GAD-7"]]);
	});

	it("follows the worsening setting", () => {
		expect(warningsOf(analyse({ sessions: series(10, 14) }, settingsWith({ worseningPoints: 4 })), "worsening")).toHaveLength(1);
	});
});
