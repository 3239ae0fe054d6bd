import { MEASURE_RANGES } from "../../../src/domain/engine/measures/bands";
import { plainNames, privacyNames } from "../../../src/domain/privacy/case-names";
import { CHART_BOX, chartBox, chartLegend, measureChart } from "../../../src/domain/views/measure-chart";
import { measuresModel } from "../../../src/domain/views/measures-model";
import { linearScale } from "../../../src/domain/views/scale";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { analyse, bundle, d, event, person, session, settingsWith, weeklySessions } from "../engine/builders";
import { namesShown } from "./shown-text";

const scores = [19, 18, 17, 10, 16, 9];
const parts = {
	record: { onset: d("2026-03-01"), focus: [] },
	sessions: weeklySessions(6, "2026-04-01", (k) => ({ scores: { phq9: scores[k - 1] ?? 0, ...(k === 1 ? { gad7: 12 } : {}) } })),
	events: [event("2026-04-10 Row with Sam", "conflict", "2026-04-10"), event("2025-06-01 Moved", "move", "2025-06-01")],
	people: [person("Sam", { role: "brother" })],
};

function chartOf(p: Parameters<typeof analyse>[0] = parts, settings = DEFAULT_ENGINE_SETTINGS) {
	const analysis = analyse(p, settings);
	const summary = analysis.measures.phq9;
	if (!summary) throw new Error("no PHQ-9 summary");
	const chart = measureChart("phq9", summary, analysis);
	if (!chart) throw new Error("no chart");
	return chart;
}

describe("measureChart", () => {
	it("shades the bands edge to edge over the measure's whole range, mildest at the bottom", () => {
		const chart = chartOf();
		const bottom = CHART_BOX.height - CHART_BOX.bottom;
		expect(chart.bands.map((band) => band.id)).toEqual(MEASURE_RANGES.phq9.bands.map((band) => band.id));
		expect(chart.bands.map((band) => band.severity)).toEqual([0, 1, 2, 3, 4]);
		expect((chart.bands[0]?.y ?? 0) + (chart.bands[0]?.height ?? 0)).toBeCloseTo(bottom);
		expect(chart.bands[4]?.y).toBeCloseTo(CHART_BOX.top);
		for (let i = 1; i < chart.bands.length; i++) expect((chart.bands[i]?.y ?? 0) + (chart.bands[i]?.height ?? 0)).toBeCloseTo(chart.bands[i - 1]?.y ?? 0);
	});

	it("leaves room on the right for the longest band name of the measure", () => {
		expect(chartBox("phq9").right).toBeGreaterThan(chartBox("epds").right);
		expect(chartBox("phq9").right).toBeGreaterThanOrEqual("Moderately severe".length * 9 * 0.55);
		expect(chartOf().box).toEqual(chartBox("phq9"));
	});

	it("spreads the severity of fewer bands over the same scale", () => {
		const analysis = analyse({ sessions: [session(1, { date: d("2026-01-01"), scores: { epds: 14 } })] });
		const summary = analysis.measures.epds;
		if (!summary) throw new Error("no EPDS summary");
		expect(measureChart("epds", summary, analysis)?.bands.map((band) => band.severity)).toEqual([0, 2, 4]);
	});

	it("draws the scores left to right by session number, higher scores higher up", () => {
		const chart = chartOf();
		expect(chart.points.map((point) => point.score)).toEqual(scores);
		const xs = chart.points.map((point) => point.x);
		const step = (xs[1] ?? 0) - (xs[0] ?? 0);
		xs.forEach((x, i) => expect(x - (xs[0] ?? 0)).toBeCloseTo(i * step));
		expect(chart.points[0]?.y).toBeLessThan(chart.points[3]?.y ?? 0);
		expect(chart.line.startsWith("M")).toBe(true);
		expect(chart.line.split("L")).toHaveLength(scores.length);
		expect(chart.xTicks.map((tick) => tick.label)).toEqual(["1", "2", "3", "4", "5", "6"]);
		expect(chart.points[4]?.title).toBe("Session 5, 2026-04-29: PHQ-9 16 (moderately severe)");
	});

	it("tells dates as it is told to", () => {
		const analysis = analyse(parts);
		const summary = analysis.measures.phq9;
		if (!summary) throw new Error("no PHQ-9 summary");
		const chart = measureChart("phq9", summary, analysis, { dateText: () => "week 5" });
		expect(chart?.points[4]?.title).toBe("Session 5, week 5: PHQ-9 16 (moderately severe)");
	});

	it("puts the response line at the whole-number half of the baseline and the remission line below the cut-off", () => {
		const chart = chartOf();
		const y = linearScale(-0.5, 27.5, CHART_BOX.height - CHART_BOX.bottom, CHART_BOX.top);
		// Half of 19 is 9.5; scores are whole numbers, so 9 is the highest response.
		expect(chart.response?.label).toBe("Response ≤ 9");
		expect(chart.response?.y).toBeCloseTo(y(9));
		expect(chart.remission.label).toBe("Remission < 5");
		expect(chart.remission.y).toBeCloseTo(y(4.5));
	});

	it("draws both lines where the clinician's settings put them", () => {
		const chart = chartOf(parts, settingsWith({ responseReductionPercent: 30, remissionBelow: { ...DEFAULT_ENGINE_SETTINGS.remissionBelow, phq9: 10 } }));
		const y = linearScale(-0.5, 27.5, CHART_BOX.height - CHART_BOX.bottom, CHART_BOX.top);
		// 70% of 19 is 13.3: the line is at 13.
		expect(chart.response?.label).toBe("Response ≤ 13");
		expect(chart.response?.y).toBeCloseTo(y(13));
		expect(chart.remission.label).toBe("Remission < 10");
		expect(chart.remission.y).toBeCloseTo(y(9.5));
	});

	it("marks the life events between the dated sessions either side of them, and only those", () => {
		const chart = chartOf();
		expect(chart.events).toHaveLength(1);
		expect(chart.events[0]).toMatchObject({ category: "dispute", date: "2026-04-10" });
		// 2026-04-10 is two days after session 2 (2026-04-08) and five before session 3.
		const [, second, third] = chart.points;
		expect(chart.events[0]?.x).toBeCloseTo((second?.x ?? 0) + ((third?.x ?? 0) - (second?.x ?? 0)) * (2 / 7));
	});

	it("places sessions by number when a score has no date, and events only between dated sessions", () => {
		const chart = chartOf({ ...parts, sessions: [session(1, { scores: { phq9: 12 } }), session(3, { date: d("2026-04-10"), scores: { phq9: 8 } })] });
		expect(chart.events).toEqual([expect.objectContaining({ date: "2026-04-10" })]);
		expect(chart.events[0]?.x).toBeCloseTo(chart.points[1]?.x ?? 0);
		expect(chart.xTicks.map((tick) => tick.label)).toEqual(["1", "2", "3"]);
	});

	it("rings the sessions with a positive safety item, open or reviewed, and marks each reliable worsening", () => {
		const sessions = weeklySessions(6, "2026-04-01", (k) => ({
			scores: { phq9: scores[k - 1] ?? 0 },
			...(k === 5 ? { phq9Items: [2, 2, 2, 2, 2, 2, 2, 1, 1] } : {}),
			...(k === 2 ? { hamdItem3: 1, riskReviewed: true } : {}),
		}));
		const chart = chartOf({ ...parts, sessions });
		const marks = chart.marks.map((mark) => [mark.kind, mark.session, mark.title]);
		expect(marks).toEqual([
			["safety", 5, "Session 5: PHQ-9 item 9 scored 1, open"],
			["safety", 2, "Session 2: HAM-D item 3 scored 1, reviewed"],
			["worsening", 5, "Session 5: PHQ-9 up 6 points from session 4 (a reliable change is 6)"],
		]);
		const fifth = chart.points[4];
		const [ring, , triangle] = chart.marks;
		expect([ring?.x, ring?.y]).toEqual([fifth?.x, fifth?.y]);
		expect(triangle?.x).toBe(fifth?.x);
		expect(triangle?.y).toBeLessThan(fifth?.y ?? 0);
		// Session 2 has a PHQ-9 score too: its HAM-D item is ringed on that point.
		expect(chart.marks[1]?.y).toBe(chart.points[1]?.y);
	});

	it("says in its legend only what it shows, and what runs across", () => {
		expect(chartLegend(chartOf(), "PHQ-9").map((entry) => entry.label)).toEqual([
			"PHQ-9 score",
			"Response ≤ 9",
			"Remission < 5",
			"Life event",
			"Reliable worsening",
			"Across: session number",
		]);
	});
});

