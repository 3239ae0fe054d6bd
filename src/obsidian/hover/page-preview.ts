import type { HoverParent } from "obsidian";
import { NOTE_HOVER_EVENT, type NoteHoverDetail } from "../views/render/note-link";
import type { Workbench } from "../workbench";

/** The name Page preview's settings list this source under. */
export const HOVER_SOURCE = "ipt-workbench";

/**
 * Previews need the Mod key by default, as for the file explorer: the views are dense
 * with links, and a preview on every pass of the pointer would hide them.
 */
export function registerHoverSource(workbench: Workbench): void {
	workbench.plugin.registerHoverLinkSource(HOVER_SOURCE, { display: "IPT Workbench", defaultMod: true });
}

/**
 * Shows Page preview for the note links drawn inside `el`. Never in privacy mode: a
 * preview shows the note itself, names and all.
 */
export function previewNoteLinks(el: HTMLElement, workbench: Workbench, hoverParent: HoverParent): void {
	el.addEventListener(NOTE_HOVER_EVENT, (hover) => {
		if (workbench.settings.privacyMode || !(hover instanceof CustomEvent)) return;
		const { path, event } = hover.detail as NoteHoverDetail;
		const targetEl = hover.target instanceof HTMLElement ? hover.target : null;
		workbench.app.workspace.trigger("hover-link", { event, source: HOVER_SOURCE, hoverParent, targetEl, linktext: path, sourcePath: path });
	});
}
