// Every disguise the testers found: privacy mode hides each, and the export either
// leaves none of them or refuses with the list of what to change.
import { EXPORT_FILES } from "../../../src/domain/export/export-case";
import { findLeaks } from "../../../src/domain/export/leak-scan";
import { CaseNamesCache } from "../../../src/domain/privacy/names-cache";
import { fileText, run } from "../export/export-support";
import { loadCase } from "../export/jordan-case";
import { DISGUISED_FILES, DISGUISES, MAYA_CASE } from "./disguised-names.fixture";

const loaded = loadCase(DISGUISED_FILES, MAYA_CASE);
const vault = loaded.vault ?? { cases: [], links: () => [] };

describe("privacy mode", () => {
	const names = new CaseNamesCache(vault.links).names(loaded.bundle, true, { revision: 0, cases: () => vault.cases });

	it.each(DISGUISES)("shows %j as %j", (written, shown) => {
		expect(names.redact(written)).toBe(shown);
	});
});

describe("a de-identified export", () => {
	const result = run(loaded, { includeBodies: true });

	it("goes through, with every disguise replaced by its label", () => {
		const summary = fileText(result, EXPORT_FILES.summary);
		for (const [written] of DISGUISES) expect(summary).not.toContain(written);
		// Read independently of the reading under test: compatibility forms, no invisible characters, lower case.
		const plain = summary.normalize("NFKC").replace(/[\u00ad\u200b]/g, "").toLowerCase();
		expect(plain).not.toMatch(/\b(maya|sam|sammy|strauss|jordan|priya|jo|li|mk)\b/);
		for (const name of ["strauß", "小明", "דוד"]) expect(plain).not.toContain(name);
		expect(summary).toContain("Coffee with Another person");
		expect(summary).toContain("Client A's book");
	});

	it("is refused, with the name, the place and what to change, when an everyday-word name stands alone", () => {
		const files = {
			...DISGUISED_FILES,
			"IPT/Maya K/People/May Chen.md": "---\nipt: person\nname: May Chen\nrole: aunt\ncircle: 3\n---\n",
			"IPT/Maya K/Sessions/Session 02.md": '---\nipt: session\nsession: 2\ndate: 2026-09-08\nhomework: ["Ask May about Sunday"]\n---\n',
		};
		const refused = run(loadCase(files, MAYA_CASE));
		expect(refused).toEqual({
			refused: [{ name: "May", where: expect.stringMatching(/^summary\.md, line \d+$/) as unknown, source: 'part of "May Chen", name of "IPT/Maya K/People/May Chen.md"', everyday: true }],
		});
	});
});

describe("the leak scan", () => {
	it("finds every disguise in every kind of file", () => {
		const known = [
			{ name: "Maya", label: "Client A", source: "client field" },
			{ name: "Sam", label: "Partner", source: "name" },
			{ name: "Strauß", label: "Boss", source: "name" },
			{ name: "小明", label: "Brother", source: "name" },
			{ name: "דוד", label: "Father", source: "name" },
			{ name: "priya", label: "Sister", source: "name" },
			{ name: "Marie", label: "Aunt", source: "part of Anne\u2010Marie Okafor" },
		];
		const written = DISGUISES.map(([text]) => text).filter((text) => !/Sammy|MK|Jordan|jo and|priya/.test(text));
		for (const name of ["summary.md", "measures.svg"]) {
			const leaks = findLeaks([{ name, text: written.join("\n") }], known);
			expect(leaks.map((leak) => leak.where)).toEqual(written.map((_text, i) => `${name}, line ${i + 1}`));
		}
	});
});
