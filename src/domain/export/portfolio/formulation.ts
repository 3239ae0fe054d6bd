// The case's formulation as the clinician wrote it: the section of the case note (or
// of a session note, where it was agreed) under a heading that names it, and the
// focus agreed. De-identified like every other text.
import { indexSessions } from "../../engine/sessions";
import { nestHeadings, section } from "../markdown";
import { focusSection } from "../summary/problem-areas";
import type { SummaryContext } from "../summary/context";

const HEADING = /^(#{1,6})\s+(.*)$/;

/**
 * The lines under the first heading that mentions a formulation, up to the next heading
 * of its level or above, their own headings moved to sit below a second-level one.
 */
export function formulationIn(body: string): string | null {
	const lines = body.split(/\r?\n/);
	const start = lines.findIndex((line) => HEADING.test(line) && /formulation/i.test(line));
	if (start < 0) return null;
	const level = HEADING.exec(lines[start] ?? "")?.[1]?.length ?? 1;
	const rest = lines.slice(start + 1);
	const end = rest.findIndex((line) => (HEADING.exec(line)?.[1]?.length ?? 7) <= level);
	const text = (end < 0 ? rest : rest.slice(0, end)).join("\n").trim();
	return text === "" ? null : nestHeadings(text, 2 - level);
}

export function formulationSection(context: SummaryContext): string[] {
	const { bundle, bodies, names } = context;
	const sessions = indexSessions(bundle.sessions).numbered.map((entry) => entry.record.path);
	const found = [bundle.path, ...sessions]
		.map((path) => ({ path, text: formulationIn(bodies?.get(path) ?? "") }))
		.find((candidate) => candidate.text !== null);
	const written =
		found?.text == null
			? ["No formulation written yet: add a Formulation section to the case note (Insert a section, Formulation)."]
			: [`From ${found.path === bundle.path ? "the case note" : names.note(found.path)}:`, "", names.redact(found.text)];
	const focus = focusSection(context).slice(2);
	return section("Formulation", [...written, "", ...focus]);
}
