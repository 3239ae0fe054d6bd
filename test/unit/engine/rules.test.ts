// Every rule of the catalogue, fired by the engine under settings that differ from the
// defaults: each flag, evidence line, warning and measure category carries its rule, and
// the rule's text says the numbers in force, not the defaults.
import type { CaseAnalysis, RuleRef } from "../../../src/domain/engine/analysis";
import { ruleIds } from "../../../src/domain/engine/rules/catalogue";
import type { SessionRecord } from "../../../src/domain/model/records";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { analyse, d, event, link, person, session, settingsWith, timing, weeklySessions } from "./builders";

const S = settingsWith({
	windowMonths: 18,
	transitionStrongMonths: 4,
	closeCircleMax: 3,
	conflictThreshold: 3,
	impasseConflictMin: 2,
	supportThreshold: 3,
	maxFocusAreas: 1,
	inventoryMinPeople: 4,
	measureOverdueSessions: 3,
	terminationLeadSessions: 2,
	maintenanceMeasureSessions: 3,
	baselineSessions: 3,
	responseReductionPercent: 40,
	sensitivityStrongSupportersMax: 2,
	sensitivityPossibleSupportersMax: 3,
	reliableChange: { ...DEFAULT_ENGINE_SETTINGS.reliableChange, phq9: 5 },
	remissionBelow: { ...DEFAULT_ENGINE_SETTINGS.remissionBelow, phq9: 6 },
	severeFrom: { ...DEFAULT_ENGINE_SETTINGS.severeFrom, phq9: 18 },
});

/** Each rule's text under S: the numbers are S's (18 months, circles 1 to 3, PHQ-9 5 points...). */
const TEXT_UNDER_S: Readonly<Record<string, string>> = {
	"grief-close-death-in-window": "Strong: a death of someone in circles 1 to 3 in the window (18 months before onset up to today)",
	"grief-close-death-event": "Strong: a death event in the window (18 months before onset up to today) naming someone in circles 1 to 3",
	"grief-markers": "Strong: someone in circles 1 to 3 who has died, with signs of complicated grief, whatever the date",
	"grief-close-death-other": "Possible: someone in circles 1 to 3 who died outside the 18-month window, or on no given date",
	"grief-death-event": "Possible: a death event in the window (18 months before onset up to today) that names no one in circles 1 to 3",
	"grief-conflict-with-deceased": "Possible: conflict 3 or more with someone who has died; a dispute with the dead is grief's work, never a role dispute's",
	"dispute-close-conflict": "Strong: a living person in circles 1 to 3 with conflict 3 or more and a dispute stage or role expectations that are not reciprocal",
	"dispute-quiet-impasse": "Strong: a living person at an impasse with conflict 2 or more and role expectations that are not reciprocal; an impasse is often quiet",
	"dispute-conflict-or-stage": "Possible: a living person with conflict 3 or more, or with a dispute stage, short of the strong rules",
	"dispute-event": "Possible: a dispute event in the window (18 months before onset up to today)",
	"transition-near-onset": "Strong: a transition from 4 months before onset up to today",
	"transition-in-window": "Possible: a transition earlier in the 18-month window",
	"sensitivity-thin-inventory-strong": "Strong: no one in circle 1, and at most 2 people giving support 3 or more",
	"sensitivity-thin-inventory-possible": "Possible: at most 1 person in circle 1, or at most 3 people giving support 3 or more",
	"sensitivity-exclusion": "A diagnosis of exclusion: interpersonal sensitivity is weighed only once the inventory is done and no other area is flagged",
	"sensitivity-not-considered": "Interpersonal sensitivity is not considered until the inventory is complete: a session must list the inventory task",
	"safety-item-not-recorded": "A PHQ-9, HAM-D or EPDS total on a session with no answer to the scale's suicide item",
	"too-many-focus-areas": "More than 1 area in the case's focus",
	"focus-without-evidence": "An area in the case's focus that no rule flags",
	"sensitivity-with-other-areas": "Interpersonal sensitivity in the focus while another area is flagged strong",
	"inventory-missing": "Past the initial phase (or in maintenance), with no session listing the inventory task or fewer than 4 person notes",
	"sick-role-missing": "Past the initial phase (or in maintenance), and no session lists the sick-role task",
	"formulation-missing": "Past the initial phase (or in maintenance), and no session lists the formulation task",
	"focus-missing": "Past the initial phase (or in maintenance), and the case note has no focus",
	"baseline-measure-missing": "A session 3 or later is held and none of sessions 1 to 3 has a score on the primary measure",
	"measure-overdue": "No score on the primary measure in the last 3 sessions held",
	"measure-overdue-maintenance": "In maintenance, no score on the primary measure in the last 3 maintenance sessions",
	"termination-not-discussed": "From 2 sessions before the planned end, no session lists termination-discussed",
	"relapse-plan-missing": "In the final phase, no session lists relapse-plan",
	"ended-early": "Closed before the first session of the final phase",
	"over-planned-sessions": "An acute session numbered above the planned sessions",
	"duplicate-session-number": "Two session notes of the case share a number",
	"change-recovered": "Recovered: the PHQ-9 fell at least 5 points from baseline (a reliable change) and ends below 6",
	"change-improved": "Improved: the PHQ-9 fell at least 5 points from baseline (a reliable change) and ends at 6 or more",
	"change-no-reliable-change": "No reliable change: the PHQ-9 moved less than 5 points from baseline",
	"change-deteriorated": "Deteriorated: the PHQ-9 rose at least 5 points above baseline (a reliable change)",
	response: "Response: the latest PHQ-9 score at least 40% below a baseline above zero, rounded down to a whole score",
	remission: "Remission: the latest two PHQ-9 scores both below 6; one such score is only below the cut-off",
	worsening: "A PHQ-9 score at least 5 points (a reliable change) above the previous score or the lowest so far",
	"severe-score": "The latest PHQ-9 score at 18 or more, the top band",
	"non-response-at-end":
		"In the final phase or closed, with a PHQ-9 baseline and no response (the latest PHQ-9 score at least 40% below a baseline above zero, rounded down to a whole score)",
};

