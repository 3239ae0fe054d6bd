import { caseNotePath, eventPath, personPath, safeFileName, sessionFileName, sessionPath } from "../../../src/domain/planning/file-names";

describe("safeFileName", () => {
	it("removes every character a file system or a link cannot hold", () => {
		expect(safeFileName('a\\b/c:d*e?f"g<h>i|j#k^l[m]n')).toBe("a b c d e f g h i j k l m n");
	});

	it("collapses spaces, trims, and drops leading dots that would hide the file and trailing ones Windows drops", () => {
		expect(safeFileName("  ..Jo   R.  ")).toBe("Jo R");
		expect(safeFileName("Jo\tR\n")).toBe("Jo R");
	});

	it("keeps letters of any script and ordinary punctuation", () => {
		expect(safeFileName("Zoë O'Brien-Núñez (2)")).toBe("Zoë O'Brien-Núñez (2)");
	});

	it("is empty when nothing usable is left", () => {
		expect(safeFileName("///[]")).toBe("");
	});
});

describe("note paths", () => {
	it("pads session numbers to two digits so they sort", () => {
		expect(sessionFileName(7)).toBe("Session 07.md");
		expect(sessionFileName(12)).toBe("Session 12.md");
		expect(sessionFileName(120)).toBe("Session 120.md");
	});

	it("names the client's folder and case note from the code, made safe", () => {
		expect(caseNotePath("IPT", "J/R 01")).toBe("IPT/J R 01/J R 01.md");
		expect(caseNotePath("", "Jo")).toBe("Jo/Jo.md");
	});

	it("puts member notes in subfolders of the case note's folder", () => {
		expect(sessionPath("IPT/Jo", 3)).toBe("IPT/Jo/Sessions/Session 03.md");
		expect(personPath("IPT/Jo", "Mum: Ann")).toBe("IPT/Jo/People/Mum Ann.md");
		expect(eventPath("IPT/Jo", "2026-03-01", "job-loss")).toBe("IPT/Jo/Events/2026-03-01 job-loss.md");
		expect(personPath("", "Ann")).toBe("People/Ann.md");
	});
});
