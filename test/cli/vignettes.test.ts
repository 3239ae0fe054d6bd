// Clinical vignettes (test/fixtures/vignettes/<name>/) through the command-line tool.
// Each expected report is worked out by hand from the IPT rules, not copied from the
// tool: the comments give the working.
import { resolve } from "node:path";
import { runCli } from "../support/cli";
import type { CaseRuleId } from "../../src/domain/engine/rules/catalogue";
import { caseBlock, changeRuleJson, expectInOrder, jsonReport, measureRuleJson, ruleJson, runReport, sensitivityRuleJson, type ReportJson, type TimelineEntryJson } from "./report-json";

const VIGNETTES = resolve(__dirname, "../fixtures/vignettes");

interface Vignette {
	readonly json: ReportJson;
	/** The text report's lines. */
	readonly text: readonly string[];
	/** The lines of the one case's block of the text report. */
	readonly block: readonly string[];
}

/** Runs the vignette's JSON and text reports once, on first use; the vault is named as a folder under the vignettes. */
function vignette(name: string, casePath: string): () => Vignette {
	let loaded: Vignette | undefined;
	return () => {
		if (loaded === undefined) {
			const text = runReport(name, [], VIGNETTES);
			loaded = { json: jsonReport(name, [], VIGNETTES), text: text.split("\n"), block: caseBlock(text, casePath) };
		}
		return loaded;
	};
}

const phq9 = (date: string, path: string, session: number, score: number): TimelineEntryJson => ({
	kind: "measure",
	date,
	path,
	measure: "phq9",
	score,
	session,
});

describe("(a) recent bereavement: mother in circle 1 died 2 months before onset", () => {
	// Onset 2026-07-20; today is the last session, 2026-10-27; window 2025-07-20 to 2026-10-27.
	// Session 4 of a standard case is past the initial phase (1-3), and no session lists
	// inventory, sick-role or formulation; only 2 person notes; no focus.
	const CASE = "Nora P/Nora P.md";
	const EDITH = "Nora P/People/Edith.md";
	const DEATH = "Nora P/Events/2026-05-20 Mum died.md";
	const session = (n: number) => `Nora P/Sessions/Session 0${n}.md`;
	const past = "Session 4 is past the initial phase (sessions 1 to 3), but";
	const report = vignette("recent-bereavement", CASE);

	it("flags grief strong from the person and the death event, and every initial task still due", () => {
		expect(report().json).toEqual({
			vault: "recent-bereavement",
			open_safety: [],
			cases: [
				{
					path: CASE,
					client: "N.P.",
					safety_not_recorded: [],
					status: "active",
					protocol: "standard",
					planned_sessions: 16,
					sessions_held: 4,
					not_held: [],
					last_session: 4,
					phase: "middle",
					focus: [],
					people: [
						{ path: EDITH, name: "Edith", role: "mother", circle: 1, support: null, conflict: null, status: "deceased" },
						{ path: "Nora P/People/Pete.md", name: "Pete", role: "husband", circle: 1, support: 2, conflict: 1, status: "living" },
					],
					events: [{ path: DEATH, date: "2026-05-20", type: "death", category: "death" }],
					flags: [
						{
							area: "grief",
							strength: "strong",
							...ruleJson("grief-close-death-in-window"),
							evidence: [
								{ path: EDITH, reason: "Edith (mother, circle 1) died 2026-05-20, 2 months before onset", ...ruleJson("grief-close-death-in-window") },
								{ path: DEATH, reason: "Death on 2026-05-20, 2 months before onset, concerning Edith (mother, circle 1)", ...ruleJson("grief-close-death-event") },
							],
						},
					],
					// 18 -> 14: not halved (<= 9), not below 5; a fall of 4 is short of PHQ-9's reliable change of 6.
					measures: { phq9: { baseline: 18, latest: 14, band: "moderate", count: 4, response: false, remission: false, baseline_session: 1, first_session: 1, below_remission: false, change: "no-reliable-change", ...changeRuleJson("no-reliable-change", "phq9"), reliable_change: 6 } },
					safety: [],
					warnings: [
						{
							id: "inventory-missing",
							message: `${past} the interpersonal inventory is not done: no session lists the inventory task and the case has 2 person notes (at least 3 expected). Add a person note for each important person and record the inventory task.`,
							path: CASE,
							session: 4,
							...ruleJson("inventory-missing"),
						},
						{
							id: "sick-role-missing",
							message: `${past} no session lists the sick-role task. Give the client the sick role and record the task in that session's note.`,
							path: CASE,
							session: 4,
							...ruleJson("sick-role-missing"),
						},
						{
							id: "formulation-missing",
							message: `${past} no session lists the formulation task. Share the interpersonal formulation with the client and record the task.`,
							path: CASE,
							session: 4,
							...ruleJson("formulation-missing"),
						},
						{
							id: "focus-missing",
							message: `${past} the case note has no focus. Agree one or two problem areas with the client and add them to focus.`,
							path: CASE,
							session: 4,
							...ruleJson("focus-missing"),
						},
					],
					notes: [],
					// No session lists the inventory task, so sensitivity is not considered yet.
					sensitivity_considered: false,
					...sensitivityRuleJson("sensitivity-not-considered"),
					maintenance: null,
					timeline: {
						today: "2026-10-27",
						onset: "2026-07-20",
						window_start: "2025-07-20",
						window_end: "2026-10-27",
						entries: [
							{ kind: "event", date: "2026-05-20", path: DEATH, type: "death", category: "death", in_window: true },
							phq9("2026-10-06", session(1), 1, 18),
							phq9("2026-10-13", session(2), 2, 17),
							phq9("2026-10-20", session(3), 3, 16),
							phq9("2026-10-27", session(4), 4, 14),
						],
					},
				},
			],
			diagnostics: [],
		});
	});

	it("prints what is due before the problem areas", () => {
		expectInOrder(report().block, [
			`== N.P. (${CASE})`,
			"Active · standard protocol · session 4 of 16 · middle phase",
			"Due",
			`  - ${past} the interpersonal inventory is not done: no session lists the inventory task and the case has 2 person notes (at least 3 expected). Add a person note for each important person and record the inventory task. [session 4] (${CASE})`,
			/^ {2}- Session 4 .*sick-role task.*\[session 4\]/,
			/^ {2}- Session 4 .*formulation task.*\[session 4\]/,
			/^ {2}- Session 4 .*no focus.*\[session 4\]/,
			"Problem areas (no focus agreed yet)",
			"  Grief: strong",
			`    - Edith (mother, circle 1) died 2026-05-20, 2 months before onset (${EDITH})`,
			`    - Death on 2026-05-20, 2 months before onset, concerning Edith (mother, circle 1) (${DEATH})`,
			"Measures",
			"  PHQ-9: baseline 18 (session 1), latest 14 (moderate), 4 scores; response no, no remission; no reliable change (6 points is a reliable change)",
			"Inventory: 2 people (circle 1: 2)",
			"Timeline: 1 event; onset 2026-07-20; look-back window 2025-07-20 to 2026-10-27",
		]);
		expect(report().block.join("\n")).not.toMatch(/SAFETY|Warnings|Role dispute|Diagnostics/);
	});
});