/** Every rule an analysis carries, where it carries it. */
function rulesOf(analysis: CaseAnalysis): { where: string; rule: RuleRef }[] {
	const found: { where: string; rule: RuleRef }[] = [];
	for (const flag of analysis.flags) {
		found.push({ where: `flag ${flag.area}`, rule: flag.rule });
		for (const line of flag.evidence) found.push({ where: `evidence ${line.reason}`, rule: line.rule });
	}
	for (const warning of analysis.warnings) found.push({ where: `warning ${warning.id}`, rule: warning.rule });
	for (const [measure, summary] of Object.entries(analysis.measures)) {
		for (const rule of [summary.changeRule, summary.responseRule, summary.remissionRule]) if (rule !== null) found.push({ where: `measure ${measure}`, rule });
	}
	if (analysis.sensitivityRule !== null) found.push({ where: "sensitivity", rule: analysis.sensitivityRule });
	return found;
}

const phq9 = (...scores: number[]): SessionRecord[] => scores.map((score, i) => session(i + 1, { scores: { phq9: score }, tasks: ["inventory"] }));
const acute = (last: number, over: Partial<SessionRecord> = {}): SessionRecord[] => weeklySessions(last, "2026-01-05", () => over);

/** Cases that between them fire every rule under S; each names the rules it is there for. */
const SCENARIOS: readonly (readonly [string, () => CaseAnalysis])[] = [
	["grief-close-death-in-window", () => analyse({ ...timing, people: [person("Gran", { circle: 3, died: d("2025-01-01") })] }, S)],
	["grief-close-death-event", () => analyse({ ...timing, people: [person("Ann", { circle: 3 })], events: [event("Died", "death", "2026-01-01", { people: [link("Ann")] })] }, S)],
	["grief-markers", () => analyse({ ...timing, people: [person("Dad", { circle: 1, died: d("2010-01-01"), griefMarkers: ["delayed"] })] }, S)],
	["grief-close-death-other", () => analyse({ ...timing, people: [person("Dad", { circle: 2, died: d("2020-01-01") })] }, S)],
	["grief-death-event", () => analyse({ ...timing, events: [event("Died", "death", "2026-01-01")] }, S)],
	["grief-conflict-with-deceased", () => analyse({ ...timing, people: [person("Dad", { circle: 4, died: d("2020-01-01"), conflict: 3 })] }, S)],
	["dispute-close-conflict", () => analyse({ ...timing, people: [person("Sam", { circle: 3, conflict: 3, disputeStage: "renegotiation" })] }, S)],
	["dispute-quiet-impasse", () => analyse({ ...timing, people: [person("Sam", { circle: 4, conflict: 2, disputeStage: "impasse", expectationsReciprocal: false })] }, S)],
	["dispute-conflict-or-stage", () => analyse({ ...timing, people: [person("Boss", { circle: 4, conflict: 3 })] }, S)],
	["dispute-event", () => analyse({ ...timing, events: [event("Row", "conflict", "2025-01-01")] }, S)],
	["transition-near-onset", () => analyse({ ...timing, events: [event("Job", "new-job", "2026-01-01")] }, S)],
	["transition-in-window", () => analyse({ ...timing, events: [event("Move", "move", "2025-01-01")] }, S)],
	["sensitivity-thin-inventory-strong", () => analyse({ ...timing, people: [person("Kim", { circle: 2, support: 3 }), person("Lee", { circle: 2, support: 3 })] }, S)],
	["sensitivity-thin-inventory-possible", () => analyse({ ...timing, people: [person("Kim", { circle: 1, support: 1 })] }, S)],
	["sensitivity-not-considered", () => analyse({ record: timing.record, people: [person("Kim", { circle: 2 })], sessions: [session(1)] }, S)],
	["sensitivity-with-other-areas", () => analyse({ ...timing, record: { ...timing.record, focus: ["interpersonal-sensitivity"] }, events: [event("Job", "new-job", "2026-01-01")] }, S)],
	["too-many-focus-areas", () => analyse({ record: { focus: ["grief", "role-dispute"] } }, S)],
	["inventory-missing", () => analyse({ sessions: acute(4) }, S)],
	["baseline-measure-missing", () => analyse({ sessions: acute(3) }, S)],
	["measure-overdue", () => analyse({ sessions: [...phq9(10), session(2), session(3), session(4)] }, S)],
	["measure-overdue-maintenance", () => analyse({ record: { status: "maintenance" }, sessions: [session(17), session(18), session(19)] }, S)],
	["termination-not-discussed", () => analyse({ sessions: acute(14) }, S)],
	["ended-early", () => analyse({ record: { status: "closed" }, sessions: acute(3) }, S)],
	["over-planned-sessions", () => analyse({ sessions: acute(17) }, S)],
	["duplicate-session-number", () => analyse({ sessions: [session(1), session(1, { path: "other.md" })] }, S)],
	["change-recovered", () => analyse({ sessions: phq9(20, 5) }, S)],
	["change-improved", () => analyse({ sessions: phq9(20, 14) }, S)],
	["change-no-reliable-change", () => analyse({ sessions: phq9(20, 18) }, S)],
	["change-deteriorated and worsening", () => analyse({ sessions: phq9(10, 15) }, S)],
	["non-response-at-end", () => analyse({ sessions: [...phq9(20), ...acute(14).slice(1), session(15, { scores: { phq9: 15 } })] }, S)],
];

