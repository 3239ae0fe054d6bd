// The body of a new note: the template's text, with the session's homework to review.
import { splitFrontmatter } from "../model/frontmatter-span";
import type { PreviousSession } from "./next-session";

export interface TemplateParts {
	/** The YAML between the fences, or null when the template has no frontmatter. */
	readonly yaml: string | null;
	readonly body: string;
}

/** A rendered template cut into its properties and its body. */
export function templateParts(text: string): TemplateParts {
	const parts = splitFrontmatter(text);
	if (parts === null) return { yaml: null, body: text };
	return { yaml: parts.yaml, body: parts.rest.replace(/^---[ \t]*(?:\r?\n|$)/, "") };
}

/** A checklist of last session's homework, to tick off while reviewing it. */
export function homeworkSection(previous: PreviousSession): string {
	const lines =
		previous.homework.length === 0
			? [`- No homework was recorded in session ${previous.number}.`]
			: [`From session ${previous.number}:`, ...previous.homework.map((item) => `- [ ] ${item}`)];
	return ["## Homework to review", ...lines, ""].join("\n");
}

/** The section goes before the body's first second-level heading, so the title and focus stay on top. */
export function withSection(body: string, section: string): string {
	const match = /^## /m.exec(body);
	if (match === null) return body.trim() === "" ? section : `${body.trimEnd()}\n\n${section}`;
	return `${body.slice(0, match.index)}${section}\n${body.slice(match.index)}`;
}
