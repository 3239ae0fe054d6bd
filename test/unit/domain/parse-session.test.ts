import { TASKS } from "../../../src/domain/model/vocabulary";
import { parseAs, said } from "./parse-helpers";

const PHQ9_ITEMS = [1, 2, 1, 0, 3, 2, 1, 1, 1];
const GAD7_ITEMS = [0, 1, 2, 3, 0, 1, 2];

describe("ipt: session", () => {
	test("a bare session note needs its number and has no scores", () => {
		const { record, diagnostics } = parseAs("session", {});
		expect(record).toEqual({
			kind: "session",
			path: "Clients/Jordan R/Jordan R.md",
			aliases: [],
			caseLink: null,
			session: null,
			date: null,
			phase: null,
			focus: [],
			tasks: [],
			scores: {},
			phq9Items: null,
			gad7Items: null,
			hamdItem3: null,
			epdsItem10: null,
			homework: [],
			homeworkReview: null,
			riskReviewed: false,
			absence: null,
			safety: [],
		});
		expect(said(diagnostics)).toEqual(["error session: missing; a session note needs its session number, a whole number from 1 up (0 for a group's pre-group meeting)"]);
	});

	test("a full, valid session note reads without diagnostics", () => {
		const { record, diagnostics } = parseAs("session", {
			case: "[[Jordan R]]",
			session: 4,
			date: "2026-02-09T17:00",
			phase: "Middle",
			focus: "dispute",
			tasks: ["formulation", "Focus agreed", "formulation"],
			phq9: 12,
			phq9_items: PHQ9_ITEMS,
			gad7_items: GAD7_ITEMS,
			hamd: 14,
			hamd_item3: 1,
			epds: 11,
			epds_item10: 0,
			homework: ["Talk to Sam about the move", "Mood diary"],
			homework_review: "not done",
			risk_reviewed: true,
		});
		expect(diagnostics).toEqual([]);
		expect(record).toMatchObject({
			session: 4,
			date: { text: "2026-02-09", precision: "day" },
			phase: "middle",
			focus: ["role-dispute"],
			tasks: ["formulation", "focus-agreed"],
			scores: { phq9: 12, gad7: 9, hamd: 14, epds: 11 },
			phq9Items: PHQ9_ITEMS,
			gad7Items: GAD7_ITEMS,
			hamdItem3: 1,
			epdsItem10: 0,
			homework: ["Talk to Sam about the move", "Mood diary"],
			homeworkReview: "not-done",
			riskReviewed: true,
		});
	});

	test.each(TASKS.map((task) => [task]))("task %s is known", (task) => {
		expect(parseAs("session", { session: 1, tasks: [task.replace(/-/g, " ").toUpperCase()] }).record.tasks).toEqual([task]);
	});

	test.each([
		["session", 1, "session", 1],
		["session", 120, "session", 120],
		["phase", "initial", "phase", "initial"],
		["phase", "FINAL", "phase", "final"],
		["phase", "maintenance", "phase", "maintenance"],
		["phq9", 0, "scores", { phq9: 0 }],
		["phq9", 27, "scores", { phq9: 27 }],
		["gad7", 21, "scores", { gad7: 21 }],
		["hamd", 52, "scores", { hamd: 52 }],
		["epds", 30, "scores", { epds: 30 }],
		["hamd_item3", 4, "hamdItem3", 4],
		["epds_item10", 3, "epdsItem10", 3],
		["homework", "Call Sam", "homework", ["Call Sam"]],
		["homework_review", "Partial", "homeworkReview", "partial"],
		["homework_review", "not_done", "homeworkReview", "not-done"],
		["risk_reviewed", false, "riskReviewed", false],
	])("%s: %j is read as %s %j", (key, value, property, expected) => {
		const { record, diagnostics } = parseAs("session", { session: 2, [key]: value });
		expect(diagnostics).toEqual([]);
		expect(record).toMatchObject({ [property]: expected });
	});

	test.each([
		["session", -1, "session: -1 is not a session number; expected a whole number from 0 up"],
		["session", 2.5, "session: 2.5 is not a session number; expected a whole number from 0 up"],
		["session", "first", 'session: "first" is not a session number; expected a whole number from 0 up'],
		["date", "2026-02-30", 'date: "2026-02-30" is not a date; expected YYYY-MM-DD, YYYY-MM or an ISO date-time'],
		["phase", "late", 'phase: "late" is not a treatment phase; expected one of initial, middle, final or maintenance'],
		["focus", "work", 'focus: "work" is not a problem area; expected one of grief, role-dispute, role-transition or interpersonal-sensitivity'],
		["tasks", ["homework"], `tasks: "homework" is not an IPT task; expected one of ${TASKS.slice(0, -1).join(", ")} or maintenance-plan`],
		["phq9", 28, "phq9: 28 is not a PHQ-9 total; expected a whole number from 0 to 27"],
		["phq9", -1, "phq9: -1 is not a PHQ-9 total; expected a whole number from 0 to 27"],
		["gad7", 22, "gad7: 22 is not a GAD-7 total; expected a whole number from 0 to 21"],
		["hamd", 53, "hamd: 53 is not a HAM-D total; expected a whole number from 0 to 52"],
		["epds", 31, "epds: 31 is not an EPDS total; expected a whole number from 0 to 30"],
		["hamd_item3", 5, "hamd_item3: 5 is not a HAM-D item 3 score; expected a whole number from 0 to 4"],
		["epds_item10", 4, "epds_item10: 4 is not an EPDS item 10 score; expected a whole number from 0 to 3"],
		["phq9_items", [1, 2, 3], "phq9_items: [1, 2, 3] has 3 scores; expected 9 whole numbers from 0 to 3, one per item"],
		["phq9_items", [0, 0, 4, 0, 0, 0, 0, 0, 0], "phq9_items: item 3 is 4; expected 9 whole numbers from 0 to 3, one per item"],
		["phq9_items", [0, 0, 0, 0, 0, 0, 0, 0, "a"], 'phq9_items: item 9 is "a"; expected 9 whole numbers from 0 to 3, one per item'],
		["phq9_items", 9, "phq9_items: 9 is not a list of PHQ-9 item scores; expected 9 whole numbers from 0 to 3, one per item"],
		["gad7_items", [0, 0, 0, 0, 0, 0, 0, 0, 0], "gad7_items: [0, 0, 0, 0, …] has 9 scores; expected 7 whole numbers from 0 to 3, one per item"],
		["gad7_items", [0, 0, 0, 0, 0, 0, 1.5], "gad7_items: item 7 is 1.5; expected 7 whole numbers from 0 to 3, one per item"],
		["homework", [["nested"]], 'homework: ["nested"] is not text; expected a single piece of text'],
		["homework_review", "yes", 'homework_review: "yes" is not a homework review; expected one of done, partial or not-done'],
		["risk_reviewed", "yes", 'risk_reviewed: "yes" is not a yes/no value; expected true or false'],
	])("%s: %j is dropped with an error", (key, value, message) => {
		const { record, diagnostics } = parseAs("session", { session: 3, [key]: value });
		expect(said(diagnostics)).toEqual([`error ${message}`]);
		expect(diagnostics[0]?.field).toBe(key);
		expect(record.scores).toEqual({});
	});

	describe("totals and items", () => {
		test("the total is computed from the items when only the items are given", () => {
			const { record, diagnostics } = parseAs("session", { session: 1, phq9_items: PHQ9_ITEMS });
			expect(diagnostics).toEqual([]);
			expect(record.scores).toEqual({ phq9: 12 });
			expect(record.phq9Items).toEqual(PHQ9_ITEMS);
		});

		test("a total that disagrees with its items gets an error and the items' sum is used", () => {
			const { record, diagnostics } = parseAs("session", { session: 1, phq9: 10, phq9_items: PHQ9_ITEMS, gad7: 3, gad7_items: GAD7_ITEMS });
			expect(record.scores).toEqual({ phq9: 12, gad7: 9 });
			expect(said(diagnostics)).toEqual([
				"error phq9: 10 does not match phq9_items, whose items add up to 12; 12 is used",
				"error gad7: 3 does not match gad7_items, whose items add up to 9; 9 is used",
			]);
			expect(diagnostics.map((d) => d.field)).toEqual(["phq9", "gad7"]);
		});

		test("an out-of-range total beside valid items: one range error, the items' sum is used", () => {
			const { record, diagnostics } = parseAs("session", { session: 1, phq9: 40, phq9_items: PHQ9_ITEMS });
			expect(record.scores).toEqual({ phq9: 12 });
			expect(said(diagnostics)).toEqual(["error phq9: 40 is not a PHQ-9 total; expected a whole number from 0 to 27"]);
		});

		test("unusable items beside a valid total: the items get the error, the total is kept", () => {
			const { record, diagnostics } = parseAs("session", { session: 1, phq9: 12, phq9_items: [1, 2] });
			expect(record.scores).toEqual({ phq9: 12 });
			expect(record.phq9Items).toBeNull();
			expect(diagnostics.map((d) => [d.field, d.severity])).toEqual([["phq9_items", "error"]]);
		});

		test("item scores written as text, as the Properties editor writes a list, are read without a warning", () => {
			const { record, diagnostics } = parseAs("session", { session: 1, gad7_items: ["0", "1", "2", "3", 0, 1, 2] });
			expect(record.gad7Items).toEqual(GAD7_ITEMS);
			expect(record.scores).toEqual({ gad7: 9 });
			expect(said(diagnostics)).toEqual([]);
		});

		test("an empty item list (a template's placeholder) is not given", () => {
			const { record, diagnostics } = parseAs("session", { session: 1, phq9_items: [], phq9: 5 });
			expect(diagnostics).toEqual([]);
			expect(record.phq9Items).toBeNull();
			expect(record.scores).toEqual({ phq9: 5 });
		});

		test("the safety items are kept as written and do not change totals", () => {
			const { record } = parseAs("session", { session: 1, hamd_item3: 2, epds_item10: 1 });
			expect(record).toMatchObject({ hamdItem3: 2, epdsItem10: 1, scores: {} });
		});
	});

	test("a session number written as text is read with a warning", () => {
		const { record, diagnostics } = parseAs("session", { session: "3" });
		expect(record.session).toBe(3);
		expect(said(diagnostics)).toEqual(['warning session: "3" is text; it is read as 3, but write it as a plain number, without quotes']);
	});

	test("risk_reviewed written as text is read with a warning", () => {
		const { record, diagnostics } = parseAs("session", { session: 1, risk_reviewed: "true" });
		expect(record.riskReviewed).toBe(true);
		expect(said(diagnostics)).toEqual(['warning risk_reviewed: "true" is text; it is read as true, but write true without quotes']);
	});
});