describe("(b) role dispute at an impasse with the husband; conflict 1 with the manager flags nothing", () => {
	// Onset 2026-06-01; today 2026-09-28; window 2025-06-01 to 2026-09-28. Session 3 is
	// still initial, so no phase warnings. The row with Gail (2025-03-03) is outside the window.
	const CASE = "Marisol T/Marisol T.md";
	const ANDRES = "Marisol T/People/Andres.md";
	const SPARE_ROOM = "Marisol T/Events/2026-05-10 Andres moved to the spare room.md";
	const ROTA = "Marisol T/Events/2025-03-03 Row with Gail over the rota.md";
	const session = (n: number) => `Marisol T/Sessions/Session 0${n}.md`;
	const report = vignette("role-dispute-impasse", CASE);

	it("flags role dispute strong from Andres, with the row in the window as possible evidence", () => {
		expect(report().json).toEqual({
			vault: "role-dispute-impasse",
			open_safety: [],
			cases: [
				{
					path: CASE,
					client: "M.T.",
					safety_not_recorded: [],
					status: "active",
					protocol: "standard",
					planned_sessions: 16,
					sessions_held: 3,
					not_held: [],
					last_session: 3,
					phase: "initial",
					focus: ["role-dispute"],
					people: [
						{ path: ANDRES, name: "Andres", role: "husband", circle: 1, support: 1, conflict: 3, status: "living" },
						{ path: "Marisol T/People/Gail.md", name: "Gail", role: "manager", circle: 3, support: 1, conflict: 1, status: "living" },
						{ path: "Marisol T/People/Luz.md", name: "Luz", role: "sister", circle: 2, support: 3, conflict: 0, status: "living" },
					],
					events: [
						{ path: ROTA, date: "2025-03-03", type: "conflict", category: "dispute" },
						{ path: SPARE_ROOM, date: "2026-05-10", type: "conflict", category: "dispute" },
					],
					flags: [
						{
							area: "role-dispute",
							strength: "strong",
							...ruleJson("dispute-close-conflict"),
							evidence: [
								{ path: ANDRES, reason: "Conflict 3 with Andres (husband, circle 1), role expectations not reciprocal, dispute stage impasse: talking has stopped; bring the dispute back into the open", ...ruleJson("dispute-close-conflict") },
								{ path: SPARE_ROOM, reason: "Conflict on 2026-05-10, 22 days before onset, concerning Andres (husband, circle 1)", ...ruleJson("dispute-event") },
							],
						},
					],
					measures: { phq9: { baseline: 16, latest: 15, band: "moderately-severe", count: 3, response: false, remission: false, baseline_session: 1, first_session: 1, below_remission: false, change: "no-reliable-change", ...changeRuleJson("no-reliable-change", "phq9"), reliable_change: 6 } },
					safety: [],
					warnings: [],
					notes: [],
					sensitivity_considered: true,
					...sensitivityRuleJson("sensitivity-exclusion"),
					maintenance: null,
					timeline: {
						today: "2026-09-28",
						onset: "2026-06-01",
						window_start: "2025-06-01",
						window_end: "2026-09-28",
						entries: [
							{ kind: "event", date: "2025-03-03", path: ROTA, type: "conflict", category: "dispute", in_window: false },
							{ kind: "event", date: "2026-05-10", path: SPARE_ROOM, type: "conflict", category: "dispute", in_window: true },
							phq9("2026-09-14", session(1), 1, 16),
							phq9("2026-09-21", session(2), 2, 15),
							phq9("2026-09-28", session(3), 3, 15),
						],
					},
				},
			],
			diagnostics: [],
		});
	});

	it("prints the dispute as the agreed focus, without Gail", () => {
		expectInOrder(report().block, [
			`== M.T. (${CASE})`,
			"Active · standard protocol · session 3 of 16 · initial phase",
			"Problem areas (focus: Role dispute)",
			"  Role dispute: strong (agreed focus)",
			`    - Conflict 3 with Andres (husband, circle 1), role expectations not reciprocal, dispute stage impasse: talking has stopped; bring the dispute back into the open (${ANDRES})`,
			`    - Conflict on 2026-05-10, 22 days before onset, concerning Andres (husband, circle 1) (${SPARE_ROOM})`,
			"Measures",
			"Inventory: 3 people (circle 1: 1, circle 2: 1, circle 3: 1)",
			"Timeline: 2 events; onset 2026-06-01; look-back window 2025-06-01 to 2026-09-28",
		]);
		expect(report().block.join("\n")).not.toMatch(/Gail|Due|Warnings/);
	});
});

