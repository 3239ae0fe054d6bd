// The demo vault through the command-line tool, checked against examples/demo-vault/README.md.
import { cpSync } from "node:fs";
import { join, resolve } from "node:path";
import { makeVault, note, removeVault, runCli } from "../support/cli";
import type { Measure } from "../../src/domain/model/vocabulary";
import { caseBlock, changeRuleJson, expectInOrder, jsonReport, matching, ruleJson, runReport, type CaseJson, type MeasureJson, type ReportJson } from "./report-json";

const ROOT = resolve(__dirname, "../..");
const DEMO = "examples/demo-vault";

const MAYA = "IPT/Maya K/Maya K.md";
const ROWAN = "IPT/Rowan P/Rowan P.md";
const SOFIA = "IPT/Sofia L/Sofia L.md";
const THEO = "IPT/Theo B/Theo B.md";

type TypeName = "string" | "number" | "boolean" | "null" | "array" | "object";

function typeName(value: unknown): TypeName {
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	return typeof value as TypeName;
}

/** Keys in this order, each value of one of the types `spec` lists (`"number | null"`). */
function expectShape(value: unknown, spec: Readonly<Record<string, string>>): void {
	const object = value as Record<string, unknown>;
	expect(Object.keys(object)).toEqual(Object.keys(spec));
	const types = Object.fromEntries(
		Object.entries(object).map(([key, v]) => [key, spec[key]?.split(" | ").includes(typeName(v)) === true ? spec[key] : typeName(v)]),
	);
	expect(types).toEqual(spec);
}

const CASE_SHAPE = {
	path: "string",
	client: "string",
	safety: "array",
	safety_not_recorded: "array",
	status: "string",
	protocol: "string",
	planned_sessions: "number",
	sessions_held: "number",
	not_held: "array",
	last_session: "number | null",
	phase: "string",
	focus: "array",
	people: "array",
	events: "array",
	flags: "array",
	measures: "object",
	warnings: "array",
	notes: "array",
	sensitivity_considered: "boolean",
	sensitivity_rule: "string | null",
	sensitivity_rule_text: "string | null",
	maintenance: "object | null",
	timeline: "object",
};
const PERSON_SHAPE = {
	path: "string",
	name: "string",
	role: "string | null",
	circle: "number | null",
	support: "number | null",
	conflict: "number | null",
	status: "string",
};
const EVENT_SHAPE = { path: "string", date: "string | null", type: "string | null", category: "string | null" };
const FLAG_SHAPE = { area: "string", strength: "string", rule: "string", rule_text: "string", evidence: "array" };
const EVIDENCE_SHAPE = { path: "string", reason: "string", rule: "string", rule_text: "string" };
const MEASURE_SHAPE = {
	baseline: "number | null",
	latest: "number",
	band: "string",
	count: "number",
	response: "boolean",
	remission: "boolean",
	baseline_session: "number | null",
	first_session: "number",
	below_remission: "boolean",
	change: "string | null",
	change_rule: "string | null",
	change_rule_text: "string | null",
	reliable_change: "number",
};
const SAFETY_SHAPE = {
	measure: "string",
	item: "number",
	score: "number | null",
	raw: "string",
	reason: "string",
	session: "number | null",
	date: "string | null",
	path: "string",
	reviewed: "boolean",
	raised_days_ago: "number | null",
};
const WARNING_SHAPE = { id: "string", message: "string", path: "string", session: "number | null", rule: "string", rule_text: "string" };
const TIMELINE_SHAPE = { today: "string", onset: "string | null", window_start: "string | null", window_end: "string", entries: "array" };
const DIAGNOSTIC_SHAPE = { path: "string", field: "string", severity: "string", message: "string" };

