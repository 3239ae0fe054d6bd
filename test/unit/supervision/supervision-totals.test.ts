import { plainNames, privacyNames } from "../../../src/domain/privacy/case-names";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { supervisionTotals, type NamedCase } from "../../../src/domain/supervision/supervision-totals";
import { totalsRows, totalsText } from "../../../src/domain/supervision/totals-rows";
import type { CaseBundle } from "../../../src/domain/model/case-bundle";
import { bundle, meeting, session } from "../engine/builders";

function named(b: CaseBundle): NamedCase {
	return { bundle: b, names: plainNames(b) };
}

function totalsOf(...bundles: CaseBundle[]) {
	return supervisionTotals(bundles.map(named), DEFAULT_ENGINE_SETTINGS);
}

describe("one case's supervision", () => {
	it("sorts the sessions discussed into early, middle and late by the case's protocol", () => {
		// Standard protocol, 16 sessions: initial 1-3, final 14-16.
		const b = bundle({ supervision: [meeting("One", { sessions: [2, 3] }), meeting("Two", { sessions: [8] }), meeting("Three", { sessions: [15, 3] })] });
		const [only] = totalsOf(b).cases;
		expect(only?.sessionsByPhase).toEqual({ initial: [2, 3], middle: [8], final: [15], maintenance: [] });
		expect(only?.phasesCovered).toBe(true);
	});

	it("takes a session's own phase over its number's, and a brief protocol's shorter phases", () => {
		const b = bundle({
			record: { protocol: "brief" },
			sessions: [session(3, { phase: "initial" })],
			supervision: [meeting("One", { sessions: [3, 4, 7] })],
		});
		// Brief: 8 sessions, initial 1-2, final 7-8; session 3 says it was initial.
		expect(totalsOf(b).cases[0]?.sessionsByPhase).toEqual({ initial: [3], middle: [4], final: [7], maintenance: [] });
	});

	it("is not covered while a phase has no session discussed, and says which meeting counts for none", () => {
		const b = bundle({ supervision: [meeting("One", { sessions: [1] }), meeting("Two", { sessions: [15] }), meeting("Three")] });
		const [only] = totalsOf(b).cases;
		expect(only?.phasesCovered).toBe(false);
		expect(only?.problems).toEqual(["Three names no session discussed (sessions), so it counts for no phase."]);
	});

	it("adds up minutes by format, recordings reviewed and consent", () => {
		const b = bundle({
			supervision: [
				meeting("One", { minutes: 60, format: "individual", recordingReviewed: true, consentRecorded: true }),
				meeting("Two", { minutes: 90, format: "group", recordingReviewed: false }),
				meeting("Three", { minutes: 45, recordingReviewed: true }),
				meeting("Four", { minutes: null }),
			],
		});
		const [only] = totalsOf(b).cases;
		expect(only).toMatchObject({ meetings: 4, minutes: 195, minutesByFormat: { individual: 60, group: 90, unstated: 45 }, recordingsReviewed: 2, consentRecorded: true });
		expect(only?.problems.some((problem) => problem.includes("consent"))).toBe(false);
	});

	it("asks for consent when a recording was reviewed and no meeting records it", () => {
		const b = bundle({ supervision: [meeting("One", { recordingReviewed: true, sessions: [1] }), meeting("Two", { consentRecorded: false, sessions: [2] })] });
		expect(totalsOf(b).cases[0]?.problems).toEqual([
			"A recording was reviewed in 1 meeting, but no meeting records the client's consent (consent_recorded: true).",
		]);
	});

	it("names each supervisor once", () => {
		const b = bundle({ supervision: [meeting("One"), meeting("Two", { supervisor: "Prof Ada Byrne" }), meeting("Three"), meeting("Four", { supervisor: null })] });
		expect(totalsOf(b).cases[0]?.supervisors).toEqual(["Dr Hannah Lee", "Prof Ada Byrne"]);
	});
});

describe("the totals over cases", () => {
	const covered = bundle({ record: { client: "Jo Rowe" }, supervision: [meeting("One", { sessions: [1, 8, 15], minutes: 120, recordingReviewed: true, consentRecorded: true })] });
	const partly = { ...bundle({ record: { client: "Kim Noor" }, supervision: [meeting("One", { sessions: [2] })] }), path: "Clients/Kim/Kim.md" };
	const unsupervised = { ...bundle({ record: { client: "Lu Park" } }), path: "Clients/Lu/Lu.md" };

	it("counts supervised cases against the three certification asks for, and leaves out cases never supervised", () => {
		const totals = totalsOf(covered, partly, unsupervised);
		expect(totals).toMatchObject({ supervisedCases: 2, casesCovered: 1, meetings: 2, minutes: 180, recordingsReviewed: 1, casesWithConsent: 1, target: 3 });
		expect(totals.cases.map((c) => c.client)).toEqual(["Jo Rowe", "Kim Noor"]);
	});

	it("prints the rows the plugin shows, overall then per case", () => {
		const text = totalsText(totalsRows(totalsOf(covered, partly)));
		expect(text.split("\n").slice(0, 7)).toEqual([
			"Supervision totals",
			"  Supervised cases: 2 (ISIPT therapist certification asks for 3)",
			"  Cases with early, middle and late sessions discussed: 1",
			"  Meetings: 2",
			"  Hours: 3 (180 minutes)",
			"  Recordings reviewed: 1",
			"  Cases with consent recorded: 1 of 2",
		]);
		expect(text).toContain("Kim Noor (Clients/Kim/Kim.md)\n  Meetings: 1\n  Hours: 1 (60 minutes)\n");
		expect(text).toContain("  Sessions discussed, early (initial phase): 2\n  Sessions discussed, middle: none\n  Sessions discussed, late (final phase): none\n  Early, middle and late covered: no\n");
	});

	it("says what to do when no case has a supervision note", () => {
		expect(totalsText(totalsRows(totalsOf(unsupervised)))).toContain("No supervision notes yet: add a note with ipt: supervision");
	});

	it("shows the client's initials and no supervisor's name in privacy mode", () => {
		const totals = supervisionTotals([{ bundle: covered, names: privacyNames(covered) }], DEFAULT_ENGINE_SETTINGS);
		const text = totalsText(totalsRows(totals));
		expect(totals.cases[0]?.client).toBe("J.R.");
		expect(totals.cases[0]?.supervisors).toEqual(["Supervisor"]);
		expect(text).not.toMatch(/Hannah|Lee|Rowe/);
	});
});
