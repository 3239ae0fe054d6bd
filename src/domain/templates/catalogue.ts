// Every template the plugin offers: whole notes (one per note kind, one per session
// phase) and sections to insert into a note. The text is bundled from src/templates.
import caseText from "../../templates/case.md";
import eventText from "../../templates/event.md";
import personText from "../../templates/person.md";
import formulationText from "../../templates/sections/formulation.md";
import griefText from "../../templates/sections/grief.md";
import sensitivityText from "../../templates/sections/interpersonal-sensitivity.md";
import maintenancePlanText from "../../templates/sections/maintenance-plan.md";
import roleDisputeText from "../../templates/sections/role-dispute.md";
import roleTransitionText from "../../templates/sections/role-transition.md";
import terminationPlanText from "../../templates/sections/termination-plan.md";
import sessionFrontmatter from "../../templates/session/frontmatter.md";
import finalText from "../../templates/session/final.md";
import initialText from "../../templates/session/initial.md";
import maintenanceText from "../../templates/session/maintenance.md";
import middleText from "../../templates/session/middle.md";
import { PROBLEM_AREAS, SESSION_PHASES, type NoteKind, type Phase, type ProblemArea } from "../model/vocabulary";
import { lazy } from "../lazy";

export interface IptTemplate {
	readonly id: string;
	/** Sentence case, for a menu. */
	readonly name: string;
	/** `note`: a whole note with frontmatter; `section`: headings to insert into a note. */
	readonly kind: "note" | "section";
	readonly noteKind?: NoteKind;
	readonly phase?: Phase;
	readonly area?: ProblemArea;
	/** The file name of the copy installed in the user's templates folder. */
	readonly fileName: string;
	readonly text: string;
}

function note(id: string, name: string, noteKind: NoteKind, fileStem: string, text: string, phase?: Phase): IptTemplate {
	return { id, name, kind: "note", noteKind, ...(phase === undefined ? {} : { phase }), fileName: `${fileStem}.md`, text };
}

function section(id: string, name: string, text: string, area?: ProblemArea): IptTemplate {
	return { id, name, kind: "section", ...(area === undefined ? {} : { area }), fileName: `IPT section - ${name.toLowerCase()}.md`, text };
}

/**
 * The kinds a command writes from a template; a supervision note is the trainee's own,
 * copied from note-format.md, and formulations are written by hand.
 */
export type TemplatedKind = Exclude<NoteKind, "supervision" | "formulation" | "formulation-key">;

interface Catalogue {
	readonly notes: Readonly<Record<Exclude<TemplatedKind, "session">, IptTemplate>>;
	readonly sessions: Readonly<Record<Phase, IptTemplate>>;
	readonly areas: Readonly<Record<ProblemArea, IptTemplate>>;
	/** All templates, in menu order: notes, session notes by phase, problem areas, plans. */
	readonly all: readonly IptTemplate[];
}

// Made when a command first asks for a template, not while main.js loads (see domain/lazy.ts).
const catalogue = lazy(function (): Catalogue {
	const notes = {
		case: note("case", "Case note", "case", "IPT case", caseText),
		person: note("person", "Person note", "person", "IPT person", personText),
		event: note("event", "Life event note", "event", "IPT life event", eventText),
	};
	const bodies: Readonly<Record<Phase, string>> = { initial: initialText, middle: middleText, final: finalText, maintenance: maintenanceText };
	// Every session note shares one frontmatter; the phases differ in their prompts.
	const sessions = Object.fromEntries(
		SESSION_PHASES.map((phase) => [phase, note(`session-${phase}`, `Session note, ${phase} phase`, "session", `IPT session - ${phase} phase`, sessionFrontmatter + bodies[phase], phase)]),
	) as Readonly<Record<Phase, IptTemplate>>;
	const areas: Readonly<Record<ProblemArea, IptTemplate>> = {
		grief: section("area-grief", "Grief", griefText, "grief"),
		"role-dispute": section("area-role-dispute", "Role dispute", roleDisputeText, "role-dispute"),
		"role-transition": section("area-role-transition", "Role transition", roleTransitionText, "role-transition"),
		"interpersonal-sensitivity": section("area-interpersonal-sensitivity", "Interpersonal sensitivity", sensitivityText, "interpersonal-sensitivity"),
	};
	const plans = [
		section("formulation", "Formulation", formulationText),
		section("termination-plan", "Termination and relapse plan", terminationPlanText),
		section("maintenance-plan", "Maintenance plan", maintenancePlanText),
	];
	return { notes, sessions, areas, all: [...Object.values(notes), ...SESSION_PHASES.map((phase) => sessions[phase]), ...PROBLEM_AREAS.map((area) => areas[area]), ...plans] };
});

/** All templates, in menu order: notes, session notes by phase, problem areas, plans. */
export function allTemplates(): readonly IptTemplate[] {
	return catalogue().all;
}

/**
 * The whole-note template for a new note of `noteKind`. `phase` picks the session
 * template and is ignored for other kinds; a session without a phase gets the initial
 * phase's, where a case with nothing known yet begins.
 */
export function templateFor(noteKind: TemplatedKind, phase: Phase = "initial"): IptTemplate {
	const { notes, sessions } = catalogue();
	return noteKind === "session" ? sessions[phase] : notes[noteKind];
}

export function sectionTemplateFor(area: ProblemArea): IptTemplate {
	return catalogue().areas[area];
}
