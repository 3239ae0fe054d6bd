// What a new session note starts from: its number, its phase, the focus carried
// forward and the homework agreed last time (ipt-rules.md "Phases").
import { phaseOfSessionNumber } from "../engine/phases";
import { firstSessionNumber } from "../engine/pre-group";
import { indexSessions, isHeld } from "../engine/sessions";
import type { CaseBundle } from "../model/case-bundle";
import type { Phase, ProblemArea } from "../model/vocabulary";
import type { EngineSettings } from "../settings/engine-settings";

export interface PreviousSession {
	readonly number: number;
	/** Every note holding that number, when a number was used twice. */
	readonly paths: readonly string[];
	readonly homework: readonly string[];
}

export interface NextSession {
	readonly number: number;
	readonly phase: Phase;
	readonly focus: readonly ProblemArea[];
	readonly previous: PreviousSession | null;
}

function distinct<T>(items: Iterable<T>): T[] {
	return [...new Set(items)];
}

/**
 * The next session is one past the highest number, whatever the gaps, a session
 * missed or cancelled included: it keeps its number. The previous session is the last
 * one held, whose homework is still to review; notes sharing its number (a duplicate)
 * are all the previous session. The focus is the case's agreed focus, else the
 * previous session's.
 */
export function planNextSession(bundle: CaseBundle, settings: EngineSettings): NextSession {
	const numbered = indexSessions(bundle.sessions);
	// A group starts with its pre-group meeting, session 0.
	const number = numbered.last === null ? firstSessionNumber(bundle.record.protocol) : numbered.last + 1;
	const sessions = indexSessions(bundle.sessions.filter(isHeld));
	const phase = phaseOfSessionNumber(number, bundle.record, settings);
	const previousNotes = sessions.last === null ? [] : (sessions.byNumber.get(sessions.last) ?? []);
	const previous: PreviousSession | null =
		sessions.last === null
			? null
			: {
					number: sessions.last,
					paths: previousNotes.map((note) => note.path),
					homework: distinct(previousNotes.flatMap((note) => note.homework.map((item) => item.trim())).filter((item) => item !== "")),
				};
	const previousFocus = previousNotes.find((note) => note.focus.length > 0)?.focus ?? [];
	const focus = distinct(bundle.record.focus.length > 0 ? bundle.record.focus : previousFocus);
	return { number, phase, focus, previous };
}
