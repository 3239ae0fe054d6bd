// A note's text without its frontmatter: what the summary calls the note's body.

/** Drops a leading frontmatter block (`---` lines, as Obsidian reads them) and a byte-order mark. */
export function noteBody(text: string): string {
	const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const match = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(unmarked);
	return match === null ? unmarked : unmarked.slice(match[0].length);
}