describe("measuresModel", () => {
	it("summarises the primary measure with response and remission, and the others in a line each", () => {
		const model = measuresModel(bundle(parts).record, analyse(parts), plainNames(bundle(parts)));
		expect(model.primaryLabel).toBe("PHQ-9");
		// 19 to 9: a response (9 is the whole-number half), a fall of 10 (reliable), not below 5.
		expect(model.summary).toMatchObject({
			text: "Baseline 19 → latest 9 (mild), 6 scores",
			badges: [
				{ text: "Response", good: true },
				{ text: "No remission", good: false },
				{ text: "Improved", good: true },
			],
		});
		expect(model.others).toEqual([{ measure: "gad7", label: "GAD-7", text: "12 (moderate), 1 score", badges: [] }]);
		expect(model.chart?.points).toHaveLength(6);
	});

	it("lists worsening warnings with their session note", () => {
		const model = measuresModel(bundle(parts).record, analyse(parts), plainNames(bundle(parts)));
		expect(model.worsening).toHaveLength(1);
		expect(model.worsening[0]?.link.text).toBe("Session 05");
		expect(model.worsening[0]?.text).toMatch(/10.*16/);
	});

	it("says when the first score came too late to be a baseline, and when one score is below the cut-off", () => {
		const late = { sessions: [session(6, { scores: { phq9: 12 } }), session(7, { scores: { phq9: 4 } })] };
		const model = measuresModel(bundle(late).record, analyse(late), plainNames(bundle(late)));
		expect(model.summary).toMatchObject({
			text: "First score at session 6, no baseline → latest 4 (minimal), 2 scores",
			badges: [{ text: "Below the remission cut-off", good: false }],
		});
	});

	it("has no chart before the first score", () => {
		const empty = { sessions: [session(1, { date: d("2026-01-01") })] };
		const model = measuresModel(bundle(empty).record, analyse(empty), plainNames(bundle(empty)));
		expect(model.summary).toBeNull();
		expect(model.chart).toBeNull();
	});

	it("names no one in privacy mode", () => {
		const model = measuresModel(bundle(parts).record, analyse(parts), privacyNames(bundle(parts)));
		expect(namesShown(model, ["Sam", "Jo"])).toEqual([]);
	});
});
