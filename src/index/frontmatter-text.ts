// A note's frontmatter read from its text, for both faces: the command line reads every
// note this way, the plugin only notes whose YAML Obsidian's cache could not read. Each
// face brings its own YAML parser; what counts as broken, and what the user is told,
// is decided here once.
import type { Diagnostic } from "../domain/model/diagnostic";
import { opensFrontmatter, splitFrontmatter } from "../domain/model/frontmatter-span";
import type { SafetyReading } from "../domain/model/safety-reading";
import { safetyInText } from "../domain/safety/safety-in-text";
import { MAY_MATTER, MAY_MATTER_KEY_LINE } from "../domain/safety/safety-keys";

export interface NoteFrontmatter {
	/** The parsed frontmatter; undefined when the note has none or it could not be used. */
	readonly frontmatter: unknown;
	readonly diagnostics: readonly Diagnostic[];
	/** Safety answers found in frontmatter that could not be parsed: raised as unreadable. */
	readonly textSafety: readonly SafetyReading[];
}

/** Throws on YAML it cannot parse. */
export type YamlParser = (yaml: string) => unknown;

const NONE: NoteFrontmatter = { frontmatter: undefined, diagnostics: [], textSafety: [] };

/**
 * Reads frontmatter the way Obsidian finds it (see splitFrontmatter). YAML is parsed
 * only where a key could matter (MAY_MATTER: an IPT kind or a safety item, in any
 * form, even in a flow map or indented): a vault is mostly other notes, and their
 * frontmatter is none of our business. Whatever parses goes to parseNote, which
 * decides as it does for the plugin's notes.
 */
export function readFrontmatterText(path: string, text: string, parseYaml: YamlParser): NoteFrontmatter {
	const parts = splitFrontmatter(text);
	if (parts === null) {
		if (!opensFrontmatter(text) || !MAY_MATTER_KEY_LINE.test(text)) return NONE;
		return problem(path, "the frontmatter has no closing --- line, so Obsidian does not read it; add --- after the last property.", text);
	}
	if (!MAY_MATTER.test(parts.yaml)) return NONE;
	try {
		return { frontmatter: parseYaml(parts.yaml), diagnostics: [], textSafety: [] };
	} catch (error) {
		// The parser's first line, without the colon that leads into its quote of the source.
		const reason = (error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)).replace(/:\s*$/, "");
		return problem(path, `the frontmatter is not valid YAML (${reason}); fix it in the note's source view. Nothing in this note is used until then.`, parts.yaml);
	}
}

/** What could not be read is reported, and any safety answer in its text is raised all the same. */
function problem(path: string, message: string, yaml: string): NoteFrontmatter {
	return { frontmatter: undefined, diagnostics: [{ path, field: "frontmatter", severity: "error", message }], textSafety: safetyInText(yaml) };
}
