import { isDue, type CaseWarning, type RuleRef, type SafetyItem } from "../../domain/engine/analysis";
import { answerText, FOLLOW_UP, notRecordedText, raisedText } from "../../domain/safety/safety-wording";
import { bandFor, MEASURE_LABELS } from "../../domain/engine/measures/bands";
import { baselineText, changeText, remissionLabel, responseText } from "../../domain/engine/measures/outcome-text";
import { sessionName, sessionText } from "../../domain/engine/pre-group";
import { problemAreaLabel } from "../../domain/engine/problem-area-labels";
import type { Measure } from "../../domain/model/vocabulary";
import type { Scheme } from "../../domain/settings/engine-settings";
import { absenceWords } from "../../domain/views/attendance-text";
import { countLine, diagnosticLines } from "./diagnostic-lines";
import { notRecordedCount, openItemsOf, openSafetyItems } from "./open-safety";
import type { CaseReport, VaultReport } from "./vault-report";

// The order a clinician reads a case in: what must not be missed, where treatment
// stands and what is due, what the notes point to, how the client is doing, and
// what in the notes needs fixing.

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "PHQ-9 item 9 scored 2, raised in session 5, 12 days ago (2026-11-09): path". */
function safetyLine(item: SafetyItem): string {
	return `${answerText(item)}, ${raisedText(item)}${item.date ? ` (${item.date})` : ""}: ${item.path}`;
}

function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

export interface TextReportOptions {
	/** `--explain`: the rule under each flag, evidence line, warning and measure category. */
	readonly explain?: boolean;
}

/** With `--explain`, "why (rule-id): the rule's text" under the line it explains; nothing otherwise. */
type Why = (rule: RuleRef | null, indent: string) => string[];

function whyLines(explain: boolean): Why {
	return (rule, indent) => (explain && rule !== null ? [`${indent}why (${rule.id}): ${rule.text}`] : []);
}

function warningLines(w: CaseWarning, why: Why): string[] {
	return [`  - ${w.message}${w.session === null ? "" : ` [session ${w.session}]`} (${w.path})`, ...why(w.rule, "    ")];
}

function section(title: string, lines: readonly string[]): string[] {
	return lines.length === 0 ? [] : [title, ...lines];
}

