// The caseload table: one row per case, sortable, open safety items always on top.
import { CHANGE_CATEGORIES, type CaseAnalysis, type ChangeCategory, type FlagStrength, type SafetyItem } from "../engine/analysis";
import { MEASURE_LABELS } from "../engine/measures/bands";
import { CHANGE_LABELS } from "../engine/measures/outcome-text";
import { problemAreaLabel } from "../engine/problem-area-labels";
import type { CaseBundle } from "../model/case-bundle";
import { CASE_STATUSES, SESSION_PHASES, type CaseStatus, type Measure, type Phase, type ProblemArea } from "../model/vocabulary";
import type { CaseNames } from "../privacy/case-names";
import { lazy } from "../lazy";
import type { Scheme } from "../settings/engine-settings";
import { lastSeen, missedInARow, primaryScore, type LastSeen, type PrimaryScore } from "./caseload-facts";
import type { StatusFilter } from "./caseload-state";
import { DUE_PRIORITY, dueTitle, nextDue } from "./due";
import { PHASE_LABELS, STATUS_LABELS } from "./labels";
import type { NoteLinkModel } from "./note-link";
import { openLineText, type SafetyLine } from "./safety-model";

export interface CaseloadInput {
	readonly bundle: CaseBundle;
	readonly analysis: CaseAnalysis;
	readonly names: CaseNames;
	/** The case's safety items with its loose ones (safetyOfCase). */
	readonly safety: readonly SafetyItem[];
}

/** What the caseload shows beyond its cases: safety answers no case could claim. */
export interface CaseloadExtras {
	readonly unplaced: readonly SafetyItem[];
	/** Paths name clients: in privacy mode an unplaced note is shown without one. */
	readonly privacy: boolean;
	/** The real date (YYYY-MM-DD), which "last seen" counts from; a case's analysis reasons as of its latest session instead. */
	readonly today: string;
	/** Which statuses are listed; every case unless given. A case with an open safety item is listed whatever it says. */
	readonly filter?: StatusFilter;
}

export interface CaseloadFlag {
	readonly area: ProblemArea;
	readonly label: string;
	readonly strength: FlagStrength;
}

export interface CaseloadRow {
	readonly client: NoteLinkModel;
	readonly status: CaseStatus;
	readonly statusLabel: string;
	readonly phase: Phase;
	readonly phaseLabel: string;
	readonly lastSession: number | null;
	readonly plannedSessions: number;
	/** "7 of 12", "None yet". */
	readonly sessionText: string;
	readonly lastSeen: LastSeen | null;
	/** The latest sessions missed or cancelled one after another; 0 when the last was held. */
	readonly missedInARow: number;
	readonly primary: PrimaryScore | null;
	/** The agreed focus, in words; empty until agreed. */
	readonly focus: readonly string[];
	readonly flags: readonly CaseloadFlag[];
	readonly openSafety: number;
	/** Sessions whose total came without its safety item. */
	readonly notRecorded: number;
	/** Null when nothing is due, and always for a closed case: only its open safety items still ask for work. */
	readonly nextDue: { readonly title: string; readonly rank: number } | null;
	/** The primary measure's reliable change against baseline; null without a baseline. */
	readonly change: ChangeCategory | null;
	/** "PHQ-9: improved", "PHQ-9: no baseline", "No scores". */
	readonly changeText: string;
}

// Open safety and what is due come right after the client, so no width hides them.
export const CASELOAD_COLUMNS = ["client", "safety", "due", "status", "phase", "session", "seen", "measure", "change", "focus", "flags"] as const;
export type CaseloadColumn = (typeof CASELOAD_COLUMNS)[number];

// This and COMPARE are built when a caseload is first drawn, not at load: see domain/lazy.ts.
export const CASELOAD_HEADINGS = lazy(function (): Readonly<Record<CaseloadColumn, string>> {
	return {
		client: "Client",
		status: "Status",
		phase: "Phase",
		session: "Session",
		seen: "Last seen",
		measure: "Primary measure",
		focus: "Focus",
		flags: "Flags",
		safety: "Open safety items",
		change: "Change",
		due: "Next due",
	};
});

export interface CaseloadSort {
	readonly column: CaseloadColumn;
	readonly descending: boolean;
}

export const DEFAULT_CASELOAD_SORT: CaseloadSort = { column: "client", descending: false };

export interface CaseloadModel {
	readonly rows: readonly CaseloadRow[];
	readonly sort: CaseloadSort;
	/** How many cases have an open safety item. */
	readonly casesWithOpenSafety: number;
	/** Open items in notes no case could claim: listed above the table, since no row holds them. */
	readonly unplaced: readonly SafetyLine[];
	readonly filter: StatusFilter;
	/** Cases the filter leaves out. */
	readonly hidden: number;
	/** Cases outside the filter listed all the same for an open safety item. */
	readonly shownForSafety: number;
}

function changeText(measure: Measure, analysis: CaseAnalysis): string {
	const summary = analysis.measures[measure];
	if (summary === undefined) return "No scores";
	const label = MEASURE_LABELS[measure];
	return summary.change === null ? `${label}: no baseline` : `${label}: ${CHANGE_LABELS[summary.change].toLowerCase()}`;
}

