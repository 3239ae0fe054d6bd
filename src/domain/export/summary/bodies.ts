// The notes' own text, only when asked for: de-identified, every known name, link and
// ISO date inside it is replaced like everything else.
import type { CaseBundle } from "../../model/case-bundle";
import { indexSessions } from "../../engine/sessions";
import { nestHeadings, section } from "../markdown";
import type { SummaryContext } from "./context";

/** The case note, sessions in number order (unnumbered ones after), people, then events. */
function notePaths(bundle: CaseBundle): string[] {
	const numbered = indexSessions(bundle.sessions).numbered.map((entry) => entry.record.path);
	const unnumbered = bundle.sessions.map((session) => session.path).filter((path) => !numbered.includes(path));
	return [bundle.path, ...numbered, ...unnumbered, ...bundle.people.map((p) => p.path), ...bundle.events.map((e) => e.path)];
}

export function bodiesSection(context: SummaryContext): string[] {
	const { bundle, bodies, names } = context;
	if (bodies === null) return [];
	const lines: string[] = [];
	for (const path of notePaths(bundle)) {
		const body = bodies.get(path)?.trim() ?? "";
		if (body === "") continue;
		lines.push(`### ${names.note(path)}`, "", nestHeadings(names.redact(body), 3), "");
	}
	return section("Notes", lines.length === 0 ? ["The notes have no text beyond their properties."] : lines);
}
