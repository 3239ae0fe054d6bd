import { analyseCase } from "../../../src/domain/engine/analyse-case";
import { plainNames } from "../../../src/domain/privacy/case-names";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { lastSeen, primaryScore } from "../../../src/domain/views/caseload-facts";
import { caseloadModel, DEFAULT_CASELOAD_SORT, type CaseloadInput } from "../../../src/domain/views/caseload-model";
import { DEFAULT_CASELOAD_STATE, readCaseloadState } from "../../../src/domain/views/caseload-state";
import { bundle, d, session, weeklySessions } from "../engine/builders";

const TODAY = "2026-03-01";
const EXTRAS = { unplaced: [], privacy: false, today: TODAY };

function input(client: string, parts: Parameters<typeof bundle>[0]): CaseloadInput {
	const b = { ...bundle({ ...parts, record: { client, ...parts.record } }), path: `Clients/${client}/${client}.md` };
	const analysis = analyseCase(b, DEFAULT_ENGINE_SETTINGS, TODAY);
	return { bundle: b, analysis, names: plainNames(b), safety: analysis.safety };
}

const worse = input("Ann", { sessions: [session(1, { date: d("2026-02-01"), scores: { phq9: 9 } }), session(2, { date: d("2026-02-15"), scores: { phq9: 12 } })] });
const better = input("Bea", { record: { measure: "gad7", focus: ["grief"] }, sessions: [session(1, { date: d("2026-02-28"), scores: { gad7: 10, phq9: 3 } }), session(2, { scores: { gad7: 6 } })] });
const unseen = input("Cal", { record: { status: "assessment" } });
const closedAtRisk = input("Dee", { record: { status: "closed" }, sessions: [session(1, { date: d("2026-01-10"), scores: { phq9: 14 }, phq9Items: [1, 1, 2, 2, 2, 2, 2, 1, 1] })] });
const closed = input("Eve", { record: { status: "closed" }, sessions: [session(1, { date: d("2026-01-03") })] });

describe("the caseload's facts for the day", () => {
	it("gives the last dated session with the days since it", () => {
		expect(lastSeen(worse.bundle, TODAY)).toEqual({ date: "2026-02-15", days: 14, text: "2026-02-15 · 14 days ago" });
		expect(lastSeen(better.bundle, TODAY)?.text).toBe("2026-02-28 · yesterday");
		expect(lastSeen(unseen.bundle, TODAY)).toBeNull();
	});

	it("gives the case's own measure, latest against the score before", () => {
		expect(primaryScore(worse.bundle, worse.analysis)).toEqual({ latest: 12, trend: "up", text: "PHQ-9 12, up from 9" });
		expect(primaryScore(better.bundle, better.analysis)).toEqual({ latest: 6, trend: "down", text: "GAD-7 6, down from 10" });
		expect(primaryScore(closedAtRisk.bundle, closedAtRisk.analysis)?.text).toBe("PHQ-9 14, first score");
		expect(primaryScore(unseen.bundle, unseen.analysis)).toBeNull();
	});

	it("lists active cases by default, and any case with an open safety item whatever its status", () => {
		const model = caseloadModel([worse, better, unseen, closedAtRisk, closed], "four-areas", DEFAULT_CASELOAD_SORT, { ...EXTRAS, filter: "active" });
		expect(model.rows.map((row) => row.client.text)).toEqual(["Dee", "Ann", "Bea"]);
		expect(model).toMatchObject({ filter: "active", hidden: 2, shownForSafety: 1 });
		const all = caseloadModel([worse, better, unseen, closedAtRisk, closed], "four-areas", DEFAULT_CASELOAD_SORT, { ...EXTRAS, filter: "all" });
		expect(all.rows.map((row) => row.client.text)).toEqual(["Dee", "Ann", "Bea", "Cal", "Eve"]);
		expect(all).toMatchObject({ hidden: 0, shownForSafety: 0 });
	});

	it("shows a closed case nothing due but its early ending, and its open safety", () => {
		// Five sessions without an inventory: due while the case is open.
		const sessions = weeklySessions(5, "2026-01-01", (k) => (k === 5 ? { scores: { phq9: 14 }, phq9Items: [1, 1, 2, 2, 2, 2, 2, 1, 1] } : {}));
		const open = input("Fay", { sessions });
		const ended = input("Gil", { record: { status: "closed" }, sessions });
		const rows = caseloadModel([open, ended], "four-areas", DEFAULT_CASELOAD_SORT, EXTRAS).rows;
		const fay = rows.find((row) => row.client.text === "Fay");
		expect(fay?.openSafety).toBe(1);
		expect(fay?.nextDue?.title).toMatch(/\S/);
		// Closed after session 5 of 16: before the final phase, so the early ending is all that is due.
		expect(rows.find((row) => row.client.text === "Gil")).toMatchObject({ nextDue: { title: "Note the early ending" }, openSafety: 1 });
	});

	it("sorts by last seen (longest unseen first), by the latest score and by focus", () => {
		const cases = [worse, better, unseen, closed];
		const order = (column: "seen" | "measure" | "focus", descending = false) => caseloadModel(cases, "four-areas", { column, descending }, EXTRAS).rows.map((row) => row.client.text);
		expect(order("seen")).toEqual(["Eve", "Ann", "Bea", "Cal"]);
		expect(order("measure", true)).toEqual(["Ann", "Bea", "Cal", "Eve"]);
		expect(order("focus", true)).toEqual(["Bea", "Ann", "Cal", "Eve"]);
		expect(caseloadModel(cases, "four-areas", DEFAULT_CASELOAD_SORT, EXTRAS).rows.find((row) => row.client.text === "Bea")?.focus).toEqual(["Grief"]);
	});

	it("reads a saved view state back, each bad part as its default", () => {
		expect(readCaseloadState({ sort: { column: "seen", descending: true }, filter: "closed" })).toEqual({ sort: { column: "seen", descending: true }, filter: "closed" });
		expect(readCaseloadState({ sort: { column: "shoe size" }, filter: "everyone" })).toEqual(DEFAULT_CASELOAD_STATE);
		expect(readCaseloadState("nonsense")).toEqual(DEFAULT_CASELOAD_STATE);
	});
});
