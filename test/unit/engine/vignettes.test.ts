// Three fictional cases, each with the complete analysis a clinician should see.
import type { CaseAnalysis, TimelineEntry } from "../../../src/domain/engine/analysis";
import type { Measure } from "../../../src/domain/model/vocabulary";
import { analyse, CASE_PATH, d, event, evidence, link, measureRuleOf, person, phq9Total, ruleOf, settingsWith, weeklySessions } from "./builders";

const STANDARD_SPANS = [
	{ phase: "initial", first: 1, last: 3 },
	{ phase: "middle", first: 4, last: 13 },
	{ phase: "final", first: 14, last: 16 },
] as const;

const sessionPath = (n: number) => `Clients/Jo/Sessions/Session ${String(n).padStart(2, "0")}.md`;
const point = (session: number, date: string, score: number) => ({ session, date, score, path: sessionPath(session) });
const measureEntry = (measure: Measure, session: number, date: string, score: number): TimelineEntry => ({
	kind: "measure",
	date,
	day: d(date).day,
	path: sessionPath(session),
	measure,
	score,
	session,
});
const items = (item9: number) => [3, 3, 2, 2, 2, 2, 2, 2, item9];

describe("vignette: grief after a mother's death", () => {
	const mum = person("Mum", { role: "mother", circle: 1, died: d("2026-01-10") });
	const dad = person("Dad", { role: "father", circle: 1, support: 2 });
	const sister = person("Rae", { role: "sister", circle: 2, support: 3 });
	const death = event("Mum's death", "death", "2026-01-10", { people: [link("Mum")] });
	const phq9 = [19, 17, 15, 14, 12];
	const sessions = weeklySessions(5, "2026-03-02", (k) => ({
		...phq9Total(phq9[k - 1] ?? 0),
		...(k === 1 ? { tasks: ["psychoeducation", "sick-role"], phq9Items: items(1) } : {}),
		...(k === 2 ? { tasks: ["inventory", "timeline"], riskReviewed: true } : {}),
		...(k === 3 ? { tasks: ["formulation", "contract", "focus-agreed"] } : {}),
	}));

	it("flags strong grief with both pieces of evidence, a reviewed item and no warnings", () => {
		const analysis = analyse({
			record: { onset: d("2026-02-01"), start: d("2026-03-02"), focus: ["grief"] },
			people: [mum, dad, sister],
			events: [death],
			sessions,
		});
		const expected: CaseAnalysis = {
			today: "2026-03-30",
			plannedSessions: 16,
			maintenance: null,
			// A session lists the inventory task.
			sensitivityConsidered: true,
			// Another area is flagged, which rules interpersonal sensitivity out.
			sensitivityRule: ruleOf("sensitivity-exclusion"),
			sessionsHeld: 5,
			notHeld: [],
			lastSession: 5,
			phase: "middle",
			phaseSpans: STANDARD_SPANS,
			flags: [
				{
					area: "grief",
					strength: "strong",
					rule: ruleOf("grief-close-death-in-window"),
					evidence: [
						evidence(mum.path, "Mum (mother, circle 1) died 2026-01-10, 22 days before onset", "grief-close-death-in-window"),
						evidence(death.path, "Death on 2026-01-10, 22 days before onset, concerning Mum (mother, circle 1)", "grief-close-death-event"),
					],
				},
			],
			measures: {
				phq9: {
					baseline: 19,
					baselineSession: 1,
					first: point(1, "2026-03-02", 19),
					latest: 12,
					band: "moderate",
					count: 5,
					response: false,
					belowRemission: false,
					remission: false,
					// 19 to 12 is a fall of 7, at least PHQ-9's reliable change of 6, and 12 is not below 5.
					change: "improved",
					changeRule: measureRuleOf("change-improved"),
					responseRule: measureRuleOf("response"),
					remissionRule: measureRuleOf("remission"),
					reliableChange: 6,
					// The response line is the whole-number half of 19.
					responseAt: 9,
					remissionBelow: 5,
					points: [point(1, "2026-03-02", 19), point(2, "2026-03-09", 17), point(3, "2026-03-16", 15), point(4, "2026-03-23", 14), point(5, "2026-03-30", 12)],
				},
			},
			safety: [
				{ measure: "phq9", item: 9, key: "phq9_items", score: 1, raw: "1", reason: "positive", session: 1, date: "2026-03-02", path: sessionPath(1), reviewed: true, raisedDaysAgo: 183 },
			],
			safetyNotRecorded: [],
			warnings: [],
			notes: [],
			timeline: {
				onset: "2026-02-01",
				onsetSource: "onset",
				windowStart: "2025-02-01",
				windowEnd: "2026-03-30",
				entries: [
					{ kind: "event", date: "2026-01-10", day: d("2026-01-10").day, path: death.path, type: "death", category: "death", inWindow: true },
					measureEntry("phq9", 1, "2026-03-02", 19),
					measureEntry("phq9", 2, "2026-03-09", 17),
					measureEntry("phq9", 3, "2026-03-16", 15),
					measureEntry("phq9", 4, "2026-03-23", 14),
					measureEntry("phq9", 5, "2026-03-30", 12),
				],
			},
		};
		expect(analysis).toEqual(expected);
	});
});

