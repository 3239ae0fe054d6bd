import { LETTER, unicodePattern } from "../../../src/domain/model/unicode-pattern";

describe("unicodePattern", () => {
	test("makes the pattern once, with the u flag and the flags given", () => {
		const edges = unicodePattern(String.raw`^[^\p{L}]+|[^\p{L}]+$`, "g");
		expect(edges()).toBe(edges());
		expect(edges().flags).toBe("gu");
		expect("«Zoë»".replace(edges(), "")).toBe("Zoë");
	});

	test("LETTER is a letter of any script, not a digit or a mark of punctuation", () => {
		for (const letter of ["a", "Ж", "ע", "ب", "王", "ß"]) expect(LETTER().test(letter)).toBe(true);
		for (const other of ["1", "٣", "-", " ", "’"]) expect(LETTER().test(other)).toBe(false);
	});
});
