import { EVENT_TYPE_CATEGORY, EVENT_TYPES } from "../../../src/domain/model/vocabulary";
import { parseAs, said } from "./parse-helpers";

describe("ipt: event", () => {
	test("a full, valid event note reads without diagnostics", () => {
		const { record, diagnostics } = parseAs("event", { case: "[[Jordan R]]", date: "2025-09-14", type: "job-loss", people: ["[[Sam]]"] });
		expect(diagnostics).toEqual([]);
		expect(record).toEqual({
			kind: "event",
			path: "Clients/Jordan R/Jordan R.md",
			aliases: [],
			caseLink: { target: "Jordan R", unquoted: false },
			date: { text: "2025-09-14", day: expect.any(Number) as number, precision: "day" },
			type: "job-loss",
			category: "transition",
			people: [{ target: "Sam", unquoted: false }],
		});
	});

	test("date and type are required", () => {
		const { record, diagnostics } = parseAs("event", {});
		expect(record).toMatchObject({ date: null, type: null, category: null, people: [], caseLink: null });
		expect(said(diagnostics)).toEqual([
			"error date: missing; an event needs the date it happened (YYYY-MM-DD, or YYYY-MM or YYYY when only the month or the year is known)",
			`error type: missing; an event needs its type, one of ${EVENT_TYPES.join(", ")}`,
		]);
	});

	test.each(EVENT_TYPES.map((type) => [type, EVENT_TYPE_CATEGORY[type]]))("type %s belongs to category %s", (type, category) => {
		const { record, diagnostics } = parseAs("event", { date: "2025-01", type: type.toUpperCase() });
		expect(diagnostics).toEqual([]);
		expect(record).toMatchObject({ type, category });
	});

	test.each([
		["New Job", "new-job"],
		["empty_nest", "empty-nest"],
		["  school change ", "school-change"],
	])("type %j is matched with spaces or underscores for hyphens", (input, type) => {
		expect(parseAs("event", { date: "2025-01", type: input }).record.type).toBe(type);
	});

	test.each([
		["date", "yesterday", 'error date: "yesterday" is not a date; expected YYYY-MM-DD, YYYY-MM, YYYY or an ISO date-time'],
		["type", "holiday", `error type: "holiday" is not an event type; expected one of ${EVENT_TYPES.slice(0, -1).join(", ")} or other`],
		["type", ["death"], `error type: ["death"] is not an event type; expected one of ${EVENT_TYPES.slice(0, -1).join(", ")} or other`],
		["people", { who: "Sam" }, 'error people: {who: "Sam"} is not a link; expected a note link such as "[[Jordan R]]"'],
	])("%s: %j is dropped with an error", (key, value, message) => {
		const { diagnostics } = parseAs("event", { date: "2025-01-01", type: "other", [key]: value });
		expect(said(diagnostics)).toEqual([message]);
		expect(diagnostics[0]?.field).toBe(key);
	});

	test("an invalid required value is reported once, as invalid, not also as missing", () => {
		const { record, diagnostics } = parseAs("event", { date: "2025-13-01", type: "death" });
		expect(record.date).toBeNull();
		expect(diagnostics).toHaveLength(1);
	});
});
