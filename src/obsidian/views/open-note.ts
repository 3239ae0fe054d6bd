import { Keymap, Notice, type App, type PaneType } from "obsidian";
import type { OpenNote } from "./render/note-link";

/** Opens a note from a view: in `defaultPane`, unless a modifier key asks for another. */
export function noteOpener(app: App, defaultPane: PaneType | false): OpenNote {
	return (path, event) => {
		const file = app.vault.getFileByPath(path);
		if (!file) {
			new Notice(`That note is no longer in the vault.`);
			return;
		}
		const asked = Keymap.isModEvent(event);
		void app.workspace.getLeaf(asked === false ? defaultPane : asked).openFile(file, { active: true });
	};
}
