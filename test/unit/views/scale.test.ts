import { isoFromDay } from "../../../src/domain/model/dates";
import { linearScale, monthTicks } from "../../../src/domain/views/scale";
import { d } from "../engine/builders";

describe("linearScale", () => {
	it("maps the domain onto the range, reversed ranges included", () => {
		const y = linearScale(0, 27, 180, 14);
		expect(y(0)).toBe(180);
		expect(y(27)).toBe(14);
		expect(y(13.5)).toBe(97);
	});

	it("maps a zero-width domain to the middle of the range", () => {
		expect(linearScale(5, 5, 0, 100)(5)).toBe(50);
	});
});

describe("monthTicks", () => {
	const day = (text: string): number => d(text).day;

	it("ticks each first of the month inside the span, January showing its year", () => {
		const ticks = monthTicks(day("2025-11-15"), day("2026-03-02"), 6);
		expect(ticks.map((tick) => tick.label)).toEqual(["Dec", "2026", "Feb", "Mar"]);
		expect(ticks.map((tick) => isoFromDay(tick.value))).toEqual(["2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01"]);
	});

	it("includes a span that starts on the first of a month", () => {
		expect(monthTicks(day("2026-09-01"), day("2026-09-30"), 6).map((tick) => tick.label)).toEqual(["Sep"]);
	});

	it("thins the ticks to at most the number asked, on calendar boundaries", () => {
		const ticks = monthTicks(day("2025-01-10"), day("2026-11-20"), 6);
		// 22 months: every third month would give 8 ticks, every sixth gives 3.
		expect(ticks.map((tick) => tick.label)).toEqual(["Jul", "2026", "Jul"]);
	});

	it("falls back to whole years for a span of many years", () => {
		const ticks = monthTicks(day("2010-06-01"), day("2026-06-01"), 5);
		expect(ticks.length).toBeLessThanOrEqual(5);
		expect(ticks.every((tick) => /^\d{4}$/.test(tick.label))).toBe(true);
	});
});
