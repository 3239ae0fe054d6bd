import { readDate, readName, readWholeNumber } from "../../../src/domain/planning/form-input";

describe("readName", () => {
	it("trims and keeps the text as typed", () => {
		expect(readName("  Jo R ", "Client code")).toEqual({ ok: true, value: "Jo R" });
	});

	it("requires something", () => {
		expect(readName("  ", "Client code")).toEqual({ ok: false, message: "Client code is required." });
	});

	it("requires something usable in a file name", () => {
		expect(readName("//", "Name")).toEqual({ ok: false, message: "Name needs at least one letter or digit." });
	});
});

describe("readWholeNumber", () => {
	it("reads whole numbers in range", () => {
		expect(readWholeNumber("12", 1, 52)).toEqual({ ok: true, value: 12 });
		expect(readWholeNumber(" 52 ", 1, 52)).toEqual({ ok: true, value: 52 });
	});

	it.each(["0", "53", "1.5", "-3", "twelve", "", "1e1"])("refuses %p", (text) => {
		expect(readWholeNumber(text, 1, 52)).toEqual({ ok: false, message: "Enter a whole number from 1 to 52." });
	});

	it("gives the fallback for empty text when there is one", () => {
		expect(readWholeNumber("", 1, 52, 16)).toEqual({ ok: true, value: 16 });
	});
});

describe("readDate", () => {
	it("reads full dates and month-precision dates", () => {
		expect(readDate("2026-03-14", true)).toEqual({ ok: true, value: "2026-03-14" });
		expect(readDate("2026-03", true)).toEqual({ ok: true, value: "2026-03" });
	});

	it("refuses dates that do not exist, date-times and a year alone where it is no answer", () => {
		for (const text of ["2026-02-30", "2026/02/30", "2026-03-14T10:00", "2026"]) {
			expect(readDate(text, false)).toEqual({ ok: false, message: "Use a date like 2026-03-14, or 2026-03 when only the month is known." });
		}
		expect(readDate("March", true, { year: true })).toEqual({ ok: false, message: "Use a date like 2026-03-14, or 2026-03 or 2026 when only the month or the year is known." });
	});

	it("takes the other ways of writing a date the notes accept, and writes the format's form", () => {
		expect(readDate("2026-3-14", true)).toEqual({ ok: true, value: "2026-03-14" });
		expect(readDate("14/03/2026", true)).toEqual({ ok: true, value: "2026-03-14" });
		expect(readDate("2026.03", true)).toEqual({ ok: true, value: "2026-03" });
	});

	it("asks which reading is meant when day and month could be either way round", () => {
		expect(readDate("12/03/2026", true)).toEqual({ ok: false, message: "12/03/2026 could be 12 March 2026 or 3 December 2026: write 2026-03-12 or 2026-12-03." });
	});

	it("takes a year alone where it is allowed", () => {
		expect(readDate("2019", true, { year: true })).toEqual({ ok: true, value: "2019" });
	});

	it("lets an optional date be empty and a required one not", () => {
		expect(readDate(" ", false)).toEqual({ ok: true, value: null });
		expect(readDate("", true)).toEqual({ ok: false, message: "A date is required, like 2026-03-14." });
	});
});