describe("the rule catalogue", () => {
	it("has a text under S for every rule, and no other", () => {
		expect([...ruleIds()].sort()).toEqual(Object.keys(TEXT_UNDER_S).sort());
	});

	const all = SCENARIOS.flatMap(([, run]) => rulesOf(run()));

	it.each(SCENARIOS.map(([name, run]) => [name, run] as const))("%s: every rule the analysis carries says the numbers of the settings in force", (_name, run) => {
		const found = rulesOf(run());
		expect(found.length).toBeGreaterThan(0);
		for (const { where, rule } of found) expect({ where, text: rule.text }).toEqual({ where, text: TEXT_UNDER_S[rule.id] });
	});

	it.each(ruleIds().map((id) => [id]))("the engine fires %s in some case", (id) => {
		expect(all.map((found) => found.rule.id)).toContain(id);
	});

	it("names the rule that set a flag's strength: the first strong finding's, before any possible one", () => {
		const analysis = analyse({ ...timing, events: [event("Move", "move", "2025-01-01"), event("Job", "new-job", "2026-01-01")] }, S);
		const flag = analysis.flags.find((f) => f.area === "role-transition");
		expect([flag?.rule.id, flag?.evidence.map((e) => e.rule.id)]).toEqual(["transition-near-onset", ["transition-near-onset", "transition-in-window"]]);
	});

	it("gives no category, and so no rule, without a baseline", () => {
		const late = analyse({ sessions: [session(1), session(2), session(3), session(4), session(5, { scores: { phq9: 12 } }), session(6, { scores: { phq9: 4 } })] });
		const summary = late.measures.phq9;
		expect([summary?.change, summary?.changeRule, summary?.responseRule, summary?.remissionRule.id]).toEqual([null, null, null, "remission"]);
	});
});
