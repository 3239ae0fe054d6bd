import { parse as parseYaml } from "yaml";
import type { Diagnostic } from "../domain/model/diagnostic";
import { opensFrontmatter, splitFrontmatter } from "../domain/model/frontmatter-span";
import { parseFlatYaml } from "./flat-yaml/parse-flat-yaml";

export interface NoteFrontmatter {
	/** The parsed frontmatter; undefined when the note has none or it could not be used. */
	readonly frontmatter: unknown;
	readonly diagnostics: readonly Diagnostic[];
}

const NONE: NoteFrontmatter = { frontmatter: undefined, diagnostics: [] };

// Only notes with a top-level `ipt` key matter, so YAML is parsed for those alone: a
// vault is mostly other notes, and their frontmatter is none of our business.
const IPT_KEY = /^["']?ipt["']?[ \t]*:/m;

/** Reads frontmatter the way Obsidian does (see splitFrontmatter), for IPT notes only. */
export function readFrontmatter(path: string, text: string): NoteFrontmatter {
	const parts = splitFrontmatter(text);
	if (parts === null) {
		if (!opensFrontmatter(text) || !IPT_KEY.test(text)) return NONE;
		return problem(path, "the frontmatter has no closing --- line, so Obsidian does not read it; add --- after the last property.");
	}
	if (!IPT_KEY.test(parts.yaml)) return NONE;
	try {
		// The fast path covers what the Properties editor writes; `yaml` does the rest.
		return { frontmatter: parseFlatYaml(parts.yaml) ?? (parseYaml(parts.yaml) as unknown), diagnostics: [] };
	} catch (error) {
		const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
		return problem(path, `the frontmatter is not valid YAML (${reason}); fix it in the note's source view. Nothing in this note is used until then.`);
	}
}

function problem(path: string, message: string): NoteFrontmatter {
	return { frontmatter: undefined, diagnostics: [{ path, field: "frontmatter", severity: "error", message }] };
}
