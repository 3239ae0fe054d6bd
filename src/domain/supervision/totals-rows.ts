// The supervision totals as labelled rows: the command line prints them as lines, the
// plugin's modal as tables, so both faces say the same thing in the same words.
import { COVERED_PHASES, hoursText, type CaseSupervision, type SupervisionTotals } from "./supervision-totals";

export interface TotalsRow {
	readonly label: string;
	readonly value: string;
}

export interface CaseRows {
	readonly title: string;
	readonly casePath: string;
	readonly rows: readonly TotalsRow[];
	readonly problems: readonly string[];
}

export interface TotalsRows {
	readonly overall: readonly TotalsRow[];
	readonly cases: readonly CaseRows[];
	/** Said when no case has a supervision note. */
	readonly empty: string | null;
}

const PHASE_WORDS = { initial: "early (initial phase)", middle: "middle", final: "late (final phase)" } as const;

function yesNo(value: boolean): string {
	return value ? "yes" : "no";
}

function hours(minutes: number): string {
	return `${hoursText(minutes)} (${minutes} minutes)`;
}

function sessionsText(numbers: readonly number[]): string {
	return numbers.length === 0 ? "none" : numbers.join(", ");
}

function caseRows(c: CaseSupervision): CaseRows {
	const { individual, group } = c.minutesByFormat;
	const rows: TotalsRow[] = [
		{ label: "Meetings", value: String(c.meetings) },
		{ label: "Hours", value: hours(c.minutes) },
	];
	if (individual > 0 || group > 0) rows.push({ label: "Individual and group hours", value: `${hoursText(individual)} individual, ${hoursText(group)} group` });
	rows.push(...COVERED_PHASES.map((phase) => ({ label: `Sessions discussed, ${PHASE_WORDS[phase]}`, value: sessionsText(c.sessionsByPhase[phase]) })));
	if (c.sessionsByPhase.maintenance.length > 0) rows.push({ label: "Sessions discussed, maintenance", value: sessionsText(c.sessionsByPhase.maintenance) });
	rows.push(
		{ label: "Early, middle and late covered", value: yesNo(c.phasesCovered) },
		{ label: "Recordings reviewed", value: String(c.recordingsReviewed) },
		{ label: "Consent recorded", value: yesNo(c.consentRecorded) },
		{ label: "Supervisors", value: c.supervisors.join(", ") || "none named" },
	);
	return { title: c.client, casePath: c.casePath, rows, problems: c.problems };
}

export function totalsRows(totals: SupervisionTotals): TotalsRows {
	return {
		overall: [
			{ label: "Supervised cases", value: `${totals.supervisedCases} (ISIPT therapist certification asks for ${totals.target})` },
			{ label: "Cases with early, middle and late sessions discussed", value: String(totals.casesCovered) },
			{ label: "Meetings", value: String(totals.meetings) },
			{ label: "Hours", value: hours(totals.minutes) },
			{ label: "Recordings reviewed", value: String(totals.recordingsReviewed) },
			{ label: "Cases with consent recorded", value: `${totals.casesWithConsent} of ${totals.supervisedCases}` },
		],
		cases: totals.cases.map(caseRows),
		empty: totals.supervisedCases === 0 ? "No supervision notes yet: add a note with ipt: supervision for each meeting (see the note format)." : null,
	};
}

/** The rows as plain text, for the command line. */
export function totalsText(rows: TotalsRows): string {
	const line = (row: TotalsRow): string => `  ${row.label}: ${row.value}`;
	const out = ["Supervision totals", ...rows.overall.map(line)];
	if (rows.empty !== null) out.push("", rows.empty);
	for (const c of rows.cases) out.push("", `${c.title} (${c.casePath})`, ...c.rows.map(line), ...c.problems.map((problem) => `  ! ${problem}`));
	return `${out.join("\n")}\n`;
}
