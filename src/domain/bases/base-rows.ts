// A base's rows are notes chosen by the user's filters; the engine reads them by path, so
// a row means what the same note means in the sidebar.

export interface BaseRows {
	/** Each case a row belongs to, with its rows' paths, in the order the rows came. */
	readonly byCase: ReadonlyMap<string, readonly string[]>;
	/** Rows no case claims: not IPT notes, or notes the engine could not place. */
	readonly unknown: readonly string[];
}

export function groupBaseRows(paths: readonly string[], caseOf: (path: string) => string | null): BaseRows {
	const byCase = new Map<string, string[]>();
	const unknown: string[] = [];
	for (const path of paths) {
		const casePath = caseOf(path);
		if (casePath === null) unknown.push(path);
		else byCase.set(casePath, [...(byCase.get(casePath) ?? []), path]);
	}
	return { byCase, unknown };
}

/** "2 rows are not notes of an IPT case: Inbox.md, Shopping.md"; only the count when names are hidden. */
export function unknownRowsText(unknown: readonly string[], hideNames: boolean): string | null {
	if (unknown.length === 0) return null;
	const count = unknown.length === 1 ? "1 row is not a note of an IPT case" : `${unknown.length} rows are not notes of an IPT case`;
	return hideNames ? `${count}.` : `${count}: ${unknown.join(", ")}.`;
}