describe("the demo vault's JSON report", () => {
	let report: ReportJson;
	const byPath = (path: string): CaseJson => {
		const found = report.cases.find((c) => c.path === path);
		if (found === undefined) throw new Error(`no case ${path}`);
		return found;
	};

	beforeAll(() => {
		report = jsonReport(DEMO, [], ROOT);
	});

	it("has the contract's shape, key by key and type by type", () => {
		expectShape(report, { open_safety: "array", vault: "string", cases: "array", diagnostics: "array" });
		for (const item of report.open_safety) expectShape(item, { case: "string | null", client: "string | null", ...SAFETY_SHAPE });
		expect(report.vault).toBe(DEMO);
		for (const c of report.cases) {
			expectShape(c, CASE_SHAPE);
			for (const area of c.focus) expect(typeName(area)).toBe("string");
			for (const person of c.people) expectShape(person, PERSON_SHAPE);
			for (const event of c.events) expectShape(event, EVENT_SHAPE);
			for (const flag of c.flags) {
				expectShape(flag, FLAG_SHAPE);
				for (const evidence of flag.evidence) expectShape(evidence, EVIDENCE_SHAPE);
			}
			for (const measure of Object.values(c.measures)) expectShape(measure, MEASURE_SHAPE);
			for (const item of c.safety) expectShape(item, SAFETY_SHAPE);
			for (const warning of c.warnings) expectShape(warning, WARNING_SHAPE);
			for (const line of c.notes) expect(typeName(line)).toBe("string");
			expectShape(c.timeline, TIMELINE_SHAPE);
		}
		for (const diagnostic of report.diagnostics) expectShape(diagnostic, DIAGNOSTIC_SHAPE);
	});

	it("lists the four cases sorted by path", () => {
		const paths = report.cases.map((c) => c.path);
		expect(paths).toEqual([MAYA, ROWAN, SOFIA, THEO]);
		expect(paths).toEqual([...paths].sort());
	});

	it("gives each case's client, status, protocol, sessions, phase and focus", () => {
		const summary = report.cases.map((c) => [c.client, c.status, c.protocol, c.planned_sessions, c.sessions_held, c.last_session, c.phase, c.focus]);
		expect(summary).toEqual([
			["M.K.", "active", "standard", 16, 14, 14, "final", ["grief"]],
			["R.P.", "closed", "brief", 8, 8, 8, "final", ["interpersonal-sensitivity"]],
			["S.L.", "active", "perinatal", 12, 2, 2, "initial", []],
			["T.B.", "active", "adolescent", 12, 7, 7, "middle", ["role-dispute"]],
		]);
	});

	it("lists every person of Maya's inventory with all their fields", () => {
		const person = (name: string, role: string, circle: number, support: number | null, conflict: number | null, status: string) => ({
			path: `IPT/Maya K/People/${name}.md`,
			name,
			role,
			circle,
			support,
			conflict,
			status,
		});
		expect(byPath(MAYA).people).toEqual([
			person("Alan", "father", 3, null, null, "deceased"),
			person("Clare", "aunt (mother's sister)", 2, 2, 0, "living"),
			person("Helen", "line manager", 3, 1, 1, "living"),
			person("Jo", "best friend", 1, 3, 0, "living"),
			person("Nina", "friend from choir", 3, 1, 0, "living"),
			person("Owen", "partner", 1, 2, 1, "living"),
			person("Rosa", "mother's neighbour", 3, 1, 0, "living"),
			person("Ruth", "mother", 1, null, 1, "deceased"),
			person("Sam", "brother", 2, 1, 2, "living"),
		]);
	});

	it("gives the other inventories' people, circles and statuses", () => {
		const circles = (path: string) => byPath(path).people.map((p) => `${p.name} ${String(p.circle)} ${p.status}`);
		expect(circles(ROWAN)).toEqual([
			"Erin 2 living",
			"Gwen 2 living",
			"Kit 3 living",
			"Len 3 deceased",
			"Marek 3 living",
			"Phil 3 living",
			"Sunny 3 living",
		]);
		expect(circles(SOFIA)).toEqual([
			"Ada 1 living",
			"Birgit 2 living",
			"Clara 2 living",
			"Ellie 3 living",
			"Hana 2 living",
			"Ines 2 deceased",
			"Jonas 1 living",
			"Marta 1 living",
			"Tom 3 living",
		]);
		expect(circles(THEO)).toEqual([
			"Cal 3 living",
			"Dev 3 living",
			"Elsie 2 living",
			"Lily 2 living",
			"Marcus 2 living",
			"Ms Okafor 3 living",
			"Nadia 1 living",
			"Ravi 1 living",
		]);
	});

	it("lists each case's events with their dates, types and categories", () => {
		const events = (path: string) => byPath(path).events.map((e) => [e.path, e.date, e.type, e.category]);
		expect(events(MAYA)).toEqual([
			["IPT/Maya K/Events/2025-11-03 Moved in to care for mum.md", "2025-11-03", "caregiving", "transition"],
			["IPT/Maya K/Events/2026-04-18 Mum died.md", "2026-04-18", "death", "death"],
			["IPT/Maya K/Events/2026-07-12 Argument with Sam about the house.md", "2026-07-12", "conflict", "dispute"],
			["IPT/Maya K/Events/2026-10-02 First birthday without mum.md", "2026-10-02", "other", "other"],
		]);
		expect(events(ROWAN)).toEqual([
			["IPT/Rowan P/2019-03-10 Grandad Len died.md", "2019-03-10", "death", "death"],
			["IPT/Rowan P/2023-09-01 Moved to the city for work.md", "2023-09-01", "move", "transition"],
			["IPT/Rowan P/2025-12-25 Christmas alone.md", "2025-12-25", "other", "other"],
		]);
		expect(events(SOFIA)).toEqual([
			["IPT/Sofia L/Events/2025-12-08 Pregnancy confirmed.md", "2025-12-08", "pregnancy", "transition"],
			["IPT/Sofia L/Events/2026-06-20 Moved to Eastbrook.md", "2026-06-20", "move", "transition"],
			["IPT/Sofia L/Events/2026-08-04 Ada born.md", "2026-08-04", "birth", "transition"],
		]);
		expect(events(THEO)).toEqual([
			["IPT/Theo B/Events/2026-03-28 Dad moved out.md", "2026-03-28", "separation", "transition"],
			["IPT/Theo B/Events/2026-09-26 Row with mum, stayed at dad's.md", "2026-09-26", "conflict", "dispute"],
			["IPT/Theo B/Events/2026-10-01 Left the football team.md", "2026-10-01", "other", "other"],
		]);
	});

	it("flags Maya: grief strong (Ruth), role dispute possible (Sam), role transition possible (caregiving)", () => {
		expect(byPath(MAYA).flags).toEqual([
			{
				area: "grief",
				strength: "strong",
				...ruleJson("grief-markers"),
				evidence: [
					{ path: "IPT/Maya K/People/Ruth.md", reason: matching(/Ruth .*died 2026-04-18/), ...ruleJson("grief-markers") },
					{ path: "IPT/Maya K/Events/2026-04-18 Mum died.md", reason: matching(/^Death on 2026-04-18.*Ruth/), ...ruleJson("grief-close-death-event") },
				],
			},
			{
				area: "role-dispute",
				strength: "possible",
				...ruleJson("dispute-conflict-or-stage"),
				evidence: [
					{ path: "IPT/Maya K/People/Sam.md", reason: matching(/Conflict 2 with Sam/), ...ruleJson("dispute-conflict-or-stage") },
					{ path: "IPT/Maya K/Events/2026-07-12 Argument with Sam about the house.md", reason: matching(/^Conflict on 2026-07-12.*Sam/), ...ruleJson("dispute-event") },
				],
			},
			{
				area: "role-transition",
				strength: "possible",
				...ruleJson("transition-in-window"),
				evidence: [{ path: "IPT/Maya K/Events/2025-11-03 Moved in to care for mum.md", reason: matching(/^Caregiving on 2025-11-03/), ...ruleJson("transition-in-window") }],
			},
		]);
		// Alan died in 2011 but is in circle 3: he adds nothing.
		expect(JSON.stringify(byPath(MAYA).flags)).not.toMatch(/Alan/);
	});

	it("flags Theo: role dispute strong (Nadia), role transition strong (separation)", () => {
		expect(byPath(THEO).flags).toEqual([
			{
				area: "role-dispute",
				strength: "strong",
				...ruleJson("dispute-close-conflict"),
				evidence: [
					{ path: "IPT/Theo B/People/Nadia.md", reason: matching(/Conflict 3 with Nadia .*not reciprocal.*renegotiation/), ...ruleJson("dispute-close-conflict") },
					{ path: "IPT/Theo B/Events/2026-09-26 Row with mum, stayed at dad's.md", reason: matching(/^Conflict on 2026-09-26/), ...ruleJson("dispute-event") },
				],
			},
			{
				area: "role-transition",
				strength: "strong",
				...ruleJson("transition-near-onset"),
				evidence: [{ path: "IPT/Theo B/Events/2026-03-28 Dad moved out.md", reason: matching(/^Separation on 2026-03-28/), ...ruleJson("transition-near-onset") }],
			},
		]);
	});

	it("flags Sofia: grief possible (Ines, outside the window), role dispute possible (Jonas), role transition strong", () => {
		expect(byPath(SOFIA).flags).toEqual([
			{
				area: "grief",
				strength: "possible",
				...ruleJson("grief-close-death-other"),
				evidence: [{ path: "IPT/Sofia L/People/Ines.md", reason: matching(/Ines .*died 2020-02-14.*outside the 12-month window/), ...ruleJson("grief-close-death-other") }],
			},
			{
				area: "role-dispute",
				strength: "possible",
				...ruleJson("dispute-conflict-or-stage"),
				evidence: [{ path: "IPT/Sofia L/People/Jonas.md", reason: matching(/Conflict 2 with Jonas/), ...ruleJson("dispute-conflict-or-stage") }],
			},
			{
				area: "role-transition",
				strength: "strong",
				...ruleJson("transition-near-onset"),
				// Strong evidence first (move, birth), then the pregnancy before the 6-month limit.
				evidence: [
					{ path: "IPT/Sofia L/Events/2026-06-20 Moved to Eastbrook.md", reason: matching(/^Move on 2026-06-20/), ...ruleJson("transition-near-onset") },
					{ path: "IPT/Sofia L/Events/2026-08-04 Ada born.md", reason: matching(/^Birth on 2026-08-04/), ...ruleJson("transition-near-onset") },
					{ path: "IPT/Sofia L/Events/2025-12-08 Pregnancy confirmed.md", reason: matching(/^Pregnancy on 2025-12-08/), ...ruleJson("transition-in-window") },
				],
			},
		]);
	});

	it("flags Rowan with interpersonal sensitivity only: no one in circle 1, one supporter", () => {
		expect(byPath(ROWAN).flags).toEqual([
			{
				area: "interpersonal-sensitivity",
				strength: "strong",
				...ruleJson("sensitivity-thin-inventory-strong"),
				evidence: [
					{ path: ROWAN, reason: matching(/No one in circle 1/), ...ruleJson("sensitivity-thin-inventory-strong") },
					{ path: ROWAN, reason: matching(/Only 1 person gives support 2 or more: Erin$/), ...ruleJson("sensitivity-thin-inventory-strong") },
					{ path: ROWAN, reason: matching(/^A diagnosis of exclusion: .* the expected course is poorer/), ...ruleJson("sensitivity-exclusion") },
				],
			},
		]);
	});

	it("summarises each measure", () => {
		type Change = MeasureJson["change"];
		// Every demo case took its first scores at session 1, so each baseline is session 1's.
		const m = (measure: Measure, baseline: number, latest: number, band: string, count: number, response: boolean, remission: boolean, below: boolean, change: Change, reliable: number) => ({
			baseline,
			latest,
			band,
			count,
			response,
			remission,
			baseline_session: 1,
			first_session: 1,
			below_remission: below,
			change,
			...changeRuleJson(change, measure),
			reliable_change: reliable,
		});
		// Maya 19 to 7: a fall of 12, reliable (6), not below 5.
		expect(byPath(MAYA).measures).toEqual({ phq9: m("phq9", 19, 7, "mild", 13, true, false, false, "improved", 6) });
		expect(byPath(THEO).measures).toEqual({ phq9: m("phq9", 16, 11, "moderate", 7, false, false, false, "no-reliable-change", 6) });
		expect(byPath(SOFIA).measures).toEqual({
			epds: m("epds", 16, 15, "probable", 2, false, false, false, "no-reliable-change", 4),
			phq9: m("phq9", 13, 13, "moderate", 1, false, false, false, "no-reliable-change", 6),
			gad7: m("gad7", 11, 11, "moderate", 1, false, false, false, "no-reliable-change", 4),
		});
		// Rowan's PHQ-9 ends 7 then 4: the latest alone is below 5, so it is not yet remission; 14 to 4 falls by 10 and ends below 5: recovered.
		expect(byPath(ROWAN).measures).toEqual({
			phq9: m("phq9", 14, 4, "minimal", 7, true, false, true, "recovered", 6),
			gad7: m("gad7", 12, 6, "mild", 2, true, false, false, "improved", 4),
		});
	});

	it("lists Theo's one safety item as reviewed, and no other", () => {
		expect(byPath(THEO).safety).toEqual([
			// --today 2026-11-25: 16 days after session 5.
			{ measure: "phq9", item: 9, score: 1, raw: "1", reason: "positive", session: 5, date: "2026-11-09", path: "IPT/Theo B/Sessions/Session 05.md", reviewed: true, raised_days_ago: 16 },
		]);
		for (const path of [MAYA, ROWAN, SOFIA]) expect(byPath(path).safety).toEqual([]);
	});

	it("warns about Maya's worsening at session 7, and about every PHQ-9 total written without item 9", () => {
		const other = (path: string) => byPath(path).warnings.filter((w) => w.id !== "safety-item-not-recorded");
		expect(other(MAYA).map((w) => [w.id, w.session, w.path])).toEqual([["worsening", 7, "IPT/Maya K/Sessions/Session 07.md"]]);
		expect(other(MAYA)[0]?.message).toMatch(/11 .*17/);
		// Sofia's latest EPDS, 15, is in its top band (13 or more).
		expect(other(SOFIA).map((w) => [w.id, w.session])).toEqual([["severe-score", 2]]);
		for (const path of [ROWAN, THEO]) expect(other(path)).toEqual([]);
		// The demo vault's older sessions give the PHQ-9 total alone, as many real notes do.
		const missing = (path: string) => byPath(path).safety_not_recorded.map((n) => [n.session, n.measure]);
		expect(missing(MAYA)).toEqual([2, 4, 5, 8, 9, 11, 12, 13].map((n) => [n, "phq9"]));
		expect(missing(ROWAN)).toEqual([2, 3, 4, 6, 7].map((n) => [n, "phq9"]));
		expect(missing(SOFIA)).toEqual([]);
		expect(missing(THEO)).toEqual([2, 3, 4, 7].map((n) => [n, "phq9"]));
		for (const c of report.cases) {
			expect(c.warnings.filter((w) => w.id === "safety-item-not-recorded").map((w) => [w.session, w.path])).toEqual(c.safety_not_recorded.map((n) => [n.session, n.path]));
		}
	});

	it("anchors each case's window on its onset and its latest session", () => {
		const windows = report.cases.map(({ timeline: t }) => [t.today, t.onset, t.window_start, t.window_end]);
		expect(windows).toEqual([
			["2026-11-24", "2026-06-15", "2025-06-15", "2026-11-24"],
			["2026-06-24", "2026-01-15", "2025-01-15", "2026-06-24"],
			["2026-11-19", "2026-09-10", "2025-09-10", "2026-11-19"],
			["2026-11-23", "2026-09-07", "2025-09-07", "2026-11-23"],
		]);
		for (const c of report.cases) expect(c.notes).toEqual([]);
	});

	it("has no diagnostics", () => {
		expect(report.diagnostics).toEqual([]);
	});
});

