// An `ipt` value that is plainly meant as a kind (`sessions`, `Sesion`): read as that
// kind, with a warning, so that a slip of the pen does not take a session note and
// its safety answers out of its case.
import { NOTE_KINDS, type NoteKind } from "../model/vocabulary";
import { editDistance } from "../schema/key-spelling";

export function nearestKind(value: unknown): NoteKind | null {
	if (typeof value !== "string") return null;
	const text = value.trim().toLowerCase().replace(/^ipt[\s_-]*/, "");
	if (text.length < 3) return null;
	for (const kind of NOTE_KINDS) {
		if (text === `${kind}s` || editDistance(text, kind, 1) <= 1) return kind;
	}
	return null;
}
