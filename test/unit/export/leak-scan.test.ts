import type { KnownName } from "../../../src/domain/privacy/known-names";
import { findLeaks } from "../../../src/domain/export/leak-scan";

const KNOWN: KnownName[] = [
	{ name: "María Rivera", label: "Mother", source: "name of People/Maria.md" },
	{ name: "María", label: "Mother", source: 'part of "María Rivera", name of People/Maria.md' },
	{ name: "Sam O'Neil", label: "Sister", source: "name of People/Sam.md" },
	{ name: "Lee", label: "Friend", source: "name of People/Lee.md" },
	{ name: "Session 1", label: "Session 1", source: "file name of Sessions/Session 1.md" },
];

describe("findLeaks", () => {
	it("is empty when no known name is left", () => {
		expect(findLeaks([{ name: "summary.md", text: "Mother and Sister sleep badly; Session 1 went well.\n" }], KNOWN)).toEqual([]);
	});

	it("finds a name in any letter case, with or without accents, and says where and whence", () => {
		const text = "# Summary\nMother\nmaria rivera came\nMARÍA left, and so did Maria\n";
		expect(findLeaks([{ name: "summary.md", text }], KNOWN)).toEqual([
			{ name: "María Rivera", where: "summary.md, line 3", source: "name of People/Maria.md" },
			{ name: "María", where: "summary.md, line 4", source: 'part of "María Rivera", name of People/Maria.md' },
		]);
	});

	it("reads SVG text as a viewer shows it, entities unescaped", () => {
		const svg = '<svg xmlns="http://www.w3.org/2000/svg">\n<title>Sam O&apos;Neil: circle 1</title>\n<text>Le&#101;</text>\n</svg>\n';
		expect(findLeaks([{ name: "closeness-circle.svg", text: svg }], KNOWN).map((leak) => [leak.name, leak.where])).toEqual([
			["Sam O'Neil", "closeness-circle.svg, line 2"],
			["Lee", "closeness-circle.svg, line 3"],
		]);
	});

	it("does not look for a name that is also a label the export writes", () => {
		expect(findLeaks([{ name: "summary.md", text: "Session 1" }], KNOWN)).toEqual([]);
	});

	it("checks every file", () => {
		const files = [
			{ name: "summary.md", text: "clean" },
			{ name: "measures.svg", text: "<title>Lee</title>" },
		];
		expect(findLeaks(files, KNOWN).map((leak) => leak.where)).toEqual(["measures.svg, line 1"]);
	});
});
