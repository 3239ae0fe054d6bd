import { startAfterFirstSession } from "../../../src/domain/engine/case-start";
import type { CaseBundle } from "../../../src/domain/model/case-bundle";
import type { CaseRecord, SessionRecord } from "../../../src/domain/model/records";
import { parseNote } from "../../../src/domain/parse-note";

function bundle(start: string, sessions: Record<string, string>): CaseBundle {
	const record = parseNote("Ann/Ann.md", { ipt: "case", client: "A", start }).record as CaseRecord;
	const notes = Object.entries(sessions).map(([number, date]) => parseNote(`Ann/Session ${number}.md`, { ipt: "session", session: Number(number), date }).record as SessionRecord);
	return { path: record.path, record, people: [], events: [], sessions: notes, supervision: [] };
}

describe("a case whose start is after its first session", () => {
	it("is a warning on the case note's start, naming the first session held", () => {
		expect(startAfterFirstSession(bundle("2026-05-01", { 2: "2026-04-09", 1: "2026-04-02", 3: "2026-05-07" }))).toEqual({
			path: "Ann/Ann.md",
			field: "start",
			severity: "warning",
			message: 'start: 2026-05-01 is after the first session (session 1, held 2026-04-02, in "Ann/Session 1.md"); set start to 2026-04-02 or earlier, or correct that session\'s date.',
		});
	});

	it("is nothing when the start is on or before it, or a date known only to the month may hold it", () => {
		expect(startAfterFirstSession(bundle("2026-04-02", { 1: "2026-04-02" }))).toBeNull();
		expect(startAfterFirstSession(bundle("2026-04", { 1: "2026-04-02" }))).toBeNull();
		expect(startAfterFirstSession(bundle("2026-04-20", { 1: "2026-04" }))).toBeNull();
		expect(startAfterFirstSession(bundle("2026-05", { 1: "2026-04-30" }))?.field).toBe("start");
	});
});
