// Reads a whole note's text the way the plugin will: frontmatter through the `yaml`
// package (any YAML error or warning fails the test), then parseNote.
import { parseDocument } from "yaml";
import { parseNote, type ParsedNote } from "../../../src/domain/parse-note";
import { splitFrontmatter } from "../../../src/domain/model/frontmatter-span";

export function frontmatterOf(text: string): Record<string, unknown> {
	const parts = splitFrontmatter(text);
	if (parts === null) throw new Error(`no frontmatter in:\n${text}`);
	const doc = parseDocument(parts.yaml);
	const problems = [...doc.errors, ...doc.warnings];
	if (problems.length > 0) throw new Error(`YAML problems: ${problems.map((p) => p.message).join("; ")}\n${parts.yaml}`);
	return doc.toJS() as Record<string, unknown>;
}

export function parseText(path: string, text: string): ParsedNote {
	return parseNote(path, frontmatterOf(text));
}
