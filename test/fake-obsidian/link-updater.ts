import type { Reference } from "obsidian";
import type { TFile } from "./files";
import { findFrontmatterBlock } from "./frontmatter";
import type { LinkResolver } from "./link-resolver";
import { getLinkpath, parseLinktext } from "./link-text";
import { parseNote } from "./note-parser";

/** The references of `text` (from a note at `sourcePath`) that point at `target`. */
export function linksTo(text: string, sourcePath: string, target: TFile, resolver: LinkResolver): Reference[] {
	const cache = parseNote(text);
	const references: Reference[] = [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])];
	return references.filter((reference) => {
		const linkpath = getLinkpath(reference.link);
		return linkpath !== "" && resolver.resolve(linkpath, sourcePath) === target;
	});
}

/** The same link, aimed at `linktext` (or `markdownPath` for markdown links), keeping subpath, alias and embed mark. */
function retarget(original: string, link: string, linktext: string, markdownPath: string): string {
	const { subpath } = parseLinktext(link);
	const embed = original.startsWith("!") ? "!" : "";
	const wikilink = /^!?\[\[([^\]]*)\]\]$/.exec(original);
	if (wikilink?.[1] !== undefined) {
		const bar = wikilink[1].indexOf("|");
		return `${embed}[[${linktext}${subpath}${bar > 0 ? wikilink[1].slice(bar) : ""}]]`;
	}
	const text = /^!?\[([^\]]*)\]/.exec(original)?.[1] ?? "";
	return `${embed}[${text}](${encodeURI(markdownPath)}${encodeURI(subpath)})`;
}

/**
 * Rewrites the links in `text` listed in `originals` so they reach the renamed
 * file: body links in place, frontmatter links as text inside the YAML block,
 * so the rest of the note keeps its bytes.
 */
export function rewriteLinks(text: string, originals: ReadonlySet<string>, linktext: string, markdownPath: string): string {
	const cache = parseNote(text);
	const edits: { start: number; end: number; replacement: string }[] = [];
	for (const reference of [...(cache.links ?? []), ...(cache.embeds ?? [])]) {
		if (!originals.has(reference.original)) continue;
		edits.push({ start: reference.position.start.offset, end: reference.position.end.offset, replacement: retarget(reference.original, reference.link, linktext, markdownPath) });
	}
	const block = findFrontmatterBlock(text);
	for (const reference of cache.frontmatterLinks ?? []) {
		if (!block || !originals.has(reference.original)) continue;
		const replacement = retarget(reference.original, reference.link, linktext, markdownPath);
		for (let at = text.indexOf(reference.original, block.from); at >= 0 && at < block.to; at = text.indexOf(reference.original, at + 1)) {
			if (!edits.some((edit) => edit.start === at)) edits.push({ start: at, end: at + reference.original.length, replacement });
		}
	}
	return edits.sort((a, b) => b.start - a.start).reduce((result, edit) => result.slice(0, edit.start) + edit.replacement + result.slice(edit.end), text);
}