describe("vignette: a perinatal dispute after a birth", () => {
	const sam = person("Sam", { role: "partner", circle: 1, conflict: 3, disputeStage: "renegotiation", expectationsReciprocal: false, support: 1 });
	const mum = person("Mum", { role: "mother", circle: 2, support: 3 });
	const priya = person("Priya", { role: "friend", circle: 3, support: 2, conflict: 2 });
	const argument = event("Argument", "conflict", "2025-12-01", { people: [link("Sam")] });
	const birth = event("Birth", "birth", "2025-10-20", { people: [link("Sam")] });
	const move = event("Move", "move", "2025-03-01");
	const epds: Record<number, number> = { 1: 18, 2: 16, 4: 14, 5: 19, 6: 13 };
	const sessions = weeklySessions(10, "2026-01-06", (k) => ({
		scores: epds[k] === undefined ? {} : { epds: epds[k] },
		...(k === 1 ? { tasks: ["psychoeducation", "sick-role"], epdsItem10: 1 } : {}),
		...(k === 2 ? { tasks: ["inventory"] } : {}),
		...(k === 3 ? { tasks: ["formulation", "focus-agreed"] } : {}),
		...(k === 6 ? { epdsItem10: 2 } : {}),
		...(k === 7 ? { riskReviewed: true } : {}),
		...(k === 10 ? { hamdItem3: 1 } : {}),
	}));

	it("flags a strong dispute and a strong transition, and warns about what is missing", () => {
		const analysis = analyse({
			record: { protocol: "perinatal", measure: "epds", onset: d("2025-11-15"), focus: ["role-dispute", "role-transition", "grief"] },
			people: [sam, mum, priya],
			events: [argument, birth, move],
			sessions,
		});
		const expected: CaseAnalysis = {
			today: "2026-03-10",
			plannedSessions: 12,
			maintenance: null,
			// A session lists the inventory task.
			sensitivityConsidered: true,
			// Another area is flagged, which rules interpersonal sensitivity out.
			sensitivityRule: ruleOf("sensitivity-exclusion"),
			sessionsHeld: 10,
			notHeld: [],
			lastSession: 10,
			phase: "final",
			phaseSpans: [
				{ phase: "initial", first: 1, last: 3 },
				{ phase: "middle", first: 4, last: 9 },
				{ phase: "final", first: 10, last: 12 },
			],
			flags: [
				{
					area: "role-dispute",
					strength: "strong",
					rule: ruleOf("dispute-close-conflict"),
					evidence: [
						evidence(
							sam.path,
							"Conflict 3 with Sam (partner, circle 1), role expectations not reciprocal, dispute stage renegotiation: the two are still talking; improve how they communicate",
							"dispute-close-conflict",
						),
						evidence(priya.path, "Conflict 2 with Priya (friend, circle 3)", "dispute-conflict-or-stage"),
						evidence(argument.path, "Conflict on 2025-12-01, 16 days after onset, concerning Sam (partner, circle 1)", "dispute-event"),
					],
				},
				{
					area: "role-transition",
					strength: "strong",
					rule: ruleOf("transition-near-onset"),
					evidence: [
						evidence(birth.path, "Birth on 2025-10-20, 26 days before onset, concerning Sam (partner, circle 1)", "transition-near-onset"),
						evidence(move.path, "Move on 2025-03-01, over 8 months before onset", "transition-in-window"),
					],
				},
			],
			measures: {
				epds: {
					baseline: 18,
					baselineSession: 1,
					first: point(1, "2026-01-06", 18),
					latest: 13,
					band: "probable",
					count: 5,
					response: false,
					belowRemission: false,
					remission: false,
					// 18 to 13 is a fall of 5, at least EPDS's reliable change of 4; 13 is not below 10.
					change: "improved",
					changeRule: measureRuleOf("change-improved", "epds"),
					responseRule: measureRuleOf("response", "epds"),
					remissionRule: measureRuleOf("remission", "epds"),
					reliableChange: 4,
					responseAt: 9,
					remissionBelow: 10,
					points: [point(1, "2026-01-06", 18), point(2, "2026-01-13", 16), point(4, "2026-01-27", 14), point(5, "2026-02-03", 19), point(6, "2026-02-10", 13)],
				},
			},
			safety: [
				{ measure: "hamd", item: 3, key: "hamd_item3", score: 1, raw: "1", reason: "positive", session: 10, date: "2026-03-10", path: sessionPath(10), reviewed: false, raisedDaysAgo: 175 },
				{ measure: "epds", item: 10, key: "epds_item10", score: 2, raw: "2", reason: "positive", session: 6, date: "2026-02-10", path: sessionPath(6), reviewed: true, raisedDaysAgo: 203 },
				{ measure: "epds", item: 10, key: "epds_item10", score: 1, raw: "1", reason: "positive", session: 1, date: "2026-01-06", path: sessionPath(1), reviewed: true, raisedDaysAgo: 238 },
			],
			// Three EPDS totals came without item 10: each is named, first among the warnings.
			safetyNotRecorded: [2, 4, 5].map((n) => ({ path: sessionPath(n), session: n, measure: "epds" as const })),
			warnings: [
				...[
					[2, 16],
					[4, 14],
					[5, 19],
				].map(([n = 0, total]) => ({
					id: "safety-item-not-recorded" as const,
					message: `EPDS total ${total} in session ${n} has no answer to item 10, the suicide item: ask it and record it as epds_item10.`,
					path: sessionPath(n),
					session: n,
					rule: ruleOf("safety-item-not-recorded"),
				})),
				{
					id: "too-many-focus-areas",
					message: "The case's focus holds 3 areas (Role dispute, Role transition, Grief); IPT works on one, at most 2. Agree with the client which matter most.",
					path: CASE_PATH,
					session: null,
					rule: ruleOf("too-many-focus-areas"),
				},
				{
					id: "focus-without-evidence",
					message: "Grief is in the case's focus, but no person or event note gives evidence for it. Record the people and events behind it, or revisit the focus.",
					path: CASE_PATH,
					session: null,
					rule: ruleOf("focus-without-evidence"),
				},
				{
					id: "measure-overdue",
					message: "No EPDS score in the last 4 sessions (7 to 10). Give the EPDS at the next session and record it in the session note.",
					path: sessionPath(10),
					session: 10,
					rule: ruleOf("measure-overdue"),
				},
				// Second edition: from 3 sessions before the planned end (10 >= 12 - 3).
				{
					id: "termination-not-discussed",
					message:
						"Session 10 of 12 planned is within 3 sessions of the end, but no session lists termination-discussed. Talk about ending with the client, with the feelings it brings, and record the task.",
					path: CASE_PATH,
					session: 10,
					rule: ruleOf("termination-not-discussed"),
				},
				// Session 10 of 12 is in the final phase (10-12), and no session lists relapse-plan.
				{
					id: "relapse-plan-missing",
					message:
						"The case is in its final phase, but no session lists relapse-plan. Agree with the client the early signs of a new episode and what to do then, and record the task.",
					path: CASE_PATH,
					session: 10,
					rule: ruleOf("relapse-plan-missing"),
				},
				{
					id: "worsening",
					message: "EPDS went up from 14 at session 4 to 19 at session 5 (+5 points, a reliable change is 4): review the change and the risk with the client.",
					path: sessionPath(5),
					session: 5,
					rule: measureRuleOf("worsening", "epds"),
				},
				// The latest EPDS, 13 at session 6, is in the top band (probable, 13 or more).
				// (It is a due warning, but sorts after the worsening by its id's order.)
				{
					id: "severe-score",
					message: "The latest EPDS score is 13 at session 6 (probable, 13 or more): review severity and risk, and whether IPT alone is enough.",
					path: sessionPath(6),
					session: 6,
					rule: measureRuleOf("severe-score", "epds"),
				},
				// Final phase, a baseline of 18 and a latest of 13: no response (9 or less).
				{
					id: "non-response-at-end",
					message:
						"The case is in its final phase without a response on the EPDS (baseline 18, latest 13; a response is 9 or less): consider another or an added treatment, and discuss it with the client.",
					path: sessionPath(10),
					session: 10,
					rule: measureRuleOf("non-response-at-end", "epds"),
				},
			],
			notes: [],
			timeline: {
				onset: "2025-11-15",
				onsetSource: "onset",
				windowStart: "2024-11-15",
				windowEnd: "2026-03-10",
				entries: [
					{ kind: "event", date: "2025-03-01", day: d("2025-03-01").day, path: move.path, type: "move", category: "transition", inWindow: true },
					{ kind: "event", date: "2025-10-20", day: d("2025-10-20").day, path: birth.path, type: "birth", category: "transition", inWindow: true },
					{ kind: "event", date: "2025-12-01", day: d("2025-12-01").day, path: argument.path, type: "conflict", category: "dispute", inWindow: true },
					measureEntry("epds", 1, "2026-01-06", 18),
					measureEntry("epds", 2, "2026-01-13", 16),
					measureEntry("epds", 4, "2026-01-27", 14),
					measureEntry("epds", 5, "2026-02-03", 19),
					measureEntry("epds", 6, "2026-02-10", 13),
				],
			},
		};
		expect(analysis).toEqual(expected);
	});
});

