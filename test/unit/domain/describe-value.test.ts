import { describeValue } from "../../../src/domain/schema/describe-value";

describe("describeValue", () => {
	test.each([
		["text", "paused", '"paused"'],
		["text with quotes", 'say "hi"', '"say \\"hi\\""'],
		["a number", 5, "5"],
		["minus zero", -0, "0"],
		["NaN", Number.NaN, "NaN"],
		["infinity", -Infinity, "-Infinity"],
		["a boolean", false, "false"],
		["null", null, "null"],
		["undefined", undefined, "undefined"],
		["a bigint", 10n, "10"],
		["a symbol", Symbol("s"), "Symbol(s)"],
		["a function", () => 1, "a function"],
		["a date", new Date(Date.UTC(2026, 2, 1)), "2026-03-01T00:00:00.000Z"],
		["an invalid date", new Date(Number.NaN), "an invalid date"],
		["a list", [1, "a", null], '[1, "a", null]'],
		["an empty list", [], "[]"],
		["a long list", [1, 2, 3, 4, 5, 6], "[1, 2, 3, 4, …]"],
		["an object", { a: 1, b: "x" }, '{a: 1, b: "x"}'],
		["an object without prototype", Object.assign(Object.create(null) as object, { a: 1 }), "{a: 1}"],
		["nested lists", [[["Ann"]]], "[[[…]]]"],
		["nested objects", { a: { b: { c: 1 } } }, "{a: {b: {…}}}"],
		["empty nested values", [[[]], { a: {} }], "[[[]], {a: {}}]"],
	])("%s", (_label, value, shown) => {
		expect(describeValue(value)).toBe(shown);
	});

	test("long text is cut, and the whole description stays short", () => {
		expect(describeValue("x".repeat(100))).toBe(`"${"x".repeat(40)}…"`);
		const long = describeValue(["y".repeat(100), "z".repeat(100), { ["k".repeat(100)]: 1 }]);
		expect(long.length).toBeLessThanOrEqual(80);
		expect(long.endsWith("…")).toBe(true);
	});

	test("very deep nesting is summarised, not walked", () => {
		let deep: unknown = "bottom";
		for (let i = 0; i < 10_000; i++) deep = [deep];
		expect(describeValue(deep)).toBe("[[[…]]]");
	});
});