describe("(c) role transition: job loss exactly 6 months before onset, a move 9 months before", () => {
	// Onset 2026-03-15, so transitions from 2025-09-15 on are strong; the window starts
	// 2025-03-15. The redundancy (2025-09-15) is on the limit: strong. Fiona's diagnosis
	// a day earlier and the move (2025-06-15) are in the window but before it: possible.
	const CASE = "Callum R/Callum R.md";
	const MOVE = "Callum R/Events/2025-06-15 Moved to Fiona's home town.md";
	const DIAGNOSIS = "Callum R/Events/2025-09-14 Fiona diagnosed with diabetes.md";
	const REDUNDANT = "Callum R/Events/2025-09-15 Made redundant.md";
	const session = (n: number) => `Callum R/Sessions/Session 0${n}.md`;
	const report = vignette("role-transition-job-loss", CASE);

	it("flags role transition strong on the 6-month limit, the earlier events as possible", () => {
		expect(report().json).toEqual({
			vault: "role-transition-job-loss",
			open_safety: [],
			cases: [
				{
					path: CASE,
					client: "C.R.",
					safety_not_recorded: [],
					status: "active",
					protocol: "standard",
					planned_sessions: 16,
					sessions_held: 5,
					not_held: [],
					last_session: 5,
					phase: "middle",
					focus: ["role-transition"],
					people: [
						{ path: "Callum R/People/Fiona.md", name: "Fiona", role: "wife", circle: 1, support: 3, conflict: 1, status: "living" },
						{ path: "Callum R/People/Ian.md", name: "Ian", role: "father", circle: 2, support: 1, conflict: 1, status: "living" },
						{ path: "Callum R/People/Stuart.md", name: "Stuart", role: "old workmate", circle: 3, support: 1, conflict: 0, status: "living" },
					],
					events: [
						{ path: MOVE, date: "2025-06-15", type: "move", category: "transition" },
						{ path: DIAGNOSIS, date: "2025-09-14", type: "diagnosis", category: "transition" },
						{ path: REDUNDANT, date: "2025-09-15", type: "job-loss", category: "transition" },
					],
					flags: [
						{
							area: "role-transition",
							strength: "strong",
							...ruleJson("transition-near-onset"),
							evidence: [
								{ path: REDUNDANT, reason: "Job loss on 2025-09-15, 6 months before onset", ...ruleJson("transition-near-onset") },
								{ path: MOVE, reason: "Move on 2025-06-15, 9 months before onset, concerning Fiona (wife, circle 1)", ...ruleJson("transition-in-window") },
								// 6 months and a day: still "6 months" in whole months, but before the limit.
								{ path: DIAGNOSIS, reason: "Diagnosis on 2025-09-14, over 6 months before onset, concerning Fiona (wife, circle 1)", ...ruleJson("transition-in-window") },
							],
						},
					],
					// 15 -> 9: not halved (<= 7); a fall of 6 is reliable, and 9 is not below 5, so improved.
					measures: { phq9: { baseline: 15, latest: 9, band: "mild", count: 5, response: false, remission: false, baseline_session: 1, first_session: 1, below_remission: false, change: "improved", ...changeRuleJson("improved", "phq9"), reliable_change: 6 } },
					safety: [],
					warnings: [],
					notes: [],
					sensitivity_considered: true,
					...sensitivityRuleJson("sensitivity-exclusion"),
					maintenance: null,
					timeline: {
						today: "2026-06-01",
						onset: "2026-03-15",
						window_start: "2025-03-15",
						window_end: "2026-06-01",
						entries: [
							{ kind: "event", date: "2025-06-15", path: MOVE, type: "move", category: "transition", in_window: true },
							{ kind: "event", date: "2025-09-14", path: DIAGNOSIS, type: "diagnosis", category: "transition", in_window: true },
							{ kind: "event", date: "2025-09-15", path: REDUNDANT, type: "job-loss", category: "transition", in_window: true },
							phq9("2026-05-04", session(1), 1, 15),
							phq9("2026-05-11", session(2), 2, 14),
							phq9("2026-05-18", session(3), 3, 12),
							phq9("2026-05-25", session(4), 4, 11),
							phq9("2026-06-01", session(5), 5, 9),
						],
					},
				},
			],
			diagnostics: [],
		});
	});

	it("prints the strong evidence before the possible", () => {
		expectInOrder(report().block, [
			`== C.R. (${CASE})`,
			"Active · standard protocol · session 5 of 16 · middle phase",
			"Problem areas (focus: Role transition)",
			"  Role transition: strong (agreed focus)",
			`    - Job loss on 2025-09-15, 6 months before onset (${REDUNDANT})`,
			/^ {4}- Move on 2025-06-15/,
			/^ {4}- Diagnosis on 2025-09-14/,
			"Measures",
			"  PHQ-9: baseline 15 (session 1), latest 9 (mild), 5 scores; response no, no remission; improved (6 points is a reliable change)",
		]);
		expect(report().block.join("\n")).not.toMatch(/Due|Warnings/);
	});
});

