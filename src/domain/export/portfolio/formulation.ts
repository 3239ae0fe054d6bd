// The case's formulation as the trainee wrote it: the case's `ipt: formulation` note
// when there is one, else the section of the case note (or of a session note, where it
// was agreed) under a heading that names it; then the focus agreed. De-identified like
// every other text. A formulation key is never passed here: its type is not accepted.
import { problemAreaLabel } from "../../engine/problem-area-labels";
import { indexSessions } from "../../engine/sessions";
import { noteResolver } from "../../model/person-links";
import type { FormulationRecord } from "../../model/records";
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

/**
 * The formulation note the portfolio shows: the one whose path sorts last. A note has no
 * date of its own and a file's modification time differs between copies of a vault, so
 * the path decides; a trainee who keeps drafts names the latest last ("Formulation 2").
 */
export function chosenFormulation(formulations: readonly FormulationRecord[]): FormulationRecord | null {
	return formulations.reduce<FormulationRecord | null>((last, formulation) => (last === null || formulation.path > last.path ? formulation : last), null);
}

function areaList(context: SummaryContext, areas: FormulationRecord["areas"], none: string): string {
	return areas.length === 0 ? none : areas.map((area) => problemAreaLabel(area, context.settings.scheme)).join(", ");
}

/** Each evidence link by the export's name for the note it leads to; a link to no note of the case keeps its text only when identified. */
function evidenceNames(context: SummaryContext, formulation: FormulationRecord): string[] {
	const { bundle, names } = context;
	const resolve = noteResolver([bundle.record, ...bundle.people, ...bundle.events, ...bundle.sessions, ...bundle.supervision]);
	return formulation.evidence.map((link) => {
		const found = resolve(link);
		if (found !== null) return found.kind === "person" ? names.person(found.path) : names.note(found.path);
		return names.private ? "a note outside the case" : link.target;
	});
}

function formulationNoteLines(context: SummaryContext, formulation: FormulationRecord, of: number): string[] {
	const { names, bodies } = context;
	const evidence = evidenceNames(context, formulation);
	const body = (bodies?.get(formulation.path) ?? "").trim();
	return [
		`From the formulation note${names.private ? "" : ` ${names.note(formulation.path)}`}${of > 1 ? ` (the last by path of ${of})` : ""}:`,
		"",
		`- Problem areas: ${areaList(context, formulation.areas, "none named")}.`,
		`- Focus proposed: ${areaList(context, formulation.focus, "none chosen")}.`,
		`- Evidence: ${evidence.length === 0 ? "no notes chosen" : evidence.join(", ")}.`,
		...(body === "" ? [] : ["", nestHeadings(names.redact(body), 2)]),
	];
}

function sectionLines(context: SummaryContext): string[] {
	const { bundle, bodies, names } = context;
	const sessions = indexSessions(bundle.sessions).numbered.map((entry) => entry.record.path);
	const found = [bundle.path, ...sessions]
		.map((path) => ({ path, text: formulationIn(bodies?.get(path) ?? "") }))
		.find((candidate) => candidate.text !== null);
	return found?.text == null
		? ["No formulation written yet: write a formulation note (ipt: formulation) or add a Formulation section to the case note (Insert a section, Formulation)."]
		: [`From ${found.path === bundle.path ? "the case note" : names.note(found.path)}:`, "", names.redact(found.text)];
}

/** The formulation, from the case's formulation notes (`formulations`) or, without one, from the notes' text. */
export function formulationSection(context: SummaryContext, formulations: readonly FormulationRecord[]): string[] {
	const chosen = chosenFormulation(formulations);
	const written = chosen === null ? sectionLines(context) : formulationNoteLines(context, chosen, formulations.length);
	const focus = focusSection(context).slice(2);
	return section("Formulation", [...written, "", ...focus]);
}
