// Links in frontmatter, in every form note-format.md accepts.

export interface LinkRef {
	/** The link path without brackets, alias, heading or `.md`: `Jordan R`, `IPT/Jordan R/Jordan R`. */
	readonly target: string;
	/** True when YAML read an unquoted `[[...]]` as a nested list; it works but should be quoted. */
	readonly unquoted: boolean;
	/** The words after `|` (`[[Mei|Maisie]]`): often a nickname, which privacy must hide too. */
	readonly display?: string;
}

const WIKI_RE = /^!?\[\[([^\]]*)\]\]$/;

/** `{ display }` when the link has words of its own after `|`, else nothing. */
function displayOf(raw: string): { display?: string } {
	const bar = raw.indexOf("|");
	const display = bar >= 0 ? raw.slice(bar + 1).trim() : "";
	return display === "" ? {} : { display };
}

function cleanTarget(raw: string): string {
	let target = raw;
	const bar = target.indexOf("|");
	if (bar >= 0) target = target.slice(0, bar);
	const hash = target.indexOf("#");
	if (hash >= 0) target = target.slice(0, hash);
	target = target.trim();
	if (target.toLowerCase().endsWith(".md")) target = target.slice(0, -3);
	return target.trim();
}

/** Reads one link value; null when it is not a link in any accepted form. */
export function parseLink(value: unknown): LinkRef | null {
	if (typeof value === "string") {
		const text = value.trim();
		const wiki = WIKI_RE.exec(text);
		const inner = wiki ? (wiki[1] ?? "") : text;
		const target = cleanTarget(inner);
		return target === "" || target.includes("[[") ? null : { target, unquoted: false, ...displayOf(inner) };
	}
	// `case: [[Jordan R]]` is YAML for a list holding a list holding "Jordan R".
	if (Array.isArray(value) && value.length === 1) {
		const inner: unknown = value[0];
		if (Array.isArray(inner) && inner.length === 1 && typeof inner[0] === "string") {
			const target = cleanTarget(inner[0]);
			return target === "" ? null : { target, unquoted: true, ...displayOf(inner[0]) };
		}
	}
	return null;
}

/** The last path segment of a link target, which is how Obsidian matches plain names. */
export function linkBasename(target: string): string {
	const slash = target.lastIndexOf("/");
	return slash >= 0 ? target.slice(slash + 1) : target;
}