describe("(d) interpersonal sensitivity: a sparse inventory and nothing else", () => {
	// Onset 2026-04-01; window 2025-04-01 to 2026-08-24. No grief (Harold is in circle 3),
	// no conflict >= 2, the move (2019) is outside the window and the evening alone is
	// `other`. So sensitivity is considered: Brenda is the one person in circle 1 (not
	// strong, but at most one), and two people give support >= 2: possible.
	const CASE = "Gareth L/Gareth L.md";
	const UNIVERSITY = "Gareth L/Events/2019-09-01 Moved away for university.md";
	const ALONE = "Gareth L/Events/2026-02-14 Evening alone.md";
	const session = (n: number) => `Gareth L/Sessions/Session 0${n}.md`;
	const report = vignette("interpersonal-sensitivity", CASE);

	it("flags interpersonal sensitivity as possible, on the case note", () => {
		expect(report().json).toEqual({
			vault: "interpersonal-sensitivity",
			open_safety: [],
			cases: [
				{
					path: CASE,
					client: "G.L.",
					safety_not_recorded: [],
					status: "active",
					protocol: "standard",
					planned_sessions: 16,
					sessions_held: 4,
					not_held: [],
					last_session: 4,
					phase: "middle",
					focus: ["interpersonal-sensitivity"],
					people: [
						{ path: "Gareth L/People/Brenda.md", name: "Brenda", role: "mother", circle: 1, support: 2, conflict: 1, status: "living" },
						{ path: "Gareth L/People/Dylan.md", name: "Dylan", role: "cousin", circle: 2, support: 2, conflict: 0, status: "living" },
						{ path: "Gareth L/People/Harold.md", name: "Harold", role: "grandfather", circle: 3, support: null, conflict: null, status: "deceased" },
						{ path: "Gareth L/People/Priya.md", name: "Priya", role: "colleague", circle: 3, support: 1, conflict: 0, status: "living" },
					],
					events: [
						{ path: UNIVERSITY, date: "2019-09-01", type: "move", category: "transition" },
						{ path: ALONE, date: "2026-02-14", type: "other", category: "other" },
					],
					flags: [
						{
							area: "interpersonal-sensitivity",
							strength: "possible",
							...ruleJson("sensitivity-thin-inventory-possible"),
							evidence: [
								{ path: CASE, reason: "Only Brenda in circle 1", ...ruleJson("sensitivity-thin-inventory-possible") },
								{ path: CASE, reason: "Only 2 people give support 2 or more: Brenda, Dylan", ...ruleJson("sensitivity-thin-inventory-possible") },
								// Second edition: the four-area flag says it is a diagnosis of exclusion.
								{
									path: CASE,
									reason: "A diagnosis of exclusion: considered only because the inventory is complete and no other area is flagged; the expected course is poorer than in the other areas",
									...ruleJson("sensitivity-exclusion"),
								},
							],
						},
					],
					measures: { phq9: { baseline: 13, latest: 11, band: "moderate", count: 4, response: false, remission: false, baseline_session: 1, first_session: 1, below_remission: false, change: "no-reliable-change", ...changeRuleJson("no-reliable-change", "phq9"), reliable_change: 6 } },
					safety: [],
					warnings: [],
					notes: [],
					sensitivity_considered: true,
					...sensitivityRuleJson(null),
					maintenance: null,
					timeline: {
						today: "2026-08-24",
						onset: "2026-04-01",
						window_start: "2025-04-01",
						window_end: "2026-08-24",
						entries: [
							{ kind: "event", date: "2019-09-01", path: UNIVERSITY, type: "move", category: "transition", in_window: false },
							{ kind: "event", date: "2026-02-14", path: ALONE, type: "other", category: "other", in_window: true },
							phq9("2026-08-03", session(1), 1, 13),
							phq9("2026-08-10", session(2), 2, 13),
							phq9("2026-08-17", session(3), 3, 12),
							phq9("2026-08-24", session(4), 4, 11),
						],
					},
				},
			],
			diagnostics: [],
		});
	});

	it("prints sensitivity as the only area, the agreed focus", () => {
		expectInOrder(report().block, [
			`== G.L. (${CASE})`,
			"Active · standard protocol · session 4 of 16 · middle phase",
			"Problem areas (focus: Interpersonal sensitivity)",
			"  Interpersonal sensitivity: possible (agreed focus)",
			`    - Only Brenda in circle 1 (${CASE})`,
			`    - Only 2 people give support 2 or more: Brenda, Dylan (${CASE})`,
			"Measures",
			"Inventory: 4 people (circle 1: 1, circle 2: 1, circle 3: 2)",
		]);
		expect(report().block.join("\n")).not.toMatch(/Grief|Role dispute|Role transition|Due|Warnings/);
	});
});

describe("(e) safety: an open item 9 in the latest session and an older reviewed one", () => {
	// Session 1: item 9 = 1, reviewed in session 2 (risk_reviewed). Session 5, the latest:
	// item 9 = 2 and no later review, so open. Open first, then reviewed. 12 -> 19 is +7.
	const CASE = "Imogen F/Imogen F.md";
	const MOVE = "Imogen F/Events/2026-04-20 Moved to Leeds.md";
	const session = (n: number) => `Imogen F/Sessions/Session 0${n}.md`;
	const report = vignette("safety-items", CASE);

	it("lists the open item first, then the reviewed one, and warns of the worsening", () => {
		expect(report().json).toEqual({
			vault: "safety-items",
			// --today 2026-11-25: session 5 (2026-10-05) was 51 days before, session 1 (2026-09-07) 79.
			open_safety: [
				{ case: CASE, client: "I.F.", measure: "phq9", item: 9, score: 2, raw: "2", reason: "positive", session: 5, date: "2026-10-05", path: session(5), reviewed: false, raised_days_ago: 51 },
			],
			cases: [
				{
					path: CASE,
					client: "I.F.",
					safety_not_recorded: [],
					status: "active",
					protocol: "standard",
					planned_sessions: 16,
					sessions_held: 5,
					not_held: [],
					last_session: 5,
					phase: "middle",
					focus: ["role-transition"],
					people: [
						{ path: "Imogen F/People/Abi.md", name: "Abi", role: "friend from university", circle: 2, support: 2, conflict: 0, status: "living" },
						{ path: "Imogen F/People/Jean.md", name: "Jean", role: "mother", circle: 1, support: 2, conflict: 0, status: "living" },
						{ path: "Imogen F/People/Tariq.md", name: "Tariq", role: "partner", circle: 1, support: 2, conflict: 1, status: "living" },
					],
					events: [{ path: MOVE, date: "2026-04-20", type: "move", category: "transition" }],
					flags: [
						{
							area: "role-transition",
							strength: "strong",
							...ruleJson("transition-near-onset"),
							evidence: [{ path: MOVE, reason: "Move on 2026-04-20, over 2 months before onset, concerning Tariq (partner, circle 1)", ...ruleJson("transition-near-onset") }],
						},
					],
					// 17 -> 19: a rise of 2, within PHQ-9's reliable change of 6.
					measures: { phq9: { baseline: 17, latest: 19, band: "moderately-severe", count: 5, response: false, remission: false, baseline_session: 1, first_session: 1, below_remission: false, change: "no-reliable-change", ...changeRuleJson("no-reliable-change", "phq9"), reliable_change: 6 } },
					safety: [
						{ measure: "phq9", item: 9, score: 2, raw: "2", reason: "positive", session: 5, date: "2026-10-05", path: session(5), reviewed: false, raised_days_ago: 51 },
						{ measure: "phq9", item: 9, score: 1, raw: "1", reason: "positive", session: 1, date: "2026-09-07", path: session(1), reviewed: true, raised_days_ago: 79 },
					],
					warnings: [
						{
							id: "worsening",
							message: "PHQ-9 went up from 12 at session 4 to 19 at session 5 (+7 points, a reliable change is 6): review the change and the risk with the client.",
							path: session(5),
							session: 5,
							...measureRuleJson("worsening", "phq9"),
						},
					],
					notes: [],
					sensitivity_considered: true,
					...sensitivityRuleJson("sensitivity-exclusion"),
					maintenance: null,
					timeline: {
						today: "2026-10-05",
						onset: "2026-07-01",
						window_start: "2025-07-01",
						window_end: "2026-10-05",
						entries: [
							{ kind: "event", date: "2026-04-20", path: MOVE, type: "move", category: "transition", in_window: true },
							phq9("2026-09-07", session(1), 1, 17),
							phq9("2026-09-14", session(2), 2, 16),
							phq9("2026-09-21", session(3), 3, 14),
							phq9("2026-09-28", session(4), 4, 12),
							phq9("2026-10-05", session(5), 5, 19),
						],
					},
				},
			],
			diagnostics: [],
		});
	});

	it("prints OPEN SAFETY ITEMS before anything else of the case", () => {
		const { text, block } = report();
		expect(text[1]).toBe("1 case · 1 open safety item, 0 sessions without the safety item · diagnostics: 0 errors, 0 warnings");
		expect(block.slice(0, 3)).toEqual([
			`== I.F. (${CASE})`,
			"OPEN SAFETY ITEMS: follow up with the client in this session",
			`  ! PHQ-9 item 9 scored 2, raised in session 5, 51 days ago (2026-10-05): ${session(5)}`,
		]);
		expectInOrder(block, [
			"OPEN SAFETY ITEMS: follow up with the client in this session",
			"Active · standard protocol · session 5 of 16 · middle phase",
			// A worsening score is due now: the next session must take it up.
			"Due",
			`  - PHQ-9 went up from 12 at session 4 to 19 at session 5 (+7 points, a reliable change is 6): review the change and the risk with the client. [session 5] (${session(5)})`,
			"Problem areas (focus: Role transition)",
			"Measures",
			"  PHQ-9: baseline 17 (session 1), latest 19 (moderately severe), 5 scores; response no, no remission; no reliable change (6 points is a reliable change)",
			"Safety items reviewed",
			`  PHQ-9 item 9 scored 1, raised in session 1, 79 days ago (2026-09-07): ${session(1)}`,
		]);
		// Each item appears once, in its own group.
		expect(block.filter((line) => line.includes("PHQ-9 item 9"))).toHaveLength(2);
	});
});