function caseLines(report: CaseReport, scheme: Scheme, why: Why): string[] {
	const { bundle, analysis, diagnostics } = report;
	const record = bundle.record;
	const open = openItemsOf(report);
	const reviewed = report.safety.filter((s) => s.reviewed);
	const maintenance = analysis.maintenance;
	const session =
		maintenance !== null
			? `maintenance: ${maintenance.held} of ${maintenance.planned} sessions held, every ${plural(maintenance.intervalWeeks, "week", "weeks")}`
			: analysis.lastSession === null
				? "no sessions yet"
				: `${sessionName(analysis.lastSession)} of ${analysis.plannedSessions}`;
	const focus = new Set(record.focus);
	const circles = [1, 2, 3, 4].map((ring) => [ring, bundle.people.filter((p) => p.circle === ring).length] as const).filter(([, n]) => n > 0);
	const timeline = analysis.timeline;
	return [
		`== ${record.client} (${bundle.path})`,
		...section(`OPEN SAFETY ITEMS: ${FOLLOW_UP.toLowerCase()}`, open.map((s) => `  ! ${safetyLine(s)}`)),
		...section(
			"Sessions without the safety item",
			analysis.safetyNotRecorded.map((n) => `  ? ${notRecordedText(n)}: ${n.path}`),
		),
		// The missing items share one rule: said once, under their list.
		...why(analysis.warnings.find((w) => w.id === "safety-item-not-recorded")?.rule ?? null, "    "),
		`${capitalise(record.status)} · ${record.protocol} protocol · ${session} · ${analysis.phase} phase`,
		...section(
			"Sessions not held",
			analysis.notHeld.map((s) => `  - ${sessionText(s.session)}${s.date === null ? "" : ` (${s.date})`}: ${absenceWords(s.reason)} (${s.path})`),
		),
		...section("Due", analysis.warnings.filter((w) => isDue(w.id)).flatMap((w) => warningLines(w, why))),
		`Problem areas${record.focus.length > 0 ? ` (focus: ${record.focus.map((a) => problemAreaLabel(a, scheme)).join(", ")})` : " (no focus agreed yet)"}`,
		...(analysis.flags.length === 0 ? ["  none flagged"] : []),
		...(analysis.sensitivityConsidered ? [] : ["  Interpersonal sensitivity: not considered until the inventory is complete", ...why(analysis.sensitivityRule, "    ")]),
		...analysis.flags.flatMap((flag) => [
			`  ${problemAreaLabel(flag.area, scheme)}: ${flag.strength}${focus.has(flag.area) ? " (agreed focus)" : ""}`,
			...why(flag.rule, "    "),
			...flag.evidence.flatMap((e) => [`    - ${e.reason} (${e.path})`, ...why(e.rule, "      ")]),
		]),
		...section(
			"Measures",
			Object.entries(analysis.measures).flatMap(([id, m]) => {
				const measure = id as Measure;
				const band = bandFor(measure, m.latest).label.toLowerCase();
				return [
					`  ${MEASURE_LABELS[measure]}: ${baselineText(m)}, latest ${m.latest} (${band}), ${m.count} score${m.count === 1 ? "" : "s"}; ${responseText(m)}, ${remissionLabel(m).toLowerCase()}; ${changeText(m)}`,
					...why(m.changeRule, "    "),
				];
			}),
		),
		...section("Safety items reviewed", reviewed.map((s) => `  ${safetyLine(s)}`)),
		// A missing safety item is listed with the safety items above, not again here.
		...section("Warnings", analysis.warnings.filter((w) => !isDue(w.id) && w.id !== "safety-item-not-recorded").flatMap((w) => warningLines(w, why))),
		...section("Notes", analysis.notes.map((n) => `  - ${n}`)),
		`Inventory: ${bundle.people.length} ${bundle.people.length === 1 ? "person" : "people"}${circles.length > 0 ? ` (${circles.map(([ring, n]) => `circle ${ring}: ${n}`).join(", ")})` : ""}`,
		`Timeline: ${bundle.events.length} event${bundle.events.length === 1 ? "" : "s"}; onset ${timeline.onset ?? "unknown"}; look-back window ${timeline.windowStart ?? "?"} to ${timeline.windowEnd}`,
		...section("Diagnostics", diagnosticLines(diagnostics, "  ")),
	];
}

/** The report's first lines: what it covers, its counts, then every open safety item of the vault. */
export function reportHeader(report: VaultReport): string[] {
	const open = openSafetyItems(report);
	const safetyCount = `${plural(open.length, "open safety item", "open safety items")}, ${plural(notRecordedCount(report), "session without the safety item", "sessions without the safety item")}`;
	return [
		`IPT Workbench report for ${report.vault}, as of ${report.today}`,
		`${plural(report.cases.length, "case", "cases")} · ${safetyCount} · diagnostics: ${countLine(report.diagnostics)}`,
		// Open items lead the whole report, not only their case's block further down.
		...section(
			`OPEN SAFETY ITEMS in all cases: ${FOLLOW_UP.toLowerCase()}`,
			open.map(({ caseReport, item }) => `  ! ${caseReport?.bundle.record.client ?? "(unplaced: no case could be found for this note)"}: ${safetyLine(item)}`),
		),
	];
}

export function textReport(report: VaultReport, scheme: Scheme, options: TextReportOptions = {}): string {
	const why = whyLines(options.explain === true);
	const header = reportHeader(report);
	const shownWithCase = new Set(report.cases.flatMap((c) => c.diagnostics.map((d) => d.path)));
	const outside = report.diagnostics.filter((d) => !shownWithCase.has(d.path));
	const blocks = report.cases.map((c) => caseLines(c, scheme, why).join("\n"));
	const rest = outside.length === 0 ? [] : [["Diagnostics outside any case", ...diagnosticLines(outside, "  ")].join("\n")];
	return `${[header.join("\n"), ...blocks, ...rest].join("\n\n")}\n`;
}
