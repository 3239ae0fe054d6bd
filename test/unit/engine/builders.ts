// Small factories for the engine's input records, so each test states only what matters.
import type { CaseAnalysis, CaseWarning, Evidence, Flag, RuleRef, WarningId } from "../../../src/domain/engine/analysis";
import { analyseCase } from "../../../src/domain/engine/analyse-case";
import { caseRule, measureRule, type CaseRuleId } from "../../../src/domain/engine/rules/catalogue";
import type { MeasureRuleId } from "../../../src/domain/engine/rules/measure-rules";
import type { CaseBundle } from "../../../src/domain/model/case-bundle";
import { isoFromDay, parseDate, type DateValue } from "../../../src/domain/model/dates";
import type { LinkRef } from "../../../src/domain/model/links";
import type { CaseRecord, EventRecord, PersonRecord, SessionRecord, SupervisionRecord } from "../../../src/domain/model/records";
import type { SafetyReading } from "../../../src/domain/model/safety-reading";
import { EVENT_TYPE_CATEGORY, type EventType, type Measure, type ProblemArea } from "../../../src/domain/model/vocabulary";
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from "../../../src/domain/settings/engine-settings";

export const FOLDER = "Clients/Jo";
export const CASE_PATH = `${FOLDER}/Jo.md`;
/** The real date passed in; the rules use it only when no session is dated. */
export const REAL_TODAY = "2026-09-01";

export function d(text: string): DateValue {
	const date = parseDate(text);
	if (date === null) throw new Error(`bad test date ${text}`);
	return date;
}

export function link(target: string): LinkRef {
	return { target, unquoted: false };
}

export function caseRecord(over: Partial<CaseRecord> = {}): CaseRecord {
	return {
		kind: "case",
		path: CASE_PATH,
		aliases: [],
		client: "Jo",
		status: "active",
		protocol: "standard",
		plannedSessions: null,
		maintenanceSessions: null,
		maintenanceInterval: null,
		start: null,
		onset: null,
		focus: [],
		measure: "phq9",
		diagnosis: [],
		fictional: false,
		...over,
	};
}

export function person(name: string, over: Partial<PersonRecord> = {}): PersonRecord {
	return {
		kind: "person",
		path: `${FOLDER}/People/${name}.md`,
		aliases: [],
		caseLink: null,
		name,
		role: null,
		circle: null,
		contact: null,
		support: null,
		conflict: null,
		status: over.died ? "deceased" : "living",
		died: null,
		griefMarkers: [],
		disputeStage: null,
		expectationsReciprocal: null,
		confidant: null,
		related: [],
		...over,
	};
}

export function event(name: string, type: EventType, date: string | null, over: Partial<EventRecord> = {}): EventRecord {
	return {
		kind: "event",
		path: `${FOLDER}/Events/${name}.md`,
		aliases: [],
		caseLink: null,
		date: date === null ? null : d(date),
		type,
		category: EVENT_TYPE_CATEGORY[type],
		people: [],
		...over,
	};
}

/** The readings given, with those the item scores give in place of any for the same scale: tests can set scores alone. */
function readingsOf(over: Partial<SessionRecord>): SafetyReading[] {
	const derived = derivedReadings(over);
	return [...(over.safety ?? []).filter((r) => !derived.some((d) => d.measure === r.measure)), ...derived];
}

function derivedReadings(over: Partial<SessionRecord>): SafetyReading[] {
	const item9 = over.phq9Items?.length === 9 ? over.phq9Items[8] : undefined;
	const given: [SafetyReading["measure"], number, string, number | null | undefined][] = [
		["phq9", 9, "phq9_items", item9],
		["hamd", 3, "hamd_item3", over.hamdItem3],
		["epds", 10, "epds_item10", over.epdsItem10],
	];
	return given.flatMap(([measure, item, key, score]) => (score === undefined || score === null ? [] : [{ measure, item, key, raw: String(score), score }]));
}

