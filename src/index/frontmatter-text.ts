// A note's frontmatter read from its text, for both faces: the command line reads every
// note this way, the plugin only notes whose YAML Obsidian's cache could not read. Each
// face brings its own YAML parser; what counts as broken, and what the user is told,
// is decided here once.
import type { Diagnostic } from "../domain/model/diagnostic";
import { opensFrontmatter, splitFrontmatter } from "../domain/model/frontmatter-span";

export interface NoteFrontmatter {
	/** The parsed frontmatter; undefined when the note has none or it could not be used. */
	readonly frontmatter: unknown;
	readonly diagnostics: readonly Diagnostic[];
}

/** Throws on YAML it cannot parse. */
export type YamlParser = (yaml: string) => unknown;

const NONE: NoteFrontmatter = { frontmatter: undefined, diagnostics: [] };

// Only notes with a top-level `ipt` key matter, so YAML is parsed for those alone: a
// vault is mostly other notes, and their frontmatter is none of our business.
const IPT_KEY = /^["']?ipt["']?[ \t]*:/m;

/** Reads frontmatter the way Obsidian finds it (see splitFrontmatter), for IPT notes only. */
export function readFrontmatterText(path: string, text: string, parseYaml: YamlParser): NoteFrontmatter {
	const parts = splitFrontmatter(text);
	if (parts === null) {
		if (!opensFrontmatter(text) || !IPT_KEY.test(text)) return NONE;
		return problem(path, "the frontmatter has no closing --- line, so Obsidian does not read it; add --- after the last property.");
	}
	if (!IPT_KEY.test(parts.yaml)) return NONE;
	try {
		return { frontmatter: parseYaml(parts.yaml), diagnostics: [] };
	} catch (error) {
		// The parser's first line, without the colon that leads into its quote of the source.
		const reason = (error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)).replace(/:\s*$/, "");
		return problem(path, `the frontmatter is not valid YAML (${reason}); fix it in the note's source view. Nothing in this note is used until then.`);
	}
}

function problem(path: string, message: string): NoteFrontmatter {
	return { frontmatter: undefined, diagnostics: [{ path, field: "frontmatter", severity: "error", message }] };
}