describe("(f) the final phase of a brief protocol: termination not discussed, measure overdue, no response", () => {
	// Brief: 8 planned, 2 initial, 2 final, so sessions 7-8 are final and 7 is the first.
	// PHQ-9 (the primary measure) was last given in session 3; sessions 4-7 have none (a
	// GAD-7 does not count). 11 -> 16 from session 2 to 3 is +5.
	const CASE = "Walter B/Walter B.md";
	const RETIRED = "Walter B/Events/2026-05-29 Retired from the depot.md";
	const session = (n: number) => `Walter B/Sessions/Session 0${n}.md`;
	const report = vignette("brief-final-phase", CASE);

	it("puts session 7 of 8 in the final phase with its three warnings", () => {
		expect(report().json).toEqual({
			vault: "brief-final-phase",
			open_safety: [],
			cases: [
				{
					path: CASE,
					client: "W.B.",
					safety_not_recorded: [],
					status: "active",
					protocol: "brief",
					planned_sessions: 8,
					sessions_held: 7,
					not_held: [],
					last_session: 7,
					phase: "final",
					focus: ["role-transition"],
					people: [
						{ path: "Walter B/People/Joan.md", name: "Joan", role: "wife", circle: 1, support: 3, conflict: 1, status: "living" },
						{ path: "Walter B/People/Keith.md", name: "Keith", role: "friend from the bowls club", circle: 3, support: 1, conflict: 0, status: "living" },
						{ path: "Walter B/People/Rob.md", name: "Rob", role: "son", circle: 2, support: 2, conflict: 0, status: "living" },
					],
					events: [{ path: RETIRED, date: "2026-05-29", type: "retirement", category: "transition" }],
					flags: [
						{
							area: "role-transition",
							strength: "strong",
							...ruleJson("transition-near-onset"),
							evidence: [{ path: RETIRED, reason: "Retirement on 2026-05-29, 12 days before onset", ...ruleJson("transition-near-onset") }],
						},
					],
					measures: {
						// 12 -> 16: a rise of 4, within PHQ-9's reliable change of 6.
						phq9: { baseline: 12, latest: 16, band: "moderately-severe", count: 3, response: false, remission: false, baseline_session: 1, first_session: 1, below_remission: false, change: "no-reliable-change", ...changeRuleJson("no-reliable-change", "phq9"), reliable_change: 6 },
						// The first GAD-7 came at session 5, after the brief protocol's initial phase (1-2): no baseline.
						gad7: { baseline: null, latest: 8, band: "mild", count: 2, response: false, remission: false, baseline_session: null, first_session: 5, below_remission: false, change: null, ...changeRuleJson(null, "gad7"), reliable_change: 4 },
					},
					safety: [],
					warnings: [
						{
							id: "measure-overdue",
							message: "No PHQ-9 score in the last 4 sessions (4 to 7). Give the PHQ-9 at the next session and record it in the session note.",
							path: session(7),
							session: 7,
							...ruleJson("measure-overdue"),
						},
						{
							id: "termination-not-discussed",
							// Second edition: due from 3 sessions before the planned end (7 >= 8 - 3).
							message:
								"Session 7 of 8 planned is within 3 sessions of the end, but no session lists termination-discussed. Talk about ending with the client, with the feelings it brings, and record the task.",
							path: CASE,
							session: 7,
							...ruleJson("termination-not-discussed"),
						},
						// Final phase, a baseline of 12 and a latest of 16: no response (6 or less). Session 7 lists relapse-plan, so that is not missing.
						{
							id: "non-response-at-end",
							message:
								"The case is in its final phase without a response on the PHQ-9 (baseline 12, latest 16; a response is 6 or less): consider another or an added treatment, and discuss it with the client.",
							path: session(7),
							session: 7,
							...measureRuleJson("non-response-at-end", "phq9"),
						},
						// 12, 11, 16: the rise of 5 (from 11, the lowest) is short of PHQ-9's reliable change of 6, so no worsening.
					],
					notes: [],
					sensitivity_considered: true,
					...sensitivityRuleJson("sensitivity-exclusion"),
					maintenance: null,
					timeline: {
						today: "2026-10-13",
						onset: "2026-06-10",
						window_start: "2025-06-10",
						window_end: "2026-10-13",
						entries: [
							{ kind: "event", date: "2026-05-29", path: RETIRED, type: "retirement", category: "transition", in_window: true },
							phq9("2026-09-01", session(1), 1, 12),
							phq9("2026-09-08", session(2), 2, 11),
							phq9("2026-09-15", session(3), 3, 16),
							{ kind: "measure", date: "2026-09-29", path: session(5), measure: "gad7", score: 9, session: 5 },
							{ kind: "measure", date: "2026-10-13", path: session(7), measure: "gad7", score: 8, session: 7 },
						],
					},
				},
			],
			diagnostics: [],
		});
	});

	it("prints termination and the overdue measure as due, the non-response as a warning", () => {
		expectInOrder(report().block, [
			`== W.B. (${CASE})`,
			"Active · brief protocol · session 7 of 8 · final phase",
			"Due",
			/^ {2}- No PHQ-9 score in the last 4 sessions \(4 to 7\)\..*\[session 7\] \(Walter B\/Sessions\/Session 07\.md\)$/,
			/^ {2}- Session 7 of 8 planned is within 3 sessions of the end.*\[session 7\] \(Walter B\/Walter B\.md\)$/,
			"Problem areas (focus: Role transition)",
			"  Role transition: strong (agreed focus)",
			"Measures",
			"  PHQ-9: baseline 12 (session 1), latest 16 (moderately severe), 3 scores; response no, no remission; no reliable change (6 points is a reliable change)",
			"  GAD-7: no baseline: first score at session 5, latest 8 (mild), 2 scores; response not reckoned, no remission; reliable change not reckoned",
			"Warnings",
			/^ {2}- The case is in its final phase without a response on the PHQ-9 .*consider another or an added treatment.*\[session 7\]/,
		]);
	});
});

