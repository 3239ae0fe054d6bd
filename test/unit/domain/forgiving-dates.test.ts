// Dates written the other ways people write them are read with the fix named; a year
// alone is a date of a life event and works wherever a month does.
import { relativeToOnset } from "../../../src/domain/engine/case-clock";
import { relativeDate, relativeDatesIn, withoutCountsFromToday } from "../../../src/domain/export/relative-dates";
import { lastDayOf, parseDate } from "../../../src/domain/model/dates";
import { readWrittenDate } from "../../../src/domain/model/loose-dates";
import { timelineModel } from "../../../src/domain/views/timeline-model";
import { plainNames } from "../../../src/domain/privacy/case-names";
import { analyse, bundle, d, event, flagOf, person, session } from "../engine/builders";
import { parseAs, said } from "./parse-helpers";

describe("readWrittenDate", () => {
	test.each([
		["2026-3-5", "2026-03-05"],
		["2026-03-5", "2026-03-05"],
		["2026/03/05", "2026-03-05"],
		["2026.03.05", "2026-03-05"],
		["2026/3", "2026-03"],
		["2026-3", "2026-03"],
		["05.03.2026", "2026-03-05"],
		["25/03/2026", "2026-03-25"],
		["03/25/2026", "2026-03-25"],
		["5/5/2026", "2026-05-05"],
	])("reads %j as %s, to be written so", (input, text) => {
		expect(readWrittenDate(input)).toEqual({ kind: "loose", date: d(text) });
	});

	test.each(["2026-03-05", "2026-03", "2019", 2019])("%j is written as the format writes it", (input) => {
		expect(readWrittenDate(input)?.kind).toBe("exact");
	});

	test("a day and a month that could be either way round give both readings, day first", () => {
		expect(readWrittenDate("12/03/2026")).toEqual({ kind: "ambiguous", readings: [d("2026-03-12"), d("2026-12-03")] });
		expect(readWrittenDate("12-03-2026")).toEqual({ kind: "ambiguous", readings: [d("2026-03-12"), d("2026-12-03")] });
	});

	test.each(["2026/02/30", "2026/13/01", "32/13/2026", "2026/03-05", "5 March", "26/3/5"])("%j is no date", (input) => {
		expect(readWrittenDate(input)).toBeNull();
	});
});

describe("date fields", () => {
	test.each([
		["2026-3-5", 'warning date: "2026-3-5" is read as 5 March 2026; write 2026-03-05', "2026-03-05"],
		["2026/03/05", 'warning date: "2026/03/05" is read as 5 March 2026; write 2026-03-05', "2026-03-05"],
		["2026.03.05", 'warning date: "2026.03.05" is read as 5 March 2026; write 2026-03-05', "2026-03-05"],
		["2026/3", 'warning date: "2026/3" is read as March 2026; write 2026-03', "2026-03"],
	])("a session dated %j is read with the fix named", (value, message, text) => {
		const { record, diagnostics } = parseAs("session", { session: 1, date: value });
		expect(record.date?.text).toBe(text);
		expect(said(diagnostics)).toEqual([message]);
		expect(diagnostics[0]).toMatchObject({ path: "Clients/Jordan R/Jordan R.md", field: "date" });
	});

	test("12/03/2026 is an error that offers both readings, and the date is left out", () => {
		const { record, diagnostics } = parseAs("session", { session: 1, date: "12/03/2026" });
		expect(record.date).toBeNull();
		expect(said(diagnostics)).toEqual(['error date: "12/03/2026" could be 12 March 2026 or 3 December 2026; write 2026-03-12 or 2026-12-03']);
	});

	test.each([2019, "2019"])("an event dated %j alone is known to the year, without a word", (value) => {
		const { record, diagnostics } = parseAs("event", { date: value, type: "death" });
		expect(diagnostics).toEqual([]);
		expect(record.date).toEqual({ text: "2019", day: d("2019-01-01").day, precision: "year" });
	});

	test("a person's died date may be a year alone", () => {
		const { record, diagnostics } = parseAs("person", { died: 2019 });
		expect(diagnostics).toEqual([]);
		expect(record).toMatchObject({ status: "deceased", died: { text: "2019", precision: "year" } });
	});

	test.each([
		["session", "date"],
		["case", "start"],
		["case", "onset"],
	] as const)("a %s's %s may not be a year alone", (kind, key) => {
		const { record, diagnostics } = parseAs(kind, { client: "J", session: 1, [key]: 2019 });
		expect((record as unknown as Record<string, unknown>)[key]).toBeNull();
		expect(said(diagnostics)).toEqual([`error ${key}: 2019 is a year alone, which is enough only for a life event's date; write at least the month, as 2019-MM`]);
	});
});

describe("a year alone, wherever a month works", () => {
	test("stands for its whole year", () => {
		const year = d("2019");
		expect(lastDayOf(year)).toBe(d("2019-12-31").day);
		expect(parseDate("2019")).toEqual(year);
	});

	test("counts in the look-back window when any day of its year does", () => {
		const sessions = [session(1, { date: d("2026-02-01"), tasks: ["inventory"] })];
		const mother = person("Mum", { circle: 1, died: d("2025") });
		const analysis = analyse({ record: { onset: d("2026-01-15") }, people: [mother], sessions });
		expect(flagOf(analysis, "grief")?.evidence[0]?.reason).toBe("Mum (circle 1) died in 2025, about 1 year before onset");
		expect(flagOf(analysis, "grief")?.strength).toBe("strong");
	});

	test("an event of a year long past is outside the window and on the timeline", () => {
		const sessions = [session(1, { date: d("2026-02-01") })];
		const analysis = analyse({ record: { onset: d("2026-01-15") }, events: [event("Loss", "death", "2019")], sessions });
		expect(flagOf(analysis, "grief")).toBeUndefined();
		expect(analysis.timeline.entries).toEqual([expect.objectContaining({ kind: "event", date: "2019", inWindow: false })]);
		expect(timelineModel(analysis.timeline, plainNames(bundle({}))).events[0]).toMatchObject({ date: "2019", before: true });
	});

	test("is told by years against onset", () => {
		const clock = { today: d("2026-03-01").day, onset: d("2026-01-15"), onsetSource: "onset" as const, anchor: d("2026-01-15").day, windowStart: 0, windowEnd: 0 };
		expect(relativeToOnset(d("2026"), clock)).toBe("in the same year as onset");
		expect(relativeToOnset(d("2023"), clock)).toBe("about 3 years before onset");
		expect(relativeToOnset(d("2027"), clock)).toBe("about 1 year after onset");
	});

	test("a de-identified export tells it by years from the start, never as the year", () => {
		const anchor = { day: d("2026-01-15").day, what: "the first session" };
		expect(relativeDate(d("2026"), anchor)).toBe("in the year of the start");
		expect(relativeDate(d("2024"), anchor)).toBe("2 years before start");
		expect(relativeDate(d("2027"), anchor)).toBe("around week 51");
		expect(relativeDatesIn("Mum (circle 1) died in 2024, about 2 years before onset", anchor)).toBe("Mum (circle 1) died 2 years before start, about 2 years before onset");
		expect(relativeDatesIn("Death in 2026, in the same year as onset", anchor)).toBe("Death in the year of the start, in the same year as onset");
		expect(relativeDatesIn("Write it in 1500 words, in 2024.", anchor)).toBe("Write it in 1500 words, 2 years before start.");
		expect(withoutCountsFromToday("Death in 2019, about 7 years before today")).toBe("Death in 2019");
	});
});
