import { Notice, type App, type PaneType } from "obsidian";

/**
 * Opens the note at `path` as a file, never as link text: Obsidian reads a `#` or `^`
 * in link text as a heading or block, so a folder named "Group #2" would open (and
 * create) a stray note instead. `pane` false reuses the leaf the app would navigate.
 */
export function openNoteAt(app: App, path: string, pane: PaneType | boolean): void {
	const file = app.vault.getFileByPath(path);
	if (!file) {
		new Notice("That note is no longer in the vault.");
		return;
	}
	void app.workspace.getLeaf(pane).openFile(file, { active: true });
}
