import { NameMatcher } from "../../../src/domain/privacy/name-matcher";
import { foldName, readingOf, readingsOf } from "../../../src/domain/privacy/reading";
import { redactor, redactorOf } from "../../../src/domain/privacy/redact";

describe("the reading of a text", () => {
	it("folds spellings a person reads alike", () => {
		expect(new Set(["STRAUSS", "Strauß", "strauss", "STRAUẞ"].map(foldName))).toEqual(new Set(["strauss"]));
		expect(new Set(["İpek", "ipek", "Ipek", "ıpek", "IPEK"].map(foldName))).toEqual(new Set(["ipek"]));
		expect(foldName("Ｊｏｓé\u00ad")).toBe("jose");
		expect(foldName("Ѕаm")).toBe("sam");
		expect(foldName("Σοφίας")).toBe(foldName("ΣΟΦΙΑΣ"));
	});

	it("keeps where each character read came from", () => {
		expect(readingOf("M&#97;ya")).toEqual({ text: "maya", from: [0, 1, 6, 7], to: [1, 6, 7, 8] });
		expect(readingOf("plain text")).toEqual({ text: "plain text", from: null, to: null });
	});

	it("reads emphasis and inline HTML both as rendered and as written", () => {
		expect(readingsOf("S**a**m <b title='Jo'>x</b>").map((reading) => reading.text)).toEqual(["sam x", "s**a**m <b title='jo'>x</b>"]);
		expect(readingsOf("Sam")).toHaveLength(1);
	});
});

describe("finding names", () => {
	const names = new NameMatcher([
		{ name: "Sam Lee", label: "Partner" },
		{ name: "(Sammy)", label: "Partner" },
		{ name: "Maya", label: "Client" },
	]);

	it("finds a name by its first word whatever stands before it, and not inside another word", () => {
		expect(names.find("Sammy, Sam Lee2 and Samuel").map(({ start, end }) => [start, end])).toEqual([
			[0, 5],
			[7, 14],
		]);
	});

	it("finds a possessive without its apostrophe, and a name after digits, but not a name inside a number", () => {
		expect(names.find("Mayas and 2Maya").map(({ start, end, possessive }) => [start, end, possessive])).toEqual([
			[0, 5, true],
			[11, 15, false],
		]);
	});

	it("joins overlapping finds, the longer naming the stretch", () => {
		const redact = redactorOf([new NameMatcher([{ name: "Sam", label: "Partner" }]), new NameMatcher([{ name: "Sam Lee", label: "Another person" }])], "every-name");
		expect(redact("Sam Lee and Sam")).toBe("Another person and Partner");
	});

	it("leaves an everyday-word name for the export's leak scan, and hides it on screen", () => {
		const replacements = [
			{ name: "Will Ng", label: "Partner" },
			{ name: "Will", label: "Partner", everyday: true as const },
		];
		expect(redactor(replacements, "not-everyday-words")("Will Ng will call; Will agreed")).toBe("Partner will call; Will agreed");
		expect(redactor(replacements)("Will Ng will call; Will agreed")).toBe("Partner Partner call; Partner agreed");
	});
});
