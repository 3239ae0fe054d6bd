// `measure-overdue` counts the last sessions held, that is session notes: two notes
// sharing a number are two sessions, and a note without a usable number has no place
// among the latest.
import type { SessionRecord } from "../../../src/domain/model/records";
import { analyse, FOLDER, ruleOf, session, settingsWith, warningsOf } from "./builders";

const scored = (n: number, over: Partial<SessionRecord> = {}) => session(n, { scores: { phq9: 12 }, ...over });
const copy = (n: number, over: Partial<SessionRecord> = {}) => session(n, { path: `${FOLDER}/Sessions/Session ${String(n).padStart(2, "0")} copy.md`, ...over });

function overdue(sessions: SessionRecord[], settings = settingsWith({})) {
	return warningsOf(analyse({ sessions }, settings), "measure-overdue");
}

describe("measure-overdue over session notes", () => {
	it("counts two notes with one number as two sessions held", () => {
		expect(overdue([scored(1), session(2), session(3), copy(3), session(4)])).toEqual([
			{
				id: "measure-overdue",
				message: "No PHQ-9 score in the last 4 sessions (2 to 4; session 3 has 2 notes). Give the PHQ-9 at the next session and record it in the session note.",
				path: `${FOLDER}/Sessions/Session 04.md`,
				session: 4,
				rule: ruleOf("measure-overdue"),
			},
		]);
	});

	it("points at the last note held when the latest number is shared", () => {
		expect(overdue([scored(1), session(2), session(3), session(4), copy(4)]).map((w) => [w.path, w.session])).toEqual([[`${FOLDER}/Sessions/Session 04.md`, 4]]);
	});

	it("is quiet when either note of a shared number has the score", () => {
		expect(overdue([scored(1), session(2), session(3), copy(3, { scores: { phq9: 9 } }), session(4)])).toEqual([]);
	});

	it("leaves notes without a usable number out of the count", () => {
		expect(overdue([scored(1), session(2), session(3), session(4), session(null), session(0, { path: "zero.md" })])).toEqual([]);
	});

	it("follows the measureOverdueSessions setting, counting notes", () => {
		const sessions = [scored(1), session(2), copy(2)];
		expect(overdue(sessions)).toEqual([]);
		expect(overdue(sessions, settingsWith({ measureOverdueSessions: 2 })).map((w) => w.message)).toEqual([
			"No PHQ-9 score in the last 2 sessions (session 2, 2 notes). Give the PHQ-9 at the next session and record it in the session note.",
		]);
	});
});
