// Each number of ipt-rules.md that became a setting changes what the engine concludes
// when a user changes it: every case here reads differently under the default.
import type { SessionRecord } from "../../../src/domain/model/records";
import { parseEngineSettings, type EngineSettings } from "../../../src/domain/settings/engine-settings";
import { analyse, flagOf, person, session, settingsWith, timing, warningsOf, weeklySessions } from "./builders";

/** The case under the defaults and under `change`. */
function both<T>(read: (settings: EngineSettings) => T, change: Partial<EngineSettings>): [T, T] {
	return [read(settingsWith({})), read(settingsWith(change))];
}

describe("interpersonal sensitivity limits", () => {
	const strength = (people: ReturnType<typeof person>[]) => (settings: EngineSettings) =>
		flagOf(analyse({ ...timing, people }, settings), "interpersonal-sensitivity")?.strength ?? "none";
	const kim = person("Kim", { circle: 1, support: 2 });
	const lee = person("Lee", { circle: 1, support: 3 });
	const max = person("Max", { circle: 2, support: 2 });
	const ned = person("Ned", { circle: 3, support: 2 });

	it("strong: people allowed in circle 1", () => {
		expect(both(strength([kim, person("Lee", { circle: 2, support: 0 })]), { sensitivityStrongInnerMax: 1 })).toEqual(["possible", "strong"]);
	});

	it("strong: people allowed to give support", () => {
		expect(both(strength([max, ned]), { sensitivityStrongSupportersMax: 2 })).toEqual(["possible", "strong"]);
	});

	it("possible: people allowed in circle 1", () => {
		expect(both(strength([kim, lee, max]), { sensitivityPossibleInnerMax: 2 })).toEqual(["none", "possible"]);
	});

	it("possible: people allowed to give support", () => {
		expect(both(strength([kim, lee, max]), { sensitivityPossibleSupportersMax: 3 })).toEqual(["none", "possible"]);
	});
});

describe("baseline sessions", () => {
	const scoredAt = (n: number, k: number): SessionRecord[] => weeklySessions(n, "2026-01-05", (j) => (j === k ? { scores: { phq9: 12 } } : {}));
	const baselineWarnings = (sessions: SessionRecord[]) => (settings: EngineSettings) => warningsOf(analyse({ sessions }, settings), "baseline-measure-missing").map((w) => w.message);

	it("takes a first score within the longer span as the baseline", () => {
		expect(both(baselineWarnings(scoredAt(3, 3)), { baselineSessions: 3 })).toEqual([
			// The measures take session 3's score as baseline (the initial phase ends there), and the warning says so.
			["Neither session 1 nor session 2 has a PHQ-9 score; the baseline is the later score of session 3. Give the PHQ-9 at the start of treatment next time."],
			[],
		]);
	});

	it("waits for the span to end, and names it", () => {
		expect(both(baselineWarnings(scoredAt(2, 0)), { baselineSessions: 3 })[1]).toEqual([]);
		expect(baselineWarnings(scoredAt(3, 0))(settingsWith({ baselineSessions: 3 }))).toEqual([
			"None of sessions 1 to 3 has a PHQ-9 score, so the case has no baseline: response and reliable change are not reckoned. Give the PHQ-9 at the next session and record it in the session note.",
		]);
	});

	it("wants the score at session 1 itself with a span of one", () => {
		expect(both(baselineWarnings(scoredAt(2, 2)), { baselineSessions: 1 })).toEqual([
			[],
			["Session 1 has no PHQ-9 score; the baseline is the later score of session 2. Give the PHQ-9 at the start of treatment next time."],
		]);
	});
});

describe("response and remission", () => {
	const summary = (baseline: number, latest: number) => (settings: EngineSettings) => {
		const { phq9 } = analyse({ sessions: [session(1, { scores: { phq9: baseline } }), session(2, { scores: { phq9: latest } })] }, settings).measures;
		return { response: phq9?.response, remission: phq9?.belowRemission };
	};

	it("response follows the reduction asked for", () => {
		expect(both(summary(20, 12), { responseReductionPercent: 40 }).map((s) => s.response)).toEqual([false, true]);
		expect(both(summary(20, 10), { responseReductionPercent: 60 }).map((s) => s.response)).toEqual([true, false]);
	});

	it("the remission cut-off follows the measure's own setting", () => {
		const remissionBelow = { ...settingsWith({}).remissionBelow, phq9: 7 };
		expect(both(summary(20, 6), { remissionBelow }).map((s) => s.remission)).toEqual([false, true]);
		const hamd = (settings: EngineSettings) => analyse({ sessions: [session(1, { scores: { hamd: 7 } })] }, settings).measures.hamd?.belowRemission;
		expect(both(hamd, { remissionBelow: { ...remissionBelow, hamd: 7 } })).toEqual([true, false]);
	});
});

describe("the safety item threshold", () => {
	const flagged = (settings: EngineSettings) =>
		analyse(
			{
				sessions: [
					session(1, { phq9Items: [1, 1, 1, 1, 1, 1, 1, 1, 1] }),
					session(2, { hamdItem3: 2 }),
					session(3, { epdsItem10: 1 }),
				],
			},
			settings,
		).safety.map((s) => `${s.measure} ${s.score}`);

	it("is no setting: a threshold written into data.json cannot hide a positive answer", () => {
		expect(flagged(parseEngineSettings({ safetyItemMin: 3 }).settings)).toEqual(["epds 1", "hamd 2", "phq9 1"]);
	});
});