describe("(g) a PHQ-9 total that disagrees with its items", () => {
	// Session 1 writes phq9: 11 beside items adding up to 14: the total is an error and
	// 14 is used. Session 2 agrees (13); its GAD-7 has items only (sum 8).
	const CASE = "Hamid A/Hamid A.md";
	const SAMIRA = "Hamid A/People/Samira.md";
	const session = (n: number) => `Hamid A/Sessions/Session 0${n}.md`;
	const report = vignette("total-mismatch", CASE);

	it("uses the items' sum and gives the total an error diagnostic", () => {
		expect(report().json).toEqual({
			vault: "total-mismatch",
			open_safety: [],
			cases: [
				{
					path: CASE,
					client: "H.A.",
					safety_not_recorded: [],
					status: "active",
					protocol: "standard",
					planned_sessions: 16,
					sessions_held: 2,
					not_held: [],
					last_session: 2,
					phase: "initial",
					focus: [],
					people: [
						{ path: SAMIRA, name: "Samira", role: "wife", circle: 1, support: 2, conflict: 2, status: "living" },
						{ path: "Hamid A/People/Yusuf.md", name: "Yusuf", role: "brother", circle: 2, support: 2, conflict: 0, status: "living" },
					],
					events: [],
					flags: [
						{
							area: "role-dispute",
							strength: "strong",
							...ruleJson("dispute-close-conflict"),
							evidence: [{ path: SAMIRA, reason: "Conflict 2 with Samira (wife, circle 1), role expectations not reciprocal", ...ruleJson("dispute-close-conflict") }],
						},
					],
					measures: {
						phq9: { baseline: 14, latest: 13, band: "moderate", count: 2, response: false, remission: false, baseline_session: 1, first_session: 1, below_remission: false, change: "no-reliable-change", ...changeRuleJson("no-reliable-change", "phq9"), reliable_change: 6 },
						gad7: { baseline: 8, latest: 8, band: "mild", count: 1, response: false, remission: false, baseline_session: 2, first_session: 2, below_remission: false, change: "no-reliable-change", ...changeRuleJson("no-reliable-change", "gad7"), reliable_change: 4 },
					},
					safety: [],
					warnings: [],
					notes: [],
					sensitivity_considered: true,
					...sensitivityRuleJson("sensitivity-exclusion"),
					maintenance: null,
					timeline: {
						today: "2026-10-19",
						onset: "2026-08-01",
						window_start: "2025-08-01",
						window_end: "2026-10-19",
						entries: [
							phq9("2026-10-12", session(1), 1, 14),
							phq9("2026-10-19", session(2), 2, 13),
							{ kind: "measure", date: "2026-10-19", path: session(2), measure: "gad7", score: 8, session: 2 },
						],
					},
				},
			],
			diagnostics: [
				{ path: session(1), field: "phq9", severity: "error", message: "phq9: 11 does not match phq9_items, whose items add up to 14; 14 is used" },
			],
		});
	});

	it("prints the items' sum as the baseline and the diagnostic last", () => {
		const { text, block } = report();
		expect(text[1]).toBe("1 case · 0 open safety items, 0 sessions without the safety item · diagnostics: 1 error, 0 warnings");
		expectInOrder(block, [
			`== H.A. (${CASE})`,
			"Active · standard protocol · session 2 of 16 · initial phase",
			"Problem areas (no focus agreed yet)",
			"  Role dispute: strong",
			"Measures",
			"  PHQ-9: baseline 14 (session 1), latest 13 (moderate), 2 scores; response no, no remission; no reliable change (6 points is a reliable change)",
			"Inventory: 2 people (circle 1: 1, circle 2: 1)",
			"Diagnostics",
			`  ${session(1)}`,
			"    error   phq9: 11 does not match phq9_items, whose items add up to 14; 14 is used",
		]);
	});

	it("validate reports the total as an error and exits 1", () => {
		const result = runCli(["validate", "total-mismatch"], VIGNETTES);
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/: 1 error, 0 warnings\.\n\nHamid A\/Sessions\/Session 01\.md\n\s+error\s+phq9: 11 does not match phq9_items/);
	});
});

