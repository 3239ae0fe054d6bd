import { isDue } from "../../domain/engine/analysis";
import { sessionName } from "../../domain/engine/pre-group";
import { problemAreaLabel } from "../../domain/engine/problem-area-labels";
import { notRecordedText } from "../../domain/safety/safety-wording";
import { missedRunText } from "../../domain/views/attendance-text";
import { missedInARow } from "../../domain/views/caseload-facts";
import type { Scheme } from "../../domain/settings/engine-settings";
import { openItemsOf } from "./open-safety";
import { reportHeader } from "./text-report";
import type { CaseReport, VaultReport } from "./vault-report";

function caseLine(report: CaseReport, scheme: Scheme): string {
	const { bundle, analysis } = report;
	const open = openItemsOf(report).length;
	const session = analysis.lastSession === null ? "no sessions yet" : `${sessionName(analysis.lastSession)} of ${analysis.plannedSessions}`;
	const flags = analysis.flags.length === 0 ? "no problem area flagged" : analysis.flags.map((f) => `${problemAreaLabel(f.area, scheme)} (${f.strength})`).join(", ");
	const due = analysis.warnings.find((w) => isDue(w.id))?.message ?? "nothing due";
	const safety = [open === 0 ? "" : `${open} open safety item${open === 1 ? "" : "s"}`, analysis.safetyNotRecorded.length === 0 ? "" : `${analysis.safetyNotRecorded.length} without the safety item`].filter(Boolean);
	const missed = missedRunText(missedInARow(analysis))?.toLowerCase() ?? "";
	return `  ${open > 0 ? "!" : "-"} ${bundle.record.client} (${bundle.path}): ${[...safety, bundle.record.status, session, missed, `${analysis.phase} phase`, flags, due].filter(Boolean).join(" · ")}`;
}

/** Every case on one line, those with an open safety item first, under the report's header. */
export function caseloadText(report: VaultReport, scheme: Scheme): string {
	const cases = [...report.cases].sort((a, b) => Number(openItemsOf(b).length > 0) - Number(openItemsOf(a).length > 0));
	const lines = cases.length === 0 ? ["No IPT cases yet: a case is a note with ipt: case in its properties."] : ["Cases", ...cases.map((c) => caseLine(c, scheme))];
	return `${[...reportHeader(report), "", ...lines].join("\n")}\n`;
}

/** The safety part of the text report: the open items, then each session that gave a total without its safety item. */
export function safetyText(report: VaultReport): string {
	const missing = report.cases.flatMap(({ bundle, analysis }) => analysis.safetyNotRecorded.map((n) => `  ? ${bundle.record.client}: ${notRecordedText(n)}: ${n.path}`));
	const lines = missing.length === 0 ? [] : ["", "Sessions without the safety item", ...missing];
	return `${[...reportHeader(report), ...lines].join("\n")}\n`;
}
