import type { CachedMetadata } from "obsidian";
import { parseBody } from "./body-parser";
import { findFrontmatterBlock, frontmatterMetadata, frontmatterSection, unclosedFenceSection } from "./frontmatter";
import { parseListItems } from "./list-items";
import { LineIndex } from "./positions";

/**
 * The CachedMetadata Obsidian computes for a note, as far as the fake goes:
 * frontmatter, its position and links, links, embeds, tags, headings and list
 * items; empty ones are omitted like in the real cache. Of the sections, only the
 * frontmatter block's is listed, or, for an opening `---` never closed, the
 * horizontal rule Markdown makes of it: the rest of the body's are not modelled.
 */
export function parseNote(content: string): CachedMetadata {
	const lines = new LineIndex(content);
	const block = findFrontmatterBlock(content);
	const body = parseBody(content, block ? block.fenceEnd : 0, lines);
	const cache: CachedMetadata = { ...frontmatterMetadata(block, lines) };
	const first = block ? frontmatterSection(block, lines) : unclosedFenceSection(content, lines);
	if (first) cache.sections = [first];
	if (body.links.length > 0) cache.links = body.links;
	if (body.embeds.length > 0) cache.embeds = body.embeds;
	if (body.tags.length > 0) cache.tags = body.tags;
	if (body.headings.length > 0) cache.headings = body.headings;
	const listItems = parseListItems(content, block ? block.fenceEnd : 0, lines);
	if (listItems.length > 0) cache.listItems = listItems;
	return cache;
}