describe("vignette: isolation, read in both schemes", () => {
	const kim = person("Kim", { role: "neighbour", circle: 3, support: 1 });
	const lee = person("Lee", { role: "cousin", circle: 2, support: 2 });
	const graduation = event("Graduation", "graduation", "2024-06-01");
	const phq9 = [14, 13, 9];
	const parts = {
		record: { protocol: "brief" as const, start: d("2026-04-01") },
		people: [kim, lee],
		events: [graduation],
		sessions: weeklySessions(3, "2026-04-01", (k) => ({
			...phq9Total(phq9[k - 1] ?? 0),
			...(k === 1 ? { tasks: ["psychoeducation", "sick-role"] as const } : {}),
			...(k === 2 ? { tasks: ["inventory"] as const } : {}),
		})),
	};
	const where = "Session 3 is past the initial phase (sessions 1 to 2), but ";
	const common = {
		today: "2026-04-15",
		plannedSessions: 8,
		maintenance: null,
		sensitivityConsidered: true,
		sensitivityRule: null,
		sessionsHeld: 3,
		notHeld: [],
		lastSession: 3,
		phase: "middle",
		phaseSpans: [
			{ phase: "initial", first: 1, last: 2 },
			{ phase: "middle", first: 3, last: 6 },
			{ phase: "final", first: 7, last: 8 },
		],
		measures: {
			phq9: {
				baseline: 14,
				baselineSession: 1,
				first: point(1, "2026-04-01", 14),
				latest: 9,
				band: "mild",
				count: 3,
				response: false,
				belowRemission: false,
				remission: false,
				// 14 to 9 is a fall of 5, short of PHQ-9's reliable change of 6.
				change: "no-reliable-change",
		changeRule: measureRuleOf("change-no-reliable-change"),
		responseRule: measureRuleOf("response"),
		remissionRule: measureRuleOf("remission"),
				reliableChange: 6,
				responseAt: 7,
				remissionBelow: 5,
				points: [point(1, "2026-04-01", 14), point(2, "2026-04-08", 13), point(3, "2026-04-15", 9)],
			},
		},
		safety: [],
		safetyNotRecorded: [],
		warnings: [
			{
				id: "inventory-missing",
				message: `${where}the interpersonal inventory is not done: the case has 2 person notes (at least 3 expected). Add a person note for each important person and record the inventory task.`,
				path: CASE_PATH,
				session: 3,
				rule: ruleOf("inventory-missing"),
			},
			{
				id: "formulation-missing",
				message: `${where}no session lists the formulation task. Share the interpersonal formulation with the client and record the task.`,
				path: CASE_PATH,
				session: 3,
				rule: ruleOf("formulation-missing"),
			},
			{
				id: "focus-missing",
				message: `${where}the case note has no focus. Agree one or two problem areas with the client and add them to focus.`,
				path: CASE_PATH,
				session: 3,
				rule: ruleOf("focus-missing"),
			},
		],
		timeline: {
			onset: "2026-04-01",
			onsetSource: "start",
			windowStart: "2025-04-01",
			windowEnd: "2026-04-15",
			entries: [
				{ kind: "event", date: "2024-06-01", day: d("2024-06-01").day, path: graduation.path, type: "graduation", category: "transition", inWindow: false },
				measureEntry("phq9", 1, "2026-04-01", 14),
				measureEntry("phq9", 2, "2026-04-08", 13),
				measureEntry("phq9", 3, "2026-04-15", 9),
			],
		},
	} as const;
	const reasons = ["No one in circle 1 among the 2 people in the inventory", "Only 1 person gives support 2 or more: Lee"];
	const EXCLUSION =
		"A diagnosis of exclusion: considered only because the inventory is complete and no other area is flagged; the expected course is poorer than in the other areas";

	it("flags strong interpersonal sensitivity in the four-area scheme", () => {
		const expected: CaseAnalysis = {
			...common,
			// Second edition: the four-area flag ends by saying it is a diagnosis of exclusion (session 2 recorded the inventory).
			flags: [
				{
					area: "interpersonal-sensitivity",
					strength: "strong",
					rule: ruleOf("sensitivity-thin-inventory-strong"),
					evidence: [...reasons.map((reason) => evidence(CASE_PATH, reason, "sensitivity-thin-inventory-strong")), evidence(CASE_PATH, EXCLUSION, "sensitivity-exclusion")],
				},
			],
			notes: [],
		};
		expect(analyse(parts)).toEqual(expected);
	});

	it("names it a complicating factor in the three-area scheme", () => {
		const expected: CaseAnalysis = {
			...common,
			flags: [],
			notes: [
				`Interpersonal sensitivity is a strong complicating factor: ${reasons.join("; ")}. In the three-area scheme it is not a problem area; take it into account in the formulation.`,
			],
		};
		expect(analyse(parts, settingsWith({ scheme: "three-areas" }))).toEqual(expected);
	});
});
