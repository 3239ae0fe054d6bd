// The ISO date-times note-format.md allows, in the forms Obsidian, YAML and people
// write them; impossible dates and times are refused with the usual message.
import { parseDate } from "../../../src/domain/model/dates";
import { parseAs, said } from "./parse-helpers";

describe("date-times that are read by their calendar date", () => {
	test.each([
		["2025-03-04T10:30", "Obsidian's date-time property"],
		["2025-03-04T10", "the hour alone"],
		["2025-03-04t10:30:00", "a lower-case t"],
		["2025-03-04T10:30+01", "an offset in hours"],
		["2025-03-04T10:30:00+01:00", "an offset with a colon"],
		["2025-03-04T10:30-0530", "an offset without a colon"],
		["2025-03-04T10:30:00z", "a lower-case z"],
		["2025-03-04T10:30:00,5Z", "a decimal comma"],
		["2025-03-04T10.5", "a fraction of the hour"],
		["2025-03-04T23:59:60Z", "a leap second"],
		["2025-03-04 10:30:43.10 -5", "YAML's spaced timestamp with a one-digit offset"],
		["2025-03-04\t10:30", "a tab between date and time"],
	])("%j (%s)", (input) => {
		expect(parseDate(input)).toMatchObject({ text: "2025-03-04", precision: "day" });
	});
});

describe("nonsense that is refused", () => {
	test.each([
		"2025-13-04T10:30",
		"2025-02-30T10",
		"2025-03-04T25:00",
		"2025-03-04T24:00",
		"2025-03-04T10:61",
		"2025-03-04T10:30:61",
		"2025-03-04T10:30+25",
		"2025-03-04T10:30+01:60",
		"2025-03-04T10:30+530",
		"2025-03-04T1030",
		"2025-03-04T10:30Q",
		"2025-03-04x10:30",
		"2025-03-04T",
	])("%j", (input) => {
		expect(parseDate(input)).toBeNull();
	});

	test("with the usual diagnostic on the field", () => {
		const { record, diagnostics } = parseAs("session", { session: 1, date: "2025-13-04T10:30" });
		expect(record.date).toBeNull();
		expect(said(diagnostics)).toEqual(['error date: "2025-13-04T10:30" is not a date; expected YYYY-MM-DD, YYYY-MM or an ISO date-time']);
	});
});