export function session(n: number | null, over: Partial<SessionRecord> = {}): SessionRecord {
	return {
		kind: "session",
		path: `${FOLDER}/Sessions/Session ${n === null ? "x" : String(n).padStart(2, "0")}.md`,
		aliases: [],
		caseLink: null,
		session: n,
		date: null,
		phase: null,
		focus: [],
		tasks: [],
		scores: {},
		phq9Items: null,
		gad7Items: null,
		hamdItem3: null,
		epdsItem10: null,
		homework: [],
		homeworkReview: null,
		riskReviewed: false,
		absence: null,
		...over,
		safety: readingsOf(over),
	};
}

/** A supervision meeting of an hour about the case, by a named supervisor. */
export function meeting(name: string, over: Partial<SupervisionRecord> = {}): SupervisionRecord {
	return {
		kind: "supervision",
		path: `${FOLDER}/Supervision/${name}.md`,
		aliases: [],
		caseLink: null,
		date: d("2026-03-10"),
		supervisor: "Dr Hannah Lee",
		minutes: 60,
		format: null,
		recordingReviewed: null,
		consentRecorded: null,
		sessions: [],
		...over,
	};
}

/** A PHQ-9 total with item 9 answered 0: a session that asked the suicide item. */
export function phq9Total(total: number): Partial<SessionRecord> {
	return { scores: { phq9: total }, safety: [{ measure: "phq9", item: 9, key: "phq9_item9", raw: "0", score: 0 }] };
}

/** Sessions 1..n, one a week from `firstDate`, each with the given extra fields. */
export function weeklySessions(n: number, firstDate: string, over: (k: number) => Partial<SessionRecord> = () => ({})): SessionRecord[] {
	const first = d(firstDate).day;
	return Array.from({ length: n }, (_, i) => session(i + 1, { date: d(isoFromDay(first + 7 * i)), ...over(i + 1) }));
}

export function bundle(parts: {
	record?: Partial<CaseRecord>;
	people?: PersonRecord[];
	events?: EventRecord[];
	sessions?: SessionRecord[];
	supervision?: SupervisionRecord[];
}): CaseBundle {
	const byPath = <T extends { path: string }>(list: T[] = []) => [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return {
		path: CASE_PATH,
		record: caseRecord(parts.record),
		people: byPath(parts.people),
		events: byPath(parts.events),
		sessions: byPath(parts.sessions),
		supervision: byPath(parts.supervision),
	};
}

export function settingsWith(over: Partial<EngineSettings>): EngineSettings {
	return { ...DEFAULT_ENGINE_SETTINGS, ...over };
}

export function analyse(parts: Parameters<typeof bundle>[0], settings: EngineSettings = DEFAULT_ENGINE_SETTINGS): CaseAnalysis {
	return analyseCase(bundle(parts), settings, REAL_TODAY);
}

/** The flag of one area, or undefined when the area is not flagged. */
export function flagOf(analysis: CaseAnalysis, area: ProblemArea): Flag | undefined {
	return analysis.flags.find((f) => f.area === area);
}

export function warningsOf(analysis: CaseAnalysis, id: WarningId): CaseWarning[] {
	return analysis.warnings.filter((w) => w.id === id);
}

/** Onset 2026-03-15 and sessions up to 2026-05-01: the window runs from 2025-03-15 to 2026-05-01. */
export const timing = {
	record: { onset: d("2026-03-15") },
	// Session 1 records the inventory, so that interpersonal sensitivity may be considered.
	sessions: [session(1, { date: d("2026-04-01"), tasks: ["inventory"] }), session(2, { date: d("2026-05-01") })],
};

/** A case rule under the default settings, as the engine attaches it. */
export function ruleOf(id: CaseRuleId, settings: EngineSettings = DEFAULT_ENGINE_SETTINGS): RuleRef {
	return caseRule(id, settings);
}

/** A measure's rule under the default settings. */
export function measureRuleOf(id: MeasureRuleId, measure: Measure = "phq9", settings: EngineSettings = DEFAULT_ENGINE_SETTINGS): RuleRef {
	return measureRule(id, settings, measure);
}

/** One line of evidence with the rule that made it evidence. */
export function evidence(path: string, reason: string, rule: CaseRuleId, settings: EngineSettings = DEFAULT_ENGINE_SETTINGS): Evidence {
	return { path, reason, rule: caseRule(rule, settings) };
}
