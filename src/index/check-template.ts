// A template checked as the note it will become: its placeholders filled with sample
// values, then read by every rule of the note format. A trainer's typo (`cirle: 2`,
// `protocol: standrad`) is found once here instead of in every note made from it.
import type { Diagnostic } from "../domain/model/diagnostic";
import { parseNote } from "../domain/parse-note";
import { renderTemplate, type PlaceholderValues } from "../domain/templates/render";
import { readFrontmatterText, type YamlParser } from "./frontmatter-text";

/** Values every field accepts, so that only the template's own text can give a problem. */
export const SAMPLE_VALUES: Readonly<PlaceholderValues> = {
	client: "Sample client",
	date: "2026-01-15",
	session: "1",
	phase: "initial",
	case: "[[Sample case]]",
	focus: "grief",
};

export interface TemplateCheck {
	/** Whether the template makes an IPT note (its properties name an IPT kind or a safety item). */
	readonly isIptTemplate: boolean;
	readonly diagnostics: readonly Diagnostic[];
}

/** Each problem names the template's path and the field. */
export function checkTemplate(path: string, text: string, parseYaml: YamlParser): TemplateCheck {
	const read = readFrontmatterText(path, renderTemplate(text, SAMPLE_VALUES), parseYaml);
	if (read.frontmatter === undefined) return { isIptTemplate: read.diagnostics.length > 0, diagnostics: read.diagnostics };
	const parsed = parseNote(path, read.frontmatter);
	return { isIptTemplate: parsed.kind !== null || parsed.diagnostics.length > 0, diagnostics: [...read.diagnostics, ...parsed.diagnostics] };
}