describe("(h) deaths on the window's first day and the day before it", () => {
	// Onset 2026-02-14: the window starts 2025-02-14. No session notes, so today is the
	// real date (--today 2026-11-25). Rose (circle 2) died on 2025-02-14: in the window,
	// strong, and so is her death event. Frank (circle 2; a died date, no status) died
	// 2025-02-13: a deceased close person outside the window is possible; his death event,
	// outside the window, counts for nothing.
	const CASE = "Agnes M/Agnes M.md";
	const ROSE = "Agnes M/People/Rose.md";
	const FRANK = "Agnes M/People/Frank.md";
	const ROSE_DIED = "Agnes M/Events/2025-02-14 Aunt Rose died.md";
	const FRANK_DIED = "Agnes M/Events/2025-02-13 Uncle Frank died.md";
	const report = vignette("window-boundary", CASE);

	it("counts the death on the window's start as strong and the one a day earlier as possible", () => {
		expect(report().json).toEqual({
			vault: "window-boundary",
			open_safety: [],
			cases: [
				{
					path: CASE,
					client: "A.M.",
					safety_not_recorded: [],
					status: "assessment",
					protocol: "standard",
					planned_sessions: 16,
					sessions_held: 0,
					not_held: [],
					last_session: null,
					phase: "initial",
					focus: [],
					people: [
						{ path: FRANK, name: "Frank", role: "uncle", circle: 2, support: null, conflict: null, status: "deceased" },
						{ path: "Agnes M/People/Martin.md", name: "Martin", role: "husband", circle: 1, support: 3, conflict: 0, status: "living" },
						{ path: ROSE, name: "Rose", role: "aunt", circle: 2, support: null, conflict: null, status: "deceased" },
					],
					events: [
						{ path: FRANK_DIED, date: "2025-02-13", type: "death", category: "death" },
						{ path: ROSE_DIED, date: "2025-02-14", type: "death", category: "death" },
					],
					flags: [
						{
							area: "grief",
							strength: "strong",
							...ruleJson("grief-close-death-in-window"),
							evidence: [
								{ path: ROSE, reason: "Rose (aunt, circle 2) died 2025-02-14, 12 months before onset", ...ruleJson("grief-close-death-in-window") },
								{ path: ROSE_DIED, reason: "Death on 2025-02-14, 12 months before onset, concerning Rose (aunt, circle 2)", ...ruleJson("grief-close-death-event") },
								{ path: FRANK, reason: "Frank (uncle, circle 2) died 2025-02-13, over 12 months before onset, outside the 12-month window", ...ruleJson("grief-close-death-other") },
							],
						},
					],
					measures: {},
					safety: [],
					warnings: [],
					notes: [],
					// No session lists the inventory task, so sensitivity is not considered yet.
					sensitivity_considered: false,
					...sensitivityRuleJson("sensitivity-not-considered"),
					maintenance: null,
					timeline: {
						today: "2026-11-25",
						onset: "2026-02-14",
						window_start: "2025-02-14",
						window_end: "2026-11-25",
						entries: [
							{ kind: "event", date: "2025-02-13", path: FRANK_DIED, type: "death", category: "death", in_window: false },
							{ kind: "event", date: "2025-02-14", path: ROSE_DIED, type: "death", category: "death", in_window: true },
						],
					},
				},
			],
			diagnostics: [],
		});
	});

	it("prints a case without sessions in its initial phase", () => {
		expectInOrder(report().block, [
			`== A.M. (${CASE})`,
			"Assessment · standard protocol · no sessions yet · initial phase",
			"Problem areas (no focus agreed yet)",
			"  Grief: strong",
			`    - Rose (aunt, circle 2) died 2025-02-14, 12 months before onset (${ROSE})`,
			`    - Death on 2025-02-14, 12 months before onset, concerning Rose (aunt, circle 2) (${ROSE_DIED})`,
			`    - Frank (uncle, circle 2) died 2025-02-13, over 12 months before onset, outside the 12-month window (${FRANK})`,
			"Inventory: 3 people (circle 1: 1, circle 2: 2)",
			"Timeline: 2 events; onset 2026-02-14; look-back window 2025-02-14 to 2026-11-25",
		]);
		expect(report().block.join("\n")).not.toMatch(/Measures|Due|Warnings/);
	});
});

