import { parse as parseYaml } from "yaml";
import type { Diagnostic } from "../domain/model/diagnostic";

export interface NoteFrontmatter {
	/** The parsed frontmatter; undefined when the note has none or it could not be used. */
	readonly frontmatter: unknown;
	readonly diagnostics: readonly Diagnostic[];
}

const NONE: NoteFrontmatter = { frontmatter: undefined, diagnostics: [] };

// Only notes with a top-level `ipt` key matter, so YAML is parsed for those alone: a
// vault is mostly other notes, and their frontmatter is none of our business.
const IPT_KEY = /^["']?ipt["']?[ \t]*:/m;

/**
 * Reads frontmatter the way Obsidian does: the first line is `---` (after an optional
 * byte-order mark) and the block runs to the next `---` line; CRLF is fine.
 */
export function readFrontmatter(path: string, text: string): NoteFrontmatter {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const firstBreak = body.indexOf("\n");
	const firstLine = firstBreak < 0 ? body : body.slice(0, firstBreak);
	if (firstLine.trimEnd() !== "---") return NONE;
	const close = /^---[ \t]*\r?$/m;
	const rest = firstBreak < 0 ? "" : body.slice(firstBreak + 1);
	const end = rest.search(close);
	if (end < 0) {
		if (!IPT_KEY.test(rest)) return NONE;
		return problem(path, "the frontmatter has no closing --- line, so Obsidian does not read it; add --- after the last property.");
	}
	const block = rest.slice(0, end);
	if (!IPT_KEY.test(block)) return NONE;
	try {
		return { frontmatter: parseYaml(block) as unknown, diagnostics: [] };
	} catch (error) {
		const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
		return problem(path, `the frontmatter is not valid YAML (${reason}); fix it in the note's source view. Nothing in this note is used until then.`);
	}
}

function problem(path: string, message: string): NoteFrontmatter {
	return { frontmatter: undefined, diagnostics: [{ path, field: "frontmatter", severity: "error", message }] };
}
