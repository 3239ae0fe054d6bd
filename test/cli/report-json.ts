// The `report --json` contract as the command-line tests read it, and helpers to run
// the report and read the text report's lines in order.
import { caseRule, changeRule, measureRule, type CaseRuleId } from "../../src/domain/engine/rules/catalogue";
import type { MeasureRuleId } from "../../src/domain/engine/rules/measure-rules";
import type { ChangeCategory } from "../../src/domain/engine/analysis";
import type { Measure } from "../../src/domain/model/vocabulary";
import { DEFAULT_ENGINE_SETTINGS } from "../../src/domain/settings/engine-settings";
import { runCli } from "../support/cli";

export const TODAY = "2026-11-25";

export interface PersonJson {
	path: string;
	name: string;
	role: string | null;
	circle: number | null;
	support: number | null;
	conflict: number | null;
	status: string;
}

export interface EventJson {
	path: string;
	date: string | null;
	type: string | null;
	category: string | null;
}

/** A rule of docs/ipt-rules.md, as every flag, evidence line and warning carries it. */
export interface RuleJson {
	rule: string;
	rule_text: string;
}

export interface FlagJson extends RuleJson {
	area: string;
	strength: "strong" | "possible";
	evidence: ({ path: string; reason: string } & RuleJson)[];
}

export interface MeasureJson {
	baseline: number | null;
	latest: number;
	band: string;
	count: number;
	response: boolean;
	remission: boolean;
	baseline_session: number | null;
	first_session: number;
	below_remission: boolean;
	change: "recovered" | "improved" | "no-reliable-change" | "deteriorated" | null;
	change_rule: string | null;
	change_rule_text: string | null;
	reliable_change: number;
}

export interface SafetyJson {
	measure: string;
	item: number;
	score: number | null;
	raw: string;
	reason: "positive" | "unreadable";
	session: number | null;
	date: string | null;
	path: string;
	reviewed: boolean;
	raised_days_ago: number | null;
}

export interface NotRecordedJson {
	path: string;
	session: number | null;
	measure: string;
}

export interface WarningJson extends RuleJson {
	id: string;
	message: string;
	path: string;
	session: number | null;
}

export type TimelineEntryJson =
	| { kind: "event"; date: string; path: string; type: string | null; category: string | null; in_window: boolean }
	| { kind: "measure"; date: string; path: string; measure: string; score: number; session: number };

export interface TimelineJson {
	today: string;
	onset: string | null;
	window_start: string | null;
	window_end: string;
	entries: TimelineEntryJson[];
}

export interface CaseJson {
	path: string;
	client: string;
	safety: SafetyJson[];
	safety_not_recorded: NotRecordedJson[];
	status: string;
	protocol: string;
	planned_sessions: number;
	sessions_held: number;
	/** Sessions missed or cancelled (`attended: false`), in session order. */
	not_held: { path: string; session: number | null; date: string | null; reason: string | null }[];
	last_session: number | null;
	phase: string;
	focus: string[];
	people: PersonJson[];
	events: EventJson[];
	flags: FlagJson[];
	measures: Record<string, MeasureJson>;
	warnings: WarningJson[];
	notes: string[];
	sensitivity_considered: boolean;
	sensitivity_rule: string | null;
	sensitivity_rule_text: string | null;
	maintenance: { planned_sessions: number; interval_weeks: number; sessions_held: number } | null;
	timeline: TimelineJson;
}

export interface DiagnosticJson {
	path: string;
	field: string;
	severity: "error" | "warning";
	message: string;
}

/** An open safety item at the top of the report, with the case it belongs to. */
export interface OpenSafetyJson extends SafetyJson {
	/** Null for an item no case could claim. */
	case: string | null;
	client: string | null;
}

export interface ReportJson {
	vault: string;
	open_safety: OpenSafetyJson[];
	cases: CaseJson[];
	diagnostics: DiagnosticJson[];
}

/** `report <vault> --today TODAY [...args]`, which must succeed silently on stderr. */
export function runReport(vault: string, args: readonly string[], cwd?: string): string {
	const result = runCli(["report", vault, "--today", TODAY, ...args], cwd);
	expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
	return result.stdout;
}

export function jsonReport(vault: string, args: readonly string[] = [], cwd?: string): ReportJson {
	return JSON.parse(runReport(vault, ["--json", ...args], cwd)) as ReportJson;
}

/** The lines of one case's block of the text report, from its `== client (path)` title to the blank line after it. */
export function caseBlock(text: string, casePath: string): string[] {
	const blocks = text.split("\n\n").map((block) => block.split("\n"));
	const block = blocks.find((lines) => lines[0]?.startsWith("== ") === true && lines[0].endsWith(`(${casePath})`));
	if (block === undefined) throw new Error(`no block for ${casePath} in the text report:\n${text}`);
	return block;
}

/** Matches a string by its substance; typed as the string it stands for, so it fits expected objects. */
export function matching(pattern: RegExp): string {
	return expect.stringMatching(pattern) as string;
}

/**
 * Each expected line (exact text, or a pattern) occurs after the one before it; other
 * lines may come between. On failure the diff shows the first one missing.
 */
export function expectInOrder(lines: readonly string[], expected: readonly (string | RegExp)[]): void {
	let from = 0;
	const found = expected.map((want) => {
		const at = lines.findIndex((line, i) => i >= from && (typeof want === "string" ? line === want : want.test(line)));
		if (at < 0) return `(missing after line ${from}) ${String(want)}`;
		from = at + 1;
		return lines[at];
	});
	expect(found).toEqual(expected.map((want) => (typeof want === "string" ? want : matching(want))));
}

/** `rule` and `rule_text` of a case rule as the JSON carries them, under the default settings. */
export function ruleJson(id: CaseRuleId): RuleJson {
	const rule = caseRule(id, DEFAULT_ENGINE_SETTINGS);
	return { rule: rule.id, rule_text: rule.text };
}

/** The same for a rule that reads one measure (worsening, severe-score, non-response-at-end). */
export function measureRuleJson(id: MeasureRuleId, measure: Measure): RuleJson {
	const rule = measureRule(id, DEFAULT_ENGINE_SETTINGS, measure);
	return { rule: rule.id, rule_text: rule.text };
}

/** A measure's `change_rule` and `change_rule_text`, null without a category. */
export function changeRuleJson(change: ChangeCategory | null, measure: Measure): Pick<MeasureJson, "change_rule" | "change_rule_text"> {
	const rule = change === null ? null : changeRule(change, DEFAULT_ENGINE_SETTINGS, measure);
	return { change_rule: rule?.id ?? null, change_rule_text: rule?.text ?? null };
}

/** A case's `sensitivity_rule` and `sensitivity_rule_text`: why sensitivity is not weighed, or null. */
export function sensitivityRuleJson(id: "sensitivity-not-considered" | "sensitivity-exclusion" | null): Pick<CaseJson, "sensitivity_rule" | "sensitivity_rule_text"> {
	const rule = id === null ? null : ruleJson(id);
	return { sensitivity_rule: rule?.rule ?? null, sensitivity_rule_text: rule?.rule_text ?? null };
}