describe("(i) focus checks: three areas in focus, given by their aliases", () => {
	// `sensitivity`, `disputes` and `loss` are read as interpersonal-sensitivity,
	// role-dispute and grief. Kasia (circle 1, conflict 2, expectations not reciprocal)
	// makes role dispute strong, which rules sensitivity out; nothing supports grief.
	// More than 2 areas; sensitivity and grief without evidence; sensitivity in the
	// focus beside a strong area. Session 3 is still initial: no phase warnings.
	const CASE = "Tomasz W/Tomasz W.md";
	const KASIA = "Tomasz W/People/Kasia.md";
	const session = (n: number) => `Tomasz W/Sessions/Session 0${n}.md`;
	const report = vignette("focus-checks", CASE);
	const warning = (id: CaseRuleId, message: string) => ({ id, message, path: CASE, session: null, ...ruleJson(id) });

	it("warns about the focus, case-wide", () => {
		expect(report().json).toEqual({
			vault: "focus-checks",
			open_safety: [],
			cases: [
				{
					path: CASE,
					client: "T.W.",
					safety_not_recorded: [],
					status: "active",
					protocol: "standard",
					planned_sessions: 16,
					sessions_held: 3,
					not_held: [],
					last_session: 3,
					phase: "initial",
					focus: ["interpersonal-sensitivity", "role-dispute", "grief"],
					people: [
						{ path: "Tomasz W/People/Ewa.md", name: "Ewa", role: "mother", circle: 2, support: 2, conflict: 0, status: "living" },
						{ path: KASIA, name: "Kasia", role: "wife", circle: 1, support: 1, conflict: 2, status: "living" },
						{ path: "Tomasz W/People/Piotr.md", name: "Piotr", role: "brother", circle: 2, support: 2, conflict: 0, status: "living" },
					],
					events: [],
					flags: [
						{
							area: "role-dispute",
							strength: "strong",
							...ruleJson("dispute-close-conflict"),
							evidence: [{ path: KASIA, reason: "Conflict 2 with Kasia (wife, circle 1), role expectations not reciprocal", ...ruleJson("dispute-close-conflict") }],
						},
					],
					measures: { phq9: { baseline: 14, latest: 13, band: "moderate", count: 3, response: false, remission: false, baseline_session: 1, first_session: 1, below_remission: false, change: "no-reliable-change", ...changeRuleJson("no-reliable-change", "phq9"), reliable_change: 6 } },
					safety: [],
					warnings: [
						warning(
							"too-many-focus-areas",
							"The case's focus holds 3 areas (Interpersonal sensitivity, Role dispute, Grief); IPT works on one, at most 2. Agree with the client which matter most.",
						),
						warning(
							"focus-without-evidence",
							"Interpersonal sensitivity is in the case's focus, but no person or event note gives evidence for it. Record the people and events behind it, or revisit the focus.",
						),
						warning(
							"focus-without-evidence",
							"Grief is in the case's focus, but no person or event note gives evidence for it. Record the people and events behind it, or revisit the focus.",
						),
						warning(
							"sensitivity-with-other-areas",
							"Interpersonal sensitivity is in the focus while Role dispute has strong evidence. Sensitivity is for cases where no other area applies; consider focusing on the flagged area instead.",
						),
					],
					notes: [],
					sensitivity_considered: true,
					...sensitivityRuleJson("sensitivity-exclusion"),
					maintenance: null,
					timeline: {
						today: "2026-09-21",
						onset: "2026-05-01",
						window_start: "2025-05-01",
						window_end: "2026-09-21",
						entries: [phq9("2026-09-07", session(1), 1, 14), phq9("2026-09-14", session(2), 2, 14), phq9("2026-09-21", session(3), 3, 13)],
					},
				},
			],
			diagnostics: [],
		});
	});

	it("prints the focus checks as due, before the problem areas", () => {
		expectInOrder(report().block, [
			`== T.W. (${CASE})`,
			"Active · standard protocol · session 3 of 16 · initial phase",
			"Due",
			/^ {2}- The case's focus holds 3 areas .*\(Tomasz W\/Tomasz W\.md\)$/,
			/^ {2}- Interpersonal sensitivity is in the case's focus, but/,
			/^ {2}- Grief is in the case's focus, but/,
			/^ {2}- Interpersonal sensitivity is in the focus while Role dispute has strong evidence/,
			"Problem areas (focus: Interpersonal sensitivity, Role dispute, Grief)",
			"  Role dispute: strong (agreed focus)",
			"Measures",
		]);
		// Case-wide checks name no session; only one area is flagged.
		expect(report().block.join("\n")).not.toMatch(/\[session|Warnings|Grief: |Interpersonal sensitivity: /);
	});
});

describe("(j) a maintenance case whose acute phase is not in the vault", () => {
	// The 12 acute sessions are not in the vault: sessions 13 and 14 (two notes say
	// `session: 14`) are maintenance sessions. Second edition: with no acute session in
	// the vault, the initial phase's tasks and the baseline are not asked of it (they were
	// done where the acute notes are), and sessions after the 12 planned are maintenance,
	// not over the plan. Only the duplicate number is left. The maintenance contract is
	// the defaults: 12 sessions, every 4 weeks; 2 numbers held. The last two maintenance
	// notes (both 14) hold a PHQ-9, so no measure is overdue. Maintenance is not the final
	// phase, so termination is not due. Declan (circle 1) died 2025-08-20, inside the
	// window 2024-10-01 to 2026-11-09.
	const CASE = "Bernadette O/Bernadette O.md";
	const DECLAN = "Bernadette O/People/Declan.md";
	const DIED = "Bernadette O/Events/2025-08-20 Declan died.md";
	const session = (n: number) => `Bernadette O/Sessions/Session ${n}.md`;
	const report = vignette("maintenance-imported", CASE);

	it("is in maintenance, with its own contract and only the numbering problem as a warning", () => {
		expect(report().json).toEqual({
			vault: "maintenance-imported",
			open_safety: [],
			cases: [
				{
					path: CASE,
					client: "B.O.",
					safety_not_recorded: [],
					status: "maintenance",
					protocol: "standard",
					planned_sessions: 12,
					sessions_held: 2,
					not_held: [],
					last_session: 14,
					phase: "maintenance",
					focus: ["grief"],
					people: [
						{ path: DECLAN, name: "Declan", role: "husband", circle: 1, support: null, conflict: null, status: "deceased" },
						{ path: "Bernadette O/People/Maeve.md", name: "Maeve", role: "friend from church", circle: 2, support: 2, conflict: 0, status: "living" },
						{ path: "Bernadette O/People/Siobhan.md", name: "Siobhan", role: "daughter", circle: 1, support: 3, conflict: 0, status: "living" },
					],
					events: [{ path: DIED, date: "2025-08-20", type: "death", category: "death" }],
					flags: [
						{
							area: "grief",
							strength: "strong",
							...ruleJson("grief-close-death-in-window"),
							evidence: [
								{ path: DECLAN, reason: "Declan (husband, circle 1) died 2025-08-20, over 1 month before onset", ...ruleJson("grief-close-death-in-window") },
								{ path: DIED, reason: "Death on 2025-08-20, over 1 month before onset, concerning Declan (husband, circle 1)", ...ruleJson("grief-close-death-event") },
							],
						},
					],
					// The first PHQ-9 came at session 13, long after the initial phase (1-3): it is no baseline.
					measures: { phq9: { baseline: null, latest: 5, band: "mild", count: 2, response: false, remission: false, baseline_session: null, first_session: 13, below_remission: false, change: null, ...changeRuleJson(null, "phq9"), reliable_change: 6 } },
					safety: [],
					warnings: [
						{
							id: "duplicate-session-number",
							message: `Session number 14 is used by 2 notes (${session(14)}, ${session(15)}). Renumber them so that each session has its own number.`,
							path: session(14),
							session: 14,
							...ruleJson("duplicate-session-number"),
						},
					],
					notes: [],
					// No session lists the inventory task, so sensitivity is not considered yet.
					sensitivity_considered: false,
					...sensitivityRuleJson("sensitivity-not-considered"),
					maintenance: { planned_sessions: 12, interval_weeks: 4, sessions_held: 2 },
					timeline: {
						today: "2026-11-09",
						onset: "2025-10-01",
						window_start: "2024-10-01",
						window_end: "2026-11-09",
						entries: [
							{ kind: "event", date: "2025-08-20", path: DIED, type: "death", category: "death", in_window: true },
							phq9("2026-09-14", session(13), 13, 6),
							phq9("2026-10-12", session(14), 14, 5),
						],
					},
				},
			],
			diagnostics: [],
		});
	});

	it("prints the maintenance contract and the duplicate number as due (the duplicate is for the clinician to fix)", () => {
		expectInOrder(report().block, [
			`== B.O. (${CASE})`,
			"Maintenance · standard protocol · maintenance: 2 of 12 sessions held, every 4 weeks · maintenance phase",
			"Due",
			/^ {2}- Session number 14 is used by 2 notes/,
			"Problem areas (focus: Grief)",
			"  Grief: strong (agreed focus)",
			"Measures",
		]);
		expect(report().block).not.toContain("Warnings");
		expect(report().block.join("\n")).not.toMatch(/termination|inventory is not done|has no baseline|beyond the 12 planned/);
	});
});
