import { parse as parseYaml } from "yaml";
import { readFrontmatterText, type NoteFrontmatter } from "../index/frontmatter-text";
import { parseFlatYaml } from "./flat-yaml/parse-flat-yaml";

// The fast path covers what the Properties editor writes; `yaml` does the rest. What it
// would only warn about (a placeholder like `{{date}}` read as a key) is the notes' own
// diagnostic; its warnings would go to stderr, where the tool's errors belong.
export function parseNoteYaml(yaml: string): unknown {
	return parseFlatYaml(yaml) ?? (parseYaml(yaml, { logLevel: "error" }) as unknown);
}

/** Reads frontmatter the way Obsidian does, for IPT notes only (see readFrontmatterText). */
export function readFrontmatter(path: string, text: string): NoteFrontmatter {
	return readFrontmatterText(path, text, parseNoteYaml);
}
