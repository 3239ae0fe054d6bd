import { EXPORT_FILES, exportFolderName } from "../../../src/domain/export/export-case";
import { fileText, namesIn, run, written } from "./export-support";
import { CASE_PATH, JORDAN_FILES, JORDAN_NAMES, JORDAN_WITH_WILL, loadCase, WILL_PATH } from "./jordan-case";

const loaded = loadCase();

describe("a de-identified export", () => {
	const result = written(run(loaded, { includeBodies: true }));

	it("writes the summary and its two pictures into a folder named by the code alone, with no date", () => {
		expect(result.folder).toBe("Client A");
		expect(result.files.map((file) => file.name)).toEqual([EXPORT_FILES.summary, EXPORT_FILES.circle, EXPORT_FILES.measures]);
	});

	it("holds none of the case's names in any file, in any letter case", () => {
		for (const file of result.files) expect([file.name, namesIn(file.text, JORDAN_NAMES)]).toEqual([file.name, []]);
	});

	it("holds no calendar date in any file", () => {
		for (const file of result.files) expect([file.name, file.text.match(/\d{4}-\d{2}/g)]).toEqual([file.name, null]);
	});
});

describe("an identified export", () => {
	const result = written(run(loaded, { identified: true, includeBodies: true }));

	it("keeps the names and dates as the notes give them", () => {
		const summary = fileText(result, EXPORT_FILES.summary);
		expect(namesIn(summary, ["Jordan Rivera", "María Rivera", "Sam O'Neil", "Christopher Lee", "Joseph Rivera", "Lost job at Acme", "JORDAN", "Jojo"])).toHaveLength(8);
		expect(summary).toContain("2026-09-01");
		expect(fileText(result, EXPORT_FILES.circle)).toContain("María Rivera");
	});

	it("names its folder by the client", () => {
		expect(result.folder).toBe("Jordan Rivera - 2026-11-25");
	});
});

describe("the final leak scan", () => {
	it("refuses the whole export when a name that is also an everyday word stands alone, saying where and whence", () => {
		const result = run(loadCase(JORDAN_WITH_WILL));
		if (!("refused" in result)) throw new Error("the export was not refused");
		expect(result.refused).toEqual([
			{ name: "Will", where: expect.stringMatching(/^summary\.md, line \d+$/) as unknown, source: `part of "Will Okafor", name of "${WILL_PATH}"`, everyday: true },
		]);
		expect("files" in result).toBe(false);
	});

	it("reads a role label as the scan does, so a name in any spelling there makes the role unusable rather than the export refused", () => {
		const files = { ...JORDAN_FILES, "IPT/Jordan R/People/Sam O'Neil.md": JORDAN_FILES["IPT/Jordan R/People/Sam O'Neil.md"]?.replace("role: sister", "role: jórdan's sister") ?? "" };
		const result = written(run(loadCase(files)));
		expect(fileText(result, EXPORT_FILES.circle)).not.toMatch(/j[oó]rdan/i);
		expect(fileText(result, EXPORT_FILES.summary)).toContain("Person 1");
	});
});

describe("without scores or bodies", () => {
	it("draws no chart without a score on the primary measure, and says so", () => {
		const noSessions = written(run(loadCase(Object.fromEntries(Object.entries(JORDAN_FILES).filter(([path]) => !path.includes("/Sessions/"))))));
		expect(noSessions.files.map((file) => file.name)).toEqual([EXPORT_FILES.summary, EXPORT_FILES.circle]);
		expect(fileText(noSessions, EXPORT_FILES.summary)).toContain("No scores yet; the primary measure is the PHQ-9.");
		const otherMeasure = written(run(loadCase({ ...JORDAN_FILES, [CASE_PATH]: JORDAN_FILES[CASE_PATH]?.replace("measure: phq9", "measure: hamd") ?? "" })));
		expect(otherMeasure.files.map((file) => file.name)).toEqual([EXPORT_FILES.summary, EXPORT_FILES.circle]);
		expect(fileText(otherMeasure, EXPORT_FILES.summary)).toContain("No HAM-D scores yet, so no chart.");
	});

	it("says the notes have no text when bodies are asked for but none are given", () => {
		const result = written(run({ ...loaded, bodies: new Map() }, { includeBodies: true }));
		expect(fileText(result, EXPORT_FILES.summary)).toMatch(/## Notes\n\nThe notes have no text beyond their properties\.\n$/);
	});
});

describe("exportFolderName", () => {
	it.each([
		["Client A", "Client A - 2026-11-25"],
		['A/B: "x"?', 'A-B- -x-- - 2026-11-25'],
		["..hidden", "hidden - 2026-11-25"],
		["\u0000", "Case - 2026-11-25"],
	])("%j gives %j", (client, expected) => {
		expect(exportFolderName(client, "2026-11-25")).toBe(expected);
	});

	it("gives no day when none is given", () => {
		expect(exportFolderName("Client A", null)).toBe("Client A");
	});
});
