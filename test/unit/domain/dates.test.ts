import { addMonths, dayFromParts, isoFromDay, parseDate, partsFromDay, wholeMonthsBetween } from "../../../src/domain/model/dates";

const day = (iso: string): number => {
	const parsed = parseDate(iso);
	if (parsed === null) throw new Error(`test date ${iso} did not parse`);
	return parsed.day;
};

describe("parseDate", () => {
	test.each([
		["2026-03-01", "2026-03-01", "day"],
		["  2026-03-01  ", "2026-03-01", "day"],
		["2024-02-29", "2024-02-29", "day"],
		["2000-02-29", "2000-02-29", "day"],
		["2026-03", "2026-03", "month"],
		["2026-03-01T10:00", "2026-03-01", "day"],
		["2026-03-01T10:00:59", "2026-03-01", "day"],
		["2026-03-01T10:00:00.123Z", "2026-03-01", "day"],
		["2026-03-01 23:30", "2026-03-01", "day"],
		["2026-03-01T23:30:00-05:00", "2026-03-01", "day"],
		["2026-03-01T00:30:00+0200", "2026-03-01", "day"],
		["0050-06-15", "0050-06-15", "day"],
		["2019", "2019", "year"],
		[2019, "2019", "year"],
	])("reads %j as %s (%s precision)", (input, text, precision) => {
		expect(parseDate(input)).toMatchObject({ text, precision });
	});

	test("a month-precision date counts as the first day of its month", () => {
		expect(parseDate("2026-03")?.day).toBe(day("2026-03-01"));
	});

	test("day numbers count from 1970-01-01 in UTC, keeping the calendar date of a date-time", () => {
		expect(parseDate("1970-01-01")?.day).toBe(0);
		expect(parseDate("1970-01-02")?.day).toBe(1);
		expect(parseDate("1969-12-31")?.day).toBe(-1);
		expect(parseDate("2026-03-01T23:30:00-05:00")?.day).toBe(day("2026-03-01"));
	});

	test("years below 100 are not taken for 1900-1999", () => {
		expect(isoFromDay(day("0050-06-15"))).toBe("0050-06-15");
		expect(parseDate("0004-02-29")).not.toBeNull();
		expect(parseDate("0100-02-29")).toBeNull();
	});

	test.each([
		"2026-02-30",
		"2026-02-29",
		"2100-02-29",
		"2026-04-31",
		"2026-13-01",
		"2026-00-10",
		"2026-01-00",
		"2026-01-32",
		"0000-01-01",
		"2026-3-1",
		"26-03-01",
		"2026/03/01",
		"01.03.2026",
		"March 2026",
		"20261",
		"202",
		"2026-03-01T25:00",
		"2026-03-01T10:60",
		"2026-03-01T10:00:61",
		"2026-03-01T10:00+25:00",
		"2026-03-01T",
		"2026-03-01 and more",
		"",
	])("rejects %j", (input) => {
		expect(parseDate(input)).toBeNull();
	});

	test.each([null, undefined, 20260301, 999, 2019.5, true, ["2026-03-01"], { date: "2026-03-01" }, new Date(Number.NaN)])("rejects the non-date %p", (input) => {
		expect(parseDate(input)).toBeNull();
	});

	test("reads a Date object (the yaml package's timestamp schema) by its UTC calendar date", () => {
		expect(parseDate(new Date(Date.UTC(2026, 2, 1)))).toEqual({ text: "2026-03-01", day: day("2026-03-01"), precision: "day" });
	});
});

describe("day arithmetic", () => {
	test("dayFromParts, partsFromDay and isoFromDay agree", () => {
		const d = dayFromParts(2026, 3, 1);
		expect(partsFromDay(d)).toEqual({ year: 2026, month: 3, dayOfMonth: 1 });
		expect(isoFromDay(d)).toBe("2026-03-01");
		expect(isoFromDay(dayFromParts(44, 7, 4))).toBe("0044-07-04");
	});

	test.each([
		["2026-01-15", 1, "2026-02-15"],
		["2026-01-31", 1, "2026-02-28"],
		["2024-01-31", 1, "2024-02-29"],
		["2026-03-31", -1, "2026-02-28"],
		["2026-03-15", -12, "2025-03-15"],
		["2026-03-15", -15, "2024-12-15"],
		["2026-11-30", 3, "2027-02-28"],
		["2026-05-10", 0, "2026-05-10"],
		["0001-01-15", -1, "0000-12-15"],
	])("addMonths(%s, %i) is %s", (from, months, expected) => {
		const result = addMonths(day(from), months);
		expect(isoFromDay(result)).toBe(expected);
	});

	test("addMonths counts months across year 0 without wrapping", () => {
		expect(partsFromDay(addMonths(day("0001-01-15"), -13))).toEqual({ year: -1, month: 12, dayOfMonth: 15 });
	});

	test.each([
		["2026-01-15", "2026-03-15", 2],
		["2026-01-15", "2026-03-14", 1],
		["2026-03-15", "2026-01-15", -2],
		["2026-03-14", "2026-01-15", -1],
		["2025-03-01", "2026-03-01", 12],
		["2026-03-01", "2026-03-31", 0],
	])("wholeMonthsBetween(%s, %s) is %i", (from, to, months) => {
		expect(wholeMonthsBetween(day(from), day(to))).toBe(months);
	});
});
