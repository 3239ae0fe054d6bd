import { Keymap, type App, type PaneType } from "obsidian";
import { openNoteAt } from "../notes/open-note";
import type { OpenNote } from "./render/note-link";

/** Opens a note from a view: in `defaultPane`, unless a modifier key asks for another. */
export function noteOpener(app: App, defaultPane: PaneType | false): OpenNote {
	return (path, event) => {
		const asked = Keymap.isModEvent(event);
		openNoteAt(app, path, asked === false ? defaultPane : asked);
	};
}
