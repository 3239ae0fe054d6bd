// Where a note's frontmatter is, found the way Obsidian finds it: the first line is
// `---` (after an optional byte-order mark) and the block runs to the next `---` line.

export interface NoteParts {
	/** Everything up to and including the opening `---` line. */
	readonly open: string;
	/** The YAML between the two `---` lines. */
	readonly yaml: string;
	/** The closing `---` line and the body after it. */
	readonly rest: string;
}

const CLOSING_LINE = /^---[ \t]*\r?$/m;

/** Where the YAML starts when the note opens a frontmatter block, else -1. */
function yamlStart(text: string): number {
	const bom = text.startsWith("\uFEFF") ? 1 : 0;
	const firstBreak = text.indexOf("\n", bom);
	if (firstBreak < 0 || text.slice(bom, firstBreak).trimEnd() !== "---") return -1;
	return firstBreak + 1;
}

/** True when the first line opens a frontmatter block, closed or not. */
export function opensFrontmatter(text: string): boolean {
	return yamlStart(text) >= 0;
}

/** The note cut around its frontmatter; null when it has none (or no closing line). */
export function splitFrontmatter(text: string): NoteParts | null {
	const start = yamlStart(text);
	if (start < 0) return null;
	const end = text.slice(start).search(CLOSING_LINE);
	if (end < 0) return null;
	return { open: text.slice(0, start), yaml: text.slice(start, start + end), rest: text.slice(start + end) };
}
