// Other names for a value are read with the id to write; a slip of the pen gets "did you mean".
import {
	CASE_STATUS_ALIASES,
	CASE_STATUSES,
	CONTACT_FREQUENCY_ALIASES,
	CONTACT_FREQUENCIES,
	DISPUTE_STAGE_ALIASES,
	DISPUTE_STAGES,
	EVENT_TYPE_ALIASES,
	EVENT_TYPES,
	GRIEF_MARKER_ALIASES,
	GRIEF_MARKERS,
	HOMEWORK_REVIEW_ALIASES,
	HOMEWORK_REVIEWS,
	PERSON_STATUS_ALIASES,
	PERSON_STATUSES,
	PROTOCOL_ALIASES,
	PROTOCOLS,
	SESSION_PHASE_ALIASES,
	SESSION_PHASES,
	TASK_ALIASES,
	TASKS,
	type Aliases,
} from "../../../src/domain/model/vocabulary";
import { parseAs, said } from "./parse-helpers";

describe("aliases", () => {
	test.each([
		["event", "type", "bereavement", "death"],
		["event", "type", "Break up", "separation"],
		["event", "type", "redundancy", "job-loss"],
		["case", "protocol", "IPT-A", "adolescent"],
		["case", "protocol", "postnatal", "perinatal"],
		["case", "status", "ongoing", "active"],
		["case", "status", "Discharged", "closed"],
		["person", "status", "alive", "living"],
		["person", "contact", "every day", "daily"],
		["person", "dispute_stage", "stalemate", "impasse"],
		["session", "phase", "termination", "final"],
		["session", "homework_review", "partly", "partial"],
	] as const)("a %s's %s %j is read as %s, with the id to write", (kind, key, value, id) => {
		const { record, diagnostics } = parseAs(kind, { client: "J", session: 1, date: "2026-01-05", type: "other", [key]: value });
		expect(said(diagnostics)).toEqual([`warning ${key}: ${JSON.stringify(value)} is read as ${id}; write ${id}`]);
		const property = { dispute_stage: "disputeStage", homework_review: "homeworkReview" }[key as string] ?? key;
		expect((record as unknown as Record<string, unknown>)[property]).toBe(id);
	});

	test("list entries are read by alias one by one", () => {
		const { record, diagnostics } = parseAs("session", { session: 2, tasks: ["interpersonal inventory", "sick-role", "relapse prevention"] });
		expect(record.tasks).toEqual(["inventory", "sick-role", "relapse-plan"]);
		expect(said(diagnostics)).toEqual([
			'warning tasks: "interpersonal inventory" is read as inventory; write inventory',
			'warning tasks: "relapse prevention" is read as relapse-plan; write relapse-plan',
		]);
		expect(parseAs("person", { grief_markers: ["avoidance", "anniversary"] }).record.griefMarkers).toEqual(["avoided", "anniversary"]);
	});

	test("the problem areas' and measures' established names are still read without a word", () => {
		const { record, diagnostics } = parseAs("case", { client: "J", focus: ["interpersonal deficits", "loss"], measure: "PHQ-9" });
		expect(diagnostics).toEqual([]);
		expect(record).toMatchObject({ focus: ["interpersonal-sensitivity", "grief"], measure: "phq9" });
	});

	test.each([
		["case status", CASE_STATUSES, CASE_STATUS_ALIASES],
		["protocol", PROTOCOLS, PROTOCOL_ALIASES],
		["contact frequency", CONTACT_FREQUENCIES, CONTACT_FREQUENCY_ALIASES],
		["person status", PERSON_STATUSES, PERSON_STATUS_ALIASES],
		["dispute stage", DISPUTE_STAGES, DISPUTE_STAGE_ALIASES],
		["grief marker", GRIEF_MARKERS, GRIEF_MARKER_ALIASES],
		["event type", EVENT_TYPES, EVENT_TYPE_ALIASES],
		["session phase", SESSION_PHASES, SESSION_PHASE_ALIASES],
		["homework review", HOMEWORK_REVIEWS, HOMEWORK_REVIEW_ALIASES],
		["task", TASKS, TASK_ALIASES],
	] as [string, readonly string[], Aliases<string>][])("every %s alias is normalised, names a value, and is not itself a value", (_, values, aliases) => {
		for (const [alias, id] of Object.entries(aliases)) {
			expect(alias).toBe(alias.toLowerCase().replace(/[\s_]+/g, "-"));
			expect(values).toContain(id);
			expect(values).not.toContain(alias);
		}
	});
});

describe("did you mean", () => {
	test.each([
		["case", "protocol", "standrad", "an IPT protocol", "standard"],
		["case", "status", "actve", "a case status", "active"],
		["event", "type", "seperation", "an event type", "separation"],
		["event", "type", "bereavment", "an event type", "death"],
		["person", "dispute_stage", "impase", "a dispute stage", "impasse"],
		["session", "tasks", "formualtion", "an IPT task", "formulation"],
		["session", "tasks", "sick roll", "an IPT task", "sick-role"],
		["case", "focus", "role-disput", "a problem area", "role-dispute"],
	] as const)("a %s's %s %j is an error that suggests the value", (kind, key, value, noun, id) => {
		const { diagnostics } = parseAs(kind, { client: "J", session: 1, date: "2026-01-05", type: "other", [key]: value });
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]).toMatchObject({ severity: "error", field: key });
		expect(diagnostics[0]?.message).toMatch(new RegExp(`^${key}: "${value}" is not ${noun}; expected one of .*; did you mean ${id}\\?$`));
	});

	test("a value far from any gets no guess", () => {
		const { diagnostics } = parseAs("case", { client: "J", protocol: "cbt" });
		expect(diagnostics[0]?.message).not.toContain("did you mean");
	});
});
