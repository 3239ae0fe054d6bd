import type { Reference } from "obsidian";

/** Splits a link's text at its first `#` into the file part and the heading or block subpath. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	return hash < 0 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

/** How Obsidian shows a link without an alias: `note#heading#sub` reads `note > heading > sub`. */
export function defaultDisplayText(link: string): string {
	return link
		.split("#")
		.filter((part) => part !== "")
		.join(" > ");
}

/**
 * A wikilink's parts from the text between `[[` and `]]`. The first `|` after
 * at least one character starts the alias; a leading `|` belongs to the link,
 * as the real parser has it (`[[|alias]]` links to `|alias`).
 */
export function wikilinkReference(inner: string, original: string): Reference {
	const bar = inner.indexOf("|");
	if (bar > 0) return { link: inner.slice(0, bar), original, displayText: inner.slice(bar + 1) };
	return { link: inner, original, displayText: defaultDisplayText(inner) };
}

/** The whole value must be one wikilink for a property to count as a link. */
const PROPERTY_LINK = /^\[\[([^\]]+)\]\]$/;

export function propertyLink(value: string): Reference | null {
	const match = PROPERTY_LINK.exec(value);
	return match?.[1] === undefined ? null : wikilinkReference(match[1], value);
}
