import type { CachedMetadata, FrontMatterCache, FrontmatterLinkCache, FrontMatterInfo, SectionCache } from "obsidian";
import { YAMLParseError } from "yaml";
import { propertyLink } from "./link-text";
import type { LineIndex } from "./positions";
import { parseYaml, stringifyYaml } from "./yaml";

/** Where a note's `---` block sits: the YAML text runs from `from` to `to`. */
export interface FrontmatterBlock {
	yaml: string;
	from: number;
	to: number;
	/** Just past the closing `---`. */
	fenceEnd: number;
	/** Past the closing fence's line break: where the body starts. */
	contentStart: number;
}

const OPENING_FENCE = /^---[ \t]*\r?\n/;
const CLOSING_FENCE = /^---[ \t]*(?:\r?\n|$)/gm;

/** The block must open on the first line and close on a later line holding only `---`. */
export function findFrontmatterBlock(content: string): FrontmatterBlock | null {
	const opening = OPENING_FENCE.exec(content);
	if (!opening) return null;
	const from = opening[0].length;
	CLOSING_FENCE.lastIndex = from;
	const closing = CLOSING_FENCE.exec(content);
	if (!closing) return null;
	const to = closing.index;
	return { yaml: content.slice(from, to), from, to, fenceEnd: to + 3, contentStart: to + closing[0].length };
}

export function getFrontMatterInfo(content: string): FrontMatterInfo {
	const block = findFrontmatterBlock(content);
	if (!block) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	return { exists: true, frontmatter: block.yaml, from: block.from, to: block.to, contentStart: block.contentStart };
}

function isPropertyMap(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Properties whose value is a wikilink, or a list holding wikilinks, keyed by
 * the property name and, for list items, their index (`related.0`).
 */
function frontmatterLinks(frontmatter: FrontMatterCache): FrontmatterLinkCache[] {
	const links: FrontmatterLinkCache[] = [];
	const add = (key: string, value: unknown): void => {
		const reference = typeof value === "string" ? propertyLink(value) : null;
		if (reference) links.push({ key, ...reference });
	};
	for (const [key, value] of Object.entries(frontmatter)) {
		if (Array.isArray(value)) value.forEach((item, index) => add(`${key}.${index}`, item));
		else add(key, value);
	}
	return links;
}

/**
 * The frontmatter part of a note's cache. A block that is empty, is not a map of
 * properties or is invalid YAML gives no properties, as in the real app.
 */
export function frontmatterMetadata(block: FrontmatterBlock | null, lines: LineIndex): Pick<CachedMetadata, "frontmatter" | "frontmatterPosition" | "frontmatterLinks"> {
	if (!block) return {};
	let frontmatter: unknown;
	try {
		frontmatter = parseYaml(block.yaml);
	} catch {
		return {};
	}
	if (!isPropertyMap(frontmatter)) return {};
	return { frontmatter, frontmatterPosition: lines.pos(0, block.fenceEnd), frontmatterLinks: frontmatterLinks(frontmatter) };
}

/**
 * The block as the first of the note's sections, type `yaml`. The real app lists it
 * even for a block that gives no properties (the empty_yaml capture), so it is how a
 * plugin tells such a block from none.
 */
export function frontmatterSection(block: FrontmatterBlock, lines: LineIndex): SectionCache {
	return { type: "yaml", position: lines.pos(0, block.fenceEnd) };
}

/**
 * A first line of `---` with no closing line is no frontmatter: Markdown reads it as a
 * horizontal rule, the note's first section.
 */
export function unclosedFenceSection(content: string, lines: LineIndex): SectionCache | null {
	const opening = OPENING_FENCE.exec(content);
	return opening ? { type: "thematicBreak", position: lines.pos(0, 3) } : null;
}

/** The note's properties for editing; throws YAMLParseError when the block is not valid YAML. */
export function readEditableFrontmatter(block: FrontmatterBlock | null): Record<string, unknown> {
	if (!block) return {};
	const parsed = parseYaml(block.yaml);
	if (parsed === null || parsed === undefined) return {};
	if (!isPropertyMap(parsed)) throw new YAMLParseError([block.from, block.to], "UNEXPECTED_TOKEN", "Frontmatter is not a map of properties");
	return parsed;
}

/**
 * Writes `data` as the note's frontmatter and keeps everything after the closing
 * fence byte for byte. An emptied block is removed; a note without one gets one
 * only when there is something to write.
 */
export function replaceFrontmatter(content: string, block: FrontmatterBlock | null, data: Record<string, unknown>): string {
	const empty = Object.values(data).every((value) => value === undefined);
	if (!block) return empty ? content : `---\n${stringifyYaml(data)}---\n${content}`;
	if (empty) return content.slice(block.contentStart);
	return `---\n${stringifyYaml(data)}---${content.slice(block.fenceEnd)}`;
}
