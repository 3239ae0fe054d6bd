import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { analyseCase } from "../../../src/domain/engine/analyse-case";
import { PRACTICE_CASES } from "../../../src/domain/practice/practice-cases";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { parseText } from "../templates/note-text";
import { indexOf } from "./practice-index";

const SOURCE = join(__dirname, "../../../src/templates/practice-cases");

function filesUnder(root: string, folder = root): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		return entry.isDirectory() ? filesUnder(root, path) : [relative(root, path).split(sep).join("/")];
	});
}

// What each case is written to teach: the one area the engine should flag, and the protocol.
const INTENDED: Readonly<Record<string, { area: string; protocol: string }>> = {
	"grief-standard": { area: "grief", protocol: "standard" },
	"dispute-adolescent": { area: "role-dispute", protocol: "adolescent" },
	"transition-perinatal": { area: "role-transition", protocol: "perinatal" },
	"sensitivity-standard": { area: "interpersonal-sensitivity", protocol: "standard" },
};

describe("the practice cases", () => {
	it("ship every note under src/templates/practice-cases, as written", () => {
		const shipped = PRACTICE_CASES().flatMap((practice) => practice.notes.map((note) => `${practice.folder.replace(" (practice case)", "")}/${note.relativePath}`));
		expect(shipped.sort()).toEqual(filesUnder(SOURCE).sort());
		for (const practice of PRACTICE_CASES()) {
			for (const note of practice.notes) expect(note.text).toBe(readFileSync(join(SOURCE, practice.folder.replace(" (practice case)", ""), note.relativePath), "utf8"));
		}
	});

	it("parse without a diagnostic, and each case note is fictional, with no focus and no formulation", () => {
		for (const practice of PRACTICE_CASES()) {
			for (const note of practice.notes) expect({ note: note.relativePath, diagnostics: parseText(`IPT/${practice.folder}/${note.relativePath}`, note.text).diagnostics }).toEqual({ note: note.relativePath, diagnostics: [] });
			const index = indexOf([{ folder: `IPT/${practice.folder}`, notes: practice.notes }]);
			const [bundle, ...others] = index.cases();
			expect(others).toEqual([]);
			expect(bundle?.record).toMatchObject({ fictional: true, focus: [] });
			expect(bundle?.sessions.flatMap((s) => s.tasks)).not.toContain("formulation");
			expect(practice.label.toLowerCase()).not.toMatch(/grief|dispute|transition|sensitivity/);
		}
	});

	it.each(PRACTICE_CASES().map((practice) => [practice.id, practice] as const))("%s makes the engine flag the area it teaches, strongly, and nothing else", (id, practice) => {
		const bundle = indexOf([{ folder: `IPT/${practice.folder}`, notes: practice.notes }]).cases()[0];
		if (!bundle) throw new Error("no case");
		const analysis = analyseCase(bundle, DEFAULT_ENGINE_SETTINGS, "2026-06-01");
		expect(bundle.record.protocol).toBe(INTENDED[id]?.protocol);
		expect(analysis.flags.map((flag) => [flag.area, flag.strength])).toEqual([[INTENDED[id]?.area, "strong"]]);
		expect(analysis.safety).toEqual([]);
	});

	it("differ in problem area and cover more than one protocol", () => {
		expect(new Set(Object.values(INTENDED).map((i) => i.area)).size).toBe(PRACTICE_CASES().length);
		expect(Object.keys(INTENDED).sort()).toEqual(PRACTICE_CASES().map((p) => p.id).sort());
	});
});
