import type { CaseWarning, WarningId } from "../../../src/domain/engine/analysis";
import { plainNames, privacyNames } from "../../../src/domain/privacy/case-names";
import { DUE_PRIORITY, dueTitle, dueWarnings, nextDue } from "../../../src/domain/views/due";
import { dueModel } from "../../../src/domain/views/due-model";
import { homeworkModel } from "../../../src/domain/views/homework-model";
import { bundle, CASE_PATH, d, person, session } from "../engine/builders";
import { WARNING_IDS } from "../../../src/domain/engine/analysis";

describe("homeworkModel", () => {
	const sessions = [
		session(1, { homework: ["Old task"] }),
		session(2, { date: d("2026-01-08"), homework: ["Call Sam"], homeworkReview: "done" }),
		session(3, { homework: [], homeworkReview: "partial" }),
		session(4, { date: d("2026-01-22"), homework: ["Walk daily", "Sleep diary"], homeworkReview: null }),
		session(5, { homework: ["Ask Sam"], homeworkReview: "not-done" }),
	];

	it("shows the last three sessions, newest first, each reviewed by the session after it", () => {
		const model = homeworkModel(sessions, plainNames(bundle({ sessions })));
		expect(model.entries.map((e) => [e.session, e.link.text, e.items, e.review, e.reviewText])).toEqual([
			[5, "Session 05", ["Ask Sam"], null, "Not reviewed yet"],
			[4, "Session 04", ["Walk daily", "Sleep diary"], "not-done", "Not done (reviewed in session 5)"],
			[3, "Session 03", [], null, "Review not recorded in session 4"],
		]);
		expect(model.entries[1]?.date).toBe("2026-01-22");
	});

	it("skips sessions without a number and keeps one note per number", () => {
		const odd = [session(null, { homework: ["Lost"] }), session(2, { homework: ["First"] }), session(2, { path: "Clients/Jo/Sessions/Session 02b.md", homework: ["Second"] })];
		const model = homeworkModel(odd, plainNames(bundle({ sessions: odd })));
		expect(model.entries.map((e) => e.items)).toEqual([["First"]]);
	});

	it("replaces names in homework text in privacy mode", () => {
		const parts = { people: [person("Sam", { role: "brother" })], sessions };
		const model = homeworkModel(sessions, privacyNames(bundle(parts)));
		expect(model.entries[0]?.items).toEqual(["Ask Brother"]);
		expect(model.entries[0]?.link.text).toBe("Session 5");
	});
});

function warning(id: WarningId, session: number | null = null): CaseWarning {
	return { id, message: `${id} message about Sam`, path: CASE_PATH, session, rule: { id, text: `${id} rule` } };
}

describe("due", () => {
	it("ranks every warning but the missing safety item, which the safety banner shows, and the non-response at the end, an outcome", () => {
		expect([...DUE_PRIORITY].sort()).toEqual(WARNING_IDS.filter((id) => id !== "safety-item-not-recorded" && id !== "non-response-at-end").sort());
	});

	it("puts the most pressing first: a worsening score before the work of the phases", () => {
		const warnings = [warning("inventory-missing"), warning("worsening", 5), warning("termination-not-discussed"), warning("focus-without-evidence")];
		expect(dueWarnings(warnings).map((w) => w.id)).toEqual(["worsening", "termination-not-discussed", "inventory-missing", "focus-without-evidence"]);
		expect(nextDue(warnings)?.id).toBe("worsening");
		expect(nextDue([warning("safety-item-not-recorded")])).toBeNull();
	});

	it("gives each warning a short title naming the case's measure", () => {
		expect(dueTitle("measure-overdue", "epds")).toBe("Give the EPDS");
		expect(dueTitle("baseline-measure-missing", "phq9")).toBe("Take a baseline PHQ-9");
		for (const id of WARNING_IDS) expect(dueTitle(id, "phq9").length).toBeLessThan(40);
	});

	it("builds the section with titles, messages and links, names replaced in privacy mode", () => {
		const parts = { people: [person("Sam", { role: "brother" })] };
		const model = dueModel([warning("focus-missing")], "phq9", privacyNames(bundle(parts)));
		expect(model.items).toEqual([
			{
				id: "focus-missing",
				title: "Agree a focus",
				message: "focus-missing message about Brother",
				link: { path: CASE_PATH, text: "J." },
				rule: { id: "focus-missing", text: "focus-missing rule" },
			},
		]);
	});
});
