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

/** The note cut around its frontmatter; null when it has none (or no closing line). */
export function splitFrontmatter(text: string): NoteParts | null {
	const bom = text.startsWith("\uFEFF") ? 1 : 0;
	const firstBreak = text.indexOf("\n", bom);
	if (firstBreak < 0 || text.slice(bom, firstBreak).trimEnd() !== "---") return null;
	const yamlStart = firstBreak + 1;
	const end = text.slice(yamlStart).search(CLOSING_LINE);
	if (end < 0) return null;
	return { open: text.slice(0, yamlStart), yaml: text.slice(yamlStart, yamlStart + end), rest: text.slice(yamlStart + end) };
}
