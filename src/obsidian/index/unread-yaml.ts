import type { CachedMetadata } from "obsidian";

/**
 * Whether a note opens with YAML that the metadata cache gave no properties for, as
 * when Obsidian could not parse it. The cache then has no `frontmatter`; a block
 * without properties has no `frontmatterPosition` either, yet is still listed as the
 * note's first section, of type `yaml` (a capture of the real app shows it). An
 * opening `---` never closed is no block at all but a horizontal rule on the first
 * line. Only such notes are worth reading as text; a block with no line inside has
 * nothing to read.
 */
export function holdsUnreadYaml(cache: CachedMetadata | null): boolean {
	if (!cache || cache.frontmatter) return false;
	if (cache.frontmatterPosition) return true;
	const first = cache.sections?.[0];
	if (first?.type === "thematicBreak") return first.position.start.line === 0;
	return first?.type === "yaml" && first.position.end.line - first.position.start.line > 1;
}
