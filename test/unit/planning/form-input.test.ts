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

	it("refuses dates that do not exist or are in another form", () => {
		for (const text of ["2026-02-30", "14/03/2026", "2026-3-14", "2026-03-14T10:00"]) {
			expect(readDate(text, false)).toEqual({ ok: false, message: "Use a date like 2026-03-14, or 2026-03 when only the month is known." });
		}
	});

	it("lets an optional date be empty and a required one not", () => {
		expect(readDate(" ", false)).toEqual({ ok: true, value: null });
		expect(readDate("", true)).toEqual({ ok: false, message: "A date is required, like 2026-03-14." });
	});
});