// A closed case's analysis already holds nothing due but an early ending.
function row({ bundle, analysis, names, safety }: CaseloadInput, scheme: Scheme, today: string): CaseloadRow {
	const due = nextDue(analysis.warnings);
	const measure = bundle.record.measure;
	const last = analysis.lastSession;
	return {
		client: { path: bundle.path, text: names.client },
		status: bundle.record.status,
		statusLabel: STATUS_LABELS[bundle.record.status],
		phase: analysis.phase,
		phaseLabel: PHASE_LABELS[analysis.phase],
		lastSession: last,
		plannedSessions: analysis.plannedSessions,
		sessionText: last === null ? "None yet" : `${last} of ${analysis.plannedSessions}`,
		lastSeen: lastSeen(bundle, today),
		missedInARow: missedInARow(analysis),
		primary: primaryScore(bundle, analysis),
		focus: bundle.record.focus.map((area) => problemAreaLabel(area, scheme)),
		flags: analysis.flags.map((flag) => ({ area: flag.area, label: problemAreaLabel(flag.area, scheme), strength: flag.strength })),
		openSafety: safety.filter((item) => !item.reviewed).length,
		notRecorded: analysis.safetyNotRecorded.length,
		nextDue: due === null ? null : { title: dueTitle(due.id, measure), rank: DUE_PRIORITY.indexOf(due.id) },
		change: analysis.measures[measure]?.change ?? null,
		changeText: changeText(measure, analysis),
	};
}

function changeRank(change: ChangeCategory | null): number {
	return change === null ? CHANGE_CATEGORIES.length : CHANGE_CATEGORIES.length - 1 - CHANGE_CATEGORIES.indexOf(change);
}

function flagWeight(flags: readonly CaseloadFlag[]): number {
	// A strong flag outweighs any number of possible ones.
	return flags.reduce((sum, flag) => sum + (flag.strength === "strong" ? 10 : 1), 0);
}

const NEVER_SEEN = Number.MIN_SAFE_INTEGER;

const COMPARE = lazy(function (): Readonly<Record<CaseloadColumn, (a: CaseloadRow, b: CaseloadRow) => number>> {
	return {
		client: (a, b) => a.client.text.localeCompare(b.client.text),
		status: (a, b) => CASE_STATUSES.indexOf(a.status) - CASE_STATUSES.indexOf(b.status),
		phase: (a, b) => SESSION_PHASES.indexOf(a.phase) - SESSION_PHASES.indexOf(b.phase),
		session: (a, b) => (a.lastSession ?? 0) / a.plannedSessions - (b.lastSession ?? 0) / b.plannedSessions,
		// Ascending: longest unseen first; never seen after everyone.
		seen: (a, b) => (b.lastSeen?.days ?? NEVER_SEEN) - (a.lastSeen?.days ?? NEVER_SEEN),
		measure: (a, b) => (a.primary?.latest ?? -1) - (b.primary?.latest ?? -1),
		focus: (a, b) => a.focus.join(", ").localeCompare(b.focus.join(", ")),
		flags: (a, b) => flagWeight(a.flags) - flagWeight(b.flags),
		safety: (a, b) => a.openSafety - b.openSafety,
		// Ascending puts the cases doing worst first; cases without a category come last.
		change: (a, b) => changeRank(a.change) - changeRank(b.change),
		// Ascending puts the most pressing first; a case with nothing due comes last.
		due: (a, b) => (a.nextDue?.rank ?? Number.MAX_SAFE_INTEGER) - (b.nextDue?.rank ?? Number.MAX_SAFE_INTEGER),
	};
});

/**
 * Rows with an open safety item come first whatever the sort, so they are never out of
 * sight; ties fall back to the client, then the path, so the order never flickers.
 */
export function sortCaseload(rows: readonly CaseloadRow[], sort: CaseloadSort): CaseloadRow[] {
	const compare = COMPARE()[sort.column];
	return [...rows].sort((a, b) => {
		const pinned = Number(b.openSafety > 0) - Number(a.openSafety > 0);
		if (pinned !== 0) return pinned;
		const primary = sort.descending ? compare(b, a) : compare(a, b);
		if (primary !== 0) return primary;
		return COMPARE().client(a, b) || (a.client.path < b.client.path ? -1 : a.client.path > b.client.path ? 1 : 0);
	});
}

/** Clicking a sorted column's heading reverses it; another column starts ascending. */
export function nextSort(current: CaseloadSort, column: CaseloadColumn): CaseloadSort {
	return current.column === column ? { column, descending: !current.descending } : { column, descending: false };
}

export function caseloadModel(cases: readonly CaseloadInput[], scheme: Scheme, sort: CaseloadSort, extras: CaseloadExtras): CaseloadModel {
	const all = cases.map((input) => row(input, scheme, extras.today));
	const filter = extras.filter ?? "all";
	const inFilter = (r: CaseloadRow): boolean => filter === "all" || r.status === filter;
	const rows = all.filter((r) => inFilter(r) || r.openSafety > 0);
	const unplaced = extras.unplaced.map((item) => ({ text: openLineText(item), link: { path: item.path, text: extras.privacy ? "a note outside any case" : item.path } }));
	return {
		rows: sortCaseload(rows, sort),
		sort,
		casesWithOpenSafety: all.filter((r) => r.openSafety > 0).length,
		unplaced,
		filter,
		hidden: all.length - rows.length,
		shownForSafety: rows.filter((r) => !inFilter(r)).length,
	};
}