describe("the demo vault's text report", () => {
	let text: string;

	beforeAll(() => {
		text = runReport(DEMO, [], ROOT);
	});

	it("counts the cases and the open safety items first", () => {
		expect(text.split("\n").slice(0, 2)).toEqual([
			`IPT Workbench report for ${DEMO}, as of 2026-11-25`,
			"4 cases · 0 open safety items, 17 sessions without the safety item · diagnostics: 0 errors, 0 warnings",
		]);
		expect(text).not.toMatch(/OPEN SAFETY ITEMS/);
	});

	it("reads Theo's case in a clinician's order, the reviewed item under its own heading", () => {
		expectInOrder(caseBlock(text, THEO), [
			`== T.B. (${THEO})`,
			"Active · adolescent protocol · session 7 of 12 · middle phase",
			"Problem areas (focus: Role dispute)",
			"  Role dispute: strong (agreed focus)",
			/^ {4}- Conflict 3 with Nadia .*\(IPT\/Theo B\/People\/Nadia\.md\)$/,
			"  Role transition: strong",
			"Measures",
			"  PHQ-9: baseline 16 (session 1), latest 11 (moderate), 7 scores; response no, no remission; no reliable change (6 points is a reliable change)",
			"Safety items reviewed",
			"  PHQ-9 item 9 scored 1, raised in session 5, 16 days ago (2026-11-09): IPT/Theo B/Sessions/Session 05.md",
			"Inventory: 8 people (circle 1: 2, circle 2: 3, circle 3: 3)",
			"Timeline: 3 events; onset 2026-09-07; look-back window 2025-09-07 to 2026-11-23",
		]);
	});

	it("shows Maya's worsening as due, before her problem areas", () => {
		expectInOrder(caseBlock(text, MAYA), [
			`== M.K. (${MAYA})`,
			"Active · standard protocol · session 14 of 16 · final phase",
			"Due",
			/^ {2}- PHQ-9 went up from 11 at session 6 to 17 at session 7 .*\[session 7\] \(IPT\/Maya K\/Sessions\/Session 07\.md\)$/,
			"Problem areas (focus: Grief)",
			"  Grief: strong (agreed focus)",
			"  Role dispute: possible",
			"  Role transition: possible",
			"Measures",
			"  PHQ-9: baseline 19 (session 1), latest 7 (mild), 13 scores; response yes, no remission; improved (6 points is a reliable change)",
			"Inventory: 9 people (circle 1: 3, circle 2: 2, circle 3: 4)",
		]);
	});

	it("validate finds nothing to fix and exits 0", () => {
		const result = runCli(["validate", DEMO], ROOT);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/\(4 cases\): 0 errors, 0 warnings\.\nAll IPT notes follow the note format\./);
	});
});

