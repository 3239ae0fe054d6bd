// Markdown building blocks for the summary: tables whose cells cannot break the table,
// and sections as lists of lines.

const EMPTY_CELL = "–";

/** Free text made safe inside a table cell: one line, pipes escaped. */
export function cell(text: string): string {
	const flat = text.replace(/\s*\r?\n\s*/g, " ").replace(/\|/g, "\\|").trim();
	return flat === "" ? EMPTY_CELL : flat;
}

/** A column of a table: its heading and how a row fills it; `when` false leaves the column out. */
export interface Column<T> {
	readonly heading: string;
	readonly value: (row: T) => string;
	readonly when?: boolean;
}

export function table<T>(columns: readonly Column<T>[], rows: readonly T[]): string[] {
	const shown = columns.filter((column) => column.when !== false);
	const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
	return [line(shown.map((column) => cell(column.heading))), line(shown.map(() => "---")), ...rows.map((row) => line(shown.map((column) => cell(column.value(row)))))];
}

/** A second-level section: heading, blank line, its lines. */
export function section(heading: string, lines: readonly string[]): string[] {
	return [`## ${heading}`, "", ...lines];
}

/** A callout (a blockquote outside Obsidian) holding a title and lines. */
export function callout(kind: "danger" | "warning" | "note", title: string, lines: readonly string[]): string[] {
	return [`> [!${kind}] ${title}`, ...lines.map((line) => (line === "" ? ">" : `> ${line}`))];
}

/** "1 score", "3 scores". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
	return `${n} ${n === 1 ? noun : plural}`;
}

export function yesNo(value: boolean | null): string {
	return value === null ? EMPTY_CELL : value ? "yes" : "no";
}

/** A written text's own headings moved `by` levels down, so they cannot break the outline around them. */
export function nestHeadings(text: string, by: number): string {
	return text.replace(/^(#{1,6})(?=\s)/gm, (hashes: string) => "#".repeat(Math.min(6, hashes.length + by)));
}
