// Where a note's frontmatter is, for every reader and for the export's body stripper
// alike: the first line is a fence (after an optional byte-order mark) and the block
// runs to the next fence line. A fence is `---` with nothing after it but white space,
// any white space, a no-break space included: whether Obsidian takes `---` followed by
// a no-break space as a fence is not documented, and reading too much as frontmatter
// keeps properties out of an export, where reading too little would let them out.

export interface NoteParts {
	/** Everything up to and including the opening fence line. */
	readonly open: string;
	/** The YAML between the two fence lines. */
	readonly yaml: string;
	/** The closing fence line and the body after it. */
	readonly rest: string;
}

/** One line without its line break; `[^\S\r\n]` is `\s` less the line breaks. */
const FENCE = /^---[^\S\r\n]*\r?$/;
/** The same, as any line of a text. */
const FENCE_LINE = new RegExp(FENCE.source, "m");

/** Where the YAML starts when the note opens a frontmatter block, else -1. */
function yamlStart(text: string): number {
	const bom = text.startsWith("\uFEFF") ? 1 : 0;
	const firstBreak = text.indexOf("\n", bom);
	if (firstBreak < 0 || !FENCE.test(text.slice(bom, firstBreak))) return -1;
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
	const end = text.slice(start).search(FENCE_LINE);
	if (end < 0) return null;
	return { open: text.slice(0, start), yaml: text.slice(start, start + end), rest: text.slice(start + end) };
}

/** The text after the closing fence line; null when the note has no closed frontmatter. */
export function afterFrontmatter(text: string): string | null {
	const parts = splitFrontmatter(text);
	if (parts === null) return null;
	const lineEnd = parts.rest.indexOf("\n");
	return lineEnd < 0 ? "" : parts.rest.slice(lineEnd + 1);
}
