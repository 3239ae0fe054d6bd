import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { analyseCase } from "../../../src/domain/engine/analyse-case";
import type { CaseBundle } from "../../../src/domain/model/case-bundle";
import type { NoteRecord } from "../../../src/domain/model/records";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { SAMPLE_CASE_NOTES } from "../../../src/domain/templates/sample-case";
import { parseText } from "./note-text";

const SOURCE = join(__dirname, "../../../src/templates/sample-case");
const FOLDER = "IPT/Sample";

function filesUnder(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		return entry.isDirectory() ? filesUnder(path) : [relative(SOURCE, path).split(sep).join("/")];
	});
}

const parsed = SAMPLE_CASE_NOTES().map((note) => parseText(`${FOLDER}/${note.relativePath}`, note.text));
const records = parsed.map((p) => p.record).filter((r): r is NoteRecord => r !== null);
const ofKind = <K extends NoteRecord["kind"]>(kind: K) => records.filter((r): r is Extract<NoteRecord, { kind: K }> => r.kind === kind);
const sessions = ofKind("session");

describe("the sample case", () => {
	it("ships every note in src/templates/sample-case, under its own path, as written", () => {
		expect(SAMPLE_CASE_NOTES().map((n) => n.relativePath).sort()).toEqual(filesUnder(SOURCE).sort());
		for (const note of SAMPLE_CASE_NOTES()) expect(note.text).toBe(readFileSync(join(SOURCE, note.relativePath), "utf8"));
	});

	it("parses cleanly: every note is an IPT note, with no diagnostics", () => {
		for (const note of parsed) {
			expect(note.kind).not.toBeNull();
			expect({ path: note.path, diagnostics: note.diagnostics }).toEqual({ path: note.path, diagnostics: [] });
		}
	});

	it("is one labelled fictional case, mid-therapy, of the promised size", () => {
		const [caseNote, ...others] = ofKind("case");
		expect(others).toEqual([]);
		expect(caseNote).toMatchObject({ focus: ["role-transition"], status: "active" });
		expect(SAMPLE_CASE_NOTES().find((n) => n.relativePath === "Elena V.md")?.text.toLowerCase()).toContain("fictional training case");
		expect(ofKind("person").length).toBeGreaterThanOrEqual(7);
		expect(ofKind("person").length).toBeLessThanOrEqual(9);
		expect(ofKind("event").length).toBeGreaterThanOrEqual(3);
		expect(ofKind("event").length).toBeLessThanOrEqual(4);
		expect(sessions.map((s) => s.session)).toEqual([1, 2, 3, 4, 5]);
	});

	it("has a PHQ-9 score, homework and protocol tasks in every session", () => {
		for (const session of sessions) {
			expect(session.scores.phq9).toEqual(expect.any(Number));
			expect(session.phq9Items).toHaveLength(9);
			expect(session.homework.length).toBeGreaterThan(0);
			expect(session.tasks.length).toBeGreaterThan(0);
		}
	});

	it("reads, in the engine, as a middle-phase case with a strong transition, a reviewed safety item and no warnings", () => {
		const byPath = (a: NoteRecord, b: NoteRecord) => a.path.localeCompare(b.path);
		const [record] = ofKind("case");
		if (record === undefined) throw new Error("no case note");
		const bundle: CaseBundle = {
			path: record.path,
			record,
			people: ofKind("person").sort(byPath),
			events: ofKind("event").sort(byPath),
			sessions: [...sessions].sort(byPath),
			supervision: [],
		};
		const analysis = analyseCase(bundle, DEFAULT_ENGINE_SETTINGS, "2026-03-10");
		expect(analysis).toMatchObject({ phase: "middle", today: "2026-03-03", sessionsHeld: 5, warnings: [] });
		// The strain with Marco is flagged too: the case note explains why it is worked on within the transition.
		expect(analysis.flags.map((f) => [f.area, f.strength])).toEqual([
			["role-dispute", "strong"],
			["role-transition", "strong"],
		]);
		expect(analysis.measures.phq9).toMatchObject({ baseline: 16, latest: 10, count: 5 });
		expect(analysis.safety).toEqual([expect.objectContaining({ measure: "phq9", session: 1, reviewed: true })]);
	});
});
