import { dateAnchor, relativeDate, relativeDatesIn, type DateAnchor } from "../../../src/domain/export/relative-dates";
import { bundle, d, session } from "../engine/builders";

const ANCHOR: DateAnchor = { day: d("2026-09-01").day, what: "the first session" };

describe("relativeDate", () => {
	it.each([
		["2026-09-01", "week 1"],
		["2026-09-07", "week 1"],
		["2026-09-08", "week 2"],
		["2026-10-06", "week 6"],
		["2027-09-01", "week 53"],
		["2026-10", "around week 5"],
		["2026-08-31", "1 day before start"],
		["2026-08-26", "6 days before start"],
		["2026-08-25", "1 week before start"],
		["2026-08-10", "3 weeks before start"],
		["2026-08-01", "1 month before start"],
		["2026-06-01", "3 months before start"],
		["2026-08", "1 month before start"],
		["2024-09-01", "2 years before start"],
		["2023-03-01", "3 years before start"],
	])("%s reads %s", (date, expected) => {
		expect(relativeDate(d(date), ANCHOR)).toBe(expected);
	});

	it("leaves a date out when there is nothing to count from", () => {
		expect(relativeDate(d("2026-09-01"), null)).toBe("date left out");
	});
});

describe("relativeDatesIn", () => {
	it("replaces every ISO date and date-time in free text, with its 'on'", () => {
		expect(relativeDatesIn("Seen 2026-09-08, called on 2026-09-15T10:30:00Z; On 2026-06-01 she moved.", ANCHOR)).toBe(
			"Seen week 2, called in week 3; 3 months before start she moved.",
		);
	});

	it("leaves numbers that are not dates, and dates inside words, alone", () => {
		expect(relativeDatesIn("Score 2026-13-01, code X2026-09-08, 12-09", ANCHOR)).toBe("Score 2026-13-01, code X2026-09-08, 12-09");
	});
});

describe("dateAnchor", () => {
	it("is the date of the lowest-numbered dated session", () => {
		const anchor = dateAnchor(bundle({ record: { start: d("2026-08-01") }, sessions: [session(2, { date: d("2026-09-08") }), session(1), session(3, { date: d("2026-09-15") })] }));
		expect(anchor).toEqual({ day: d("2026-09-08").day, what: "the first session (session 2)" });
	});

	it("falls back to the case's start, then to none", () => {
		expect(dateAnchor(bundle({ record: { start: d("2026-08-01") } }))).toEqual({ day: d("2026-08-01").day, what: "the case's start date" });
		expect(dateAnchor(bundle({ sessions: [session(1)] }))).toBeNull();
	});
});
