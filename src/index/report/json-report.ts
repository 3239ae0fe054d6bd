import type { RuleRef, SafetyItem, TimelineEntry } from "../../domain/engine/analysis";
import type { Diagnostic } from "../../domain/model/diagnostic";
import { openSafetyItems } from "./open-safety";
import type { CaseReport, VaultReport } from "./vault-report";

// The `--json` shape is a contract with scripts that read it: snake_case keys, cases in
// path order, null for what a note does not say. Fields are only ever added. Open
// safety items come first, as in the text report: the vault's before the cases, and
// each case's safety list right after its name.

function safetyJson(s: SafetyItem) {
	return {
		measure: s.measure,
		item: s.item,
		score: s.score,
		raw: s.raw,
		reason: s.reason,
		session: s.session,
		date: s.date,
		path: s.path,
		reviewed: s.reviewed,
		raised_days_ago: s.raisedDaysAgo,
	};
}

/** `rule` and `rule_text`, spread into the object the rule explains. */
function ruleJson(rule: RuleRef) {
	return { rule: rule.id, rule_text: rule.text };
}

function caseJson({ bundle, analysis, safety }: CaseReport) {
	const record = bundle.record;
	return {
		path: bundle.path,
		client: record.client,
		safety: safety.map(safetyJson),
		safety_not_recorded: analysis.safetyNotRecorded.map((n) => ({ path: n.path, session: n.session, measure: n.measure })),
		status: record.status,
		protocol: record.protocol,
		planned_sessions: analysis.plannedSessions,
		sessions_held: analysis.sessionsHeld,
		not_held: analysis.notHeld.map((s) => ({ path: s.path, session: s.session, date: s.date, reason: s.reason })),
		last_session: analysis.lastSession,
		phase: analysis.phase,
		focus: [...record.focus],
		people: bundle.people.map((p) => ({
			path: p.path,
			name: p.name,
			role: p.role,
			circle: p.circle,
			support: p.support,
			conflict: p.conflict,
			status: p.status,
		})),
		events: bundle.events.map((e) => ({ path: e.path, date: e.date?.text ?? null, type: e.type, category: e.category })),
		flags: analysis.flags.map((f) => ({
			area: f.area,
			strength: f.strength,
			...ruleJson(f.rule),
			evidence: f.evidence.map((e) => ({ path: e.path, reason: e.reason, ...ruleJson(e.rule) })),
		})),
		measures: Object.fromEntries(
			Object.entries(analysis.measures).map(([measure, m]) => [
				measure,
				{
					baseline: m.baseline,
					latest: m.latest,
					band: m.band,
					count: m.count,
					response: m.response,
					remission: m.remission,
					baseline_session: m.baselineSession,
					first_session: m.first.session,
					below_remission: m.belowRemission,
					change: m.change,
					change_rule: m.changeRule?.id ?? null,
					change_rule_text: m.changeRule?.text ?? null,
					reliable_change: m.reliableChange,
				},
			]),
		),
		warnings: analysis.warnings.map((w) => ({ id: w.id, message: w.message, path: w.path, session: w.session, ...ruleJson(w.rule) })),
		notes: [...analysis.notes],
		sensitivity_considered: analysis.sensitivityConsidered,
		sensitivity_rule: analysis.sensitivityRule?.id ?? null,
		sensitivity_rule_text: analysis.sensitivityRule?.text ?? null,
		maintenance:
			analysis.maintenance === null
				? null
				: { planned_sessions: analysis.maintenance.planned, interval_weeks: analysis.maintenance.intervalWeeks, sessions_held: analysis.maintenance.held },
		timeline: {
			today: analysis.today,
			onset: analysis.timeline.onset,
			window_start: analysis.timeline.windowStart,
			window_end: analysis.timeline.windowEnd,
			entries: analysis.timeline.entries.map(timelineJson),
		},
	};
}

function timelineJson(entry: TimelineEntry) {
	if (entry.kind === "event") {
		return { kind: entry.kind, date: entry.date, path: entry.path, type: entry.type, category: entry.category, in_window: entry.inWindow };
	}
	return { kind: entry.kind, date: entry.date, path: entry.path, measure: entry.measure, score: entry.score, session: entry.session };
}

function diagnosticJson(d: Diagnostic) {
	return { path: d.path, field: d.field, severity: d.severity, message: d.message };
}

/** What must not be missed, first in every JSON output. `case` is null for an item no case could claim. */
function openSafetyJson(report: VaultReport) {
	return openSafetyItems(report).map(({ caseReport, item }) => ({
		case: caseReport?.bundle.path ?? null,
		client: caseReport?.bundle.record.client ?? null,
		...safetyJson(item),
	}));
}

export function jsonReport(report: VaultReport): string {
	const body = {
		open_safety: openSafetyJson(report),
		vault: report.vault,
		cases: report.cases.map(caseJson),
		diagnostics: report.diagnostics.map(diagnosticJson),
	};
	return `${JSON.stringify(body, null, 2)}\n`;
}

/** The safety part of the report alone: the open items, then each session that gave a total without its safety item. */
export function safetyJsonReport(report: VaultReport): string {
	const body = {
		open_safety: openSafetyJson(report),
		vault: report.vault,
		safety_not_recorded: report.cases.flatMap(({ bundle, analysis }) =>
			analysis.safetyNotRecorded.map((n) => ({ case: bundle.path, client: bundle.record.client, path: n.path, session: n.session, measure: n.measure })),
		),
	};
	return `${JSON.stringify(body, null, 2)}\n`;
}
