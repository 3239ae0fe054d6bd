import type { EmbedCache, HeadingCache, LinkCache, TagCache } from "obsidian";
import { wikilinkReference } from "./link-text";
import type { LineIndex } from "./positions";

export interface BodyMetadata {
	links: LinkCache[];
	embeds: EmbedCache[];
	tags: TagCache[];
	headings: HeadingCache[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const CLOSING_HASHES = /(?:^|[ \t]+)#+$/;
const INLINE_CODE = /(`+)[^`]*?\1/g;
const ESCAPE = /\\[!-/:-@[-`{-~]/g;
const WIKILINK = /(!?)\[\[([^\]\n]+?)\]\]/g;
const MARKDOWN_LINK = /(!?)\[([^[\]\n]*)\]\(([^)\n]*)\)/g;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** A tag runs until whitespace or ASCII punctuation other than `_`, `-` and `/`. */
const TAG = /(^|\s)(#[^\s!-,.:-@[-^`{-~]+)/g;
const ALL_DIGITS = /^#\d+$/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;

/** Blanks a match while keeping every offset in place. */
function blank(text: string, start: number, end: number): string {
	return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
}

function blankAll(text: string, pattern: RegExp): string {
	return text.replace(pattern, (match) => " ".repeat(match.length));
}

function decodeUrl(url: string): string {
	try {
		return decodeURIComponent(url);
	} catch {
		return url;
	}
}

/** HTML comments hide what they hold (Obsidian's own `%%` comments do not, in the cache). */
function blankHtmlComments(text: string): string {
	return text.replace(HTML_COMMENT, (match) => match.replace(/[^\n]/g, " "));
}

interface LineScanner {
	text: string;
	start: number;
}

/**
 * Links, embeds, tags and headings of a note's body, with the real parser's
 * choices: nothing inside code fences, inline code, escaped brackets or HTML
 * comments; markdown links only when internal (no URL scheme), URL-decoded; a
 * tag needs a non-digit.
 */
export function parseBody(content: string, bodyStart: number, lines: LineIndex): BodyMetadata {
	const result: BodyMetadata = { links: [], embeds: [], tags: [], headings: [] };
	let fence: string | null = null;
	for (const line of splitLines(blankHtmlComments(content), bodyStart)) {
		if (fence !== null) {
			if (line.text.trim().startsWith(fence) && line.text.trim().replace(/[`~]/g, "") === "") fence = null;
			continue;
		}
		const opening = FENCE.exec(line.text);
		if (opening?.[1]) {
			fence = opening[1];
			continue;
		}
		scanLine(line, lines, result);
	}
	return result;
}

function* splitLines(content: string, from: number): Generator<LineScanner> {
	let start = from;
	while (start <= content.length) {
		const newline = content.indexOf("\n", start);
		const end = newline < 0 ? content.length : newline;
		yield { text: content.slice(start, end).replace(/\r$/, ""), start };
		if (newline < 0) return;
		start = newline + 1;
	}
}

function scanLine(line: LineScanner, lines: LineIndex, result: BodyMetadata): void {
	const heading = HEADING.exec(line.text);
	if (heading?.[1]) {
		const text = (heading[2] ?? "").replace(CLOSING_HASHES, "");
		result.headings.push({ heading: text, level: heading[1].length, position: lines.pos(line.start + line.text.search(/#/), line.start + line.text.length) });
	}
	let masked = blankAll(blankAll(line.text, INLINE_CODE), ESCAPE);
	for (const match of masked.matchAll(WIKILINK)) {
		const [original, bang, inner] = match;
		if (inner === undefined) continue;
		const reference = { ...wikilinkReference(inner, original), position: lines.pos(line.start + match.index, line.start + match.index + original.length) };
		(bang ? result.embeds : result.links).push(reference);
		masked = blank(masked, match.index, match.index + original.length);
	}
	for (const match of masked.matchAll(MARKDOWN_LINK)) {
		const [original, bang, text, rawUrl] = match;
		const url = (rawUrl ?? "").trim().replace(/^<(.*)>$/, "$1");
		masked = blank(masked, match.index, match.index + original.length);
		if (url === "" || URL_SCHEME.test(url)) continue;
		const reference = { link: decodeUrl(url), original, displayText: text ?? "", position: lines.pos(line.start + match.index, line.start + match.index + original.length) };
		(bang ? result.embeds : result.links).push(reference);
	}
	for (const match of masked.matchAll(TAG)) {
		const [, before, tag] = match;
		if (tag === undefined || ALL_DIGITS.test(tag)) continue;
		const start = line.start + match.index + (before ?? "").length;
		result.tags.push({ tag, position: lines.pos(start, start + tag.length) });
	}
	sortByPosition(result.links);
	sortByPosition(result.embeds);
}

function sortByPosition(items: { position: { start: { offset: number } } }[]): void {
	items.sort((a, b) => a.position.start.offset - b.position.start.offset);
}
