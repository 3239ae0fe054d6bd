import { parseNote } from "../../../src/domain/parse-note";
import { NOTE_PATH, parseAs, said } from "./parse-helpers";

describe("ipt: supervision", () => {
	test("a full, valid supervision note reads without diagnostics", () => {
		const { record, diagnostics } = parseAs("supervision", {
			case: "[[Jordan R]]",
			date: "2026-03-10",
			supervisor: " Dr Hannah Lee ",
			minutes: 60,
			format: "Individual",
			recording_reviewed: true,
			consent_recorded: false,
			sessions: [2, "5", 2],
		});
		expect(diagnostics).toEqual([]);
		expect(record).toEqual({
			kind: "supervision",
			path: NOTE_PATH,
			aliases: [],
			caseLink: { target: "Jordan R", unquoted: false },
			date: { text: "2026-03-10", day: expect.any(Number) as number, precision: "day" },
			supervisor: "Dr Hannah Lee",
			minutes: 60,
			format: "individual",
			recordingReviewed: true,
			consentRecorded: false,
			sessions: [2, 5],
		});
	});

	test("date, supervisor and minutes are required; the rest may be left out", () => {
		const { record, diagnostics } = parseAs("supervision", {});
		expect(record).toMatchObject({ date: null, supervisor: null, minutes: null, format: null, recordingReviewed: null, consentRecorded: null, sessions: [] });
		expect(said(diagnostics)).toEqual([
			"error date: missing; a supervision note needs the day it was held (YYYY-MM-DD)",
			"error supervisor: missing; a supervision note needs the supervisor's name",
			"error minutes: missing; a supervision note needs how long it lasted, in minutes (60 for an hour)",
		]);
	});

	test("each unusable value is named with its file and field, and the rest of the note is kept", () => {
		const parsed = parseNote("Supervision/2026-03-10.md", {
			ipt: "supervision",
			date: "2026-03-10",
			supervisor: "Dr Lee",
			minutes: 900,
			format: "pairs",
			recording_reviewed: "yes",
			sessions: [3, 0, "two"],
		});
		expect(parsed.record).toMatchObject({ supervisor: "Dr Lee", minutes: null, format: null, recordingReviewed: null, sessions: [3] });
		expect(parsed.diagnostics.map((d) => [d.path, d.field, d.severity])).toEqual([
			["Supervision/2026-03-10.md", "minutes", "error"],
			["Supervision/2026-03-10.md", "format", "error"],
			["Supervision/2026-03-10.md", "recording_reviewed", "error"],
			["Supervision/2026-03-10.md", "sessions", "error"],
			["Supervision/2026-03-10.md", "sessions", "error"],
		]);
		expect(said(parsed.diagnostics)).toEqual([
			"error minutes: 900 is not a number of minutes; expected a whole number from 1 to 600",
			"error format: \"pairs\" is not a supervision format; expected one of individual or group",
			"error recording_reviewed: \"yes\" is not a yes/no value; expected true or false",
			"error sessions: 0 is not a session number; expected a whole number from 1 up",
			"error sessions: \"two\" is not a session number; expected a whole number from 1 up",
		]);
	});

	test("a misspelt key and a plural kind are read as meant, with a warning", () => {
		const parsed = parseNote("S.md", { ipt: "supervisions", date: "2026-03-10", supervsor: "Dr Lee", minutes: 45 });
		expect(parsed.record).toMatchObject({ kind: "supervision", supervisor: "Dr Lee" });
		expect(parsed.diagnostics.map((d) => [d.field, d.severity])).toEqual([
			["supervsor", "warning"],
			["ipt", "warning"],
		]);
	});
});
