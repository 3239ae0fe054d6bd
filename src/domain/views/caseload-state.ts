// What the caseload remembers across reloads (a view's state in the workspace layout):
// its sort and its status filter. Read back forgivingly: a layout saved by another
// version may hold anything.
import { isPlainObject } from "../settings/read-field";
import { CASE_STATUSES, type CaseStatus } from "../model/vocabulary";
import { CASELOAD_COLUMNS, DEFAULT_CASELOAD_SORT, type CaseloadColumn, type CaseloadSort } from "./caseload-model";

export type StatusFilter = CaseStatus | "all";

export const STATUS_FILTERS: readonly StatusFilter[] = [...CASE_STATUSES, "all"];

export interface CaseloadState {
	readonly sort: CaseloadSort;
	readonly filter: StatusFilter;
}

export const DEFAULT_CASELOAD_STATE: CaseloadState = { sort: DEFAULT_CASELOAD_SORT, filter: "active" };

function isColumn(value: unknown): value is CaseloadColumn {
	return (CASELOAD_COLUMNS as readonly unknown[]).includes(value);
}

function isFilter(value: unknown): value is StatusFilter {
	return (STATUS_FILTERS as readonly unknown[]).includes(value);
}

/** Each part that does not read falls back to its default. */
export function readCaseloadState(raw: unknown): CaseloadState {
	if (!isPlainObject(raw)) return DEFAULT_CASELOAD_STATE;
	const sort = isPlainObject(raw.sort) && isColumn(raw.sort.column) ? { column: raw.sort.column, descending: raw.sort.descending === true } : DEFAULT_CASELOAD_STATE.sort;
	return { sort, filter: isFilter(raw.filter) ? raw.filter : DEFAULT_CASELOAD_STATE.filter };
}