describe("--case on the demo vault", () => {
	let vault: string;

	// A copy with one broken note in Maya's case and one in Theo's, so that a chosen
	// case's diagnostics can be told apart from the rest of the vault's.
	beforeAll(() => {
		vault = makeVault({
			"IPT/Maya K/People/Grace.md": note("ipt: person\nrole: cousin\ncircle: 7"),
			"IPT/Theo B/People/Zara.md": note("ipt: person\nrole: classmate\nsupport: lots"),
		});
		cpSync(join(ROOT, DEMO, "IPT"), join(vault, "IPT"), { recursive: true });
	});
	afterAll(() => removeVault(vault));

	it("reports the whole vault's diagnostics without --case", () => {
		expect(jsonReport(vault).diagnostics.map((d) => [d.path, d.field, d.severity])).toEqual([
			["IPT/Maya K/People/Grace.md", "circle", "error"],
			["IPT/Theo B/People/Zara.md", "support", "error"],
		]);
	});

	it.each([["Theo B"], ["IPT/Theo B/Theo B.md"], ["IPT/Theo B/Theo B"], ["IPT/Theo B"], ["IPT/Theo B/"], ["T.B."], ["t.b."]])("--case %j picks Theo's case and only its diagnostics", (query) => {
		const report = jsonReport(vault, ["--case", query]);
		expect(report.cases.map((c) => [c.path, c.client])).toEqual([[THEO, "T.B."]]);
		expect(report.diagnostics.map((d) => [d.path, d.field, d.severity])).toEqual([["IPT/Theo B/People/Zara.md", "support", "error"]]);
	});

	it("--case by client in the text report prints that case alone", () => {
		const text = runReport(vault, ["--case", "M.K."]);
		expect(text).toMatch(/^1 case · 0 open safety items, 8 sessions without the safety item · diagnostics: 1 error, 0 warnings$/m);
		expect(text.match(/^== /gm)).toHaveLength(1);
		expectInOrder(text.split("\n"), [`== M.K. (${MAYA})`, "Diagnostics", "  IPT/Maya K/People/Grace.md", /^ {4}error {3}circle: 7/]);
		expect(text).not.toMatch(/Zara/);
	});
});
