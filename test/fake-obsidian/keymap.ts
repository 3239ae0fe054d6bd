import type { Modifier, PaneType, UserEvent } from "obsidian";
import { Platform } from "./platform";

/** Obsidian's Keymap statics: which modifiers an event holds, and the pane a link click asks for. */
export class Keymap {
	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
		switch (modifier) {
			case "Mod":
				return Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
			case "Ctrl":
				return evt.ctrlKey;
			case "Meta":
				return evt.metaKey;
			case "Shift":
				return evt.shiftKey;
			case "Alt":
				return evt.altKey;
		}
	}

	/** 'tab' for Mod or a middle click, 'split' for Mod+Alt, 'window' for Mod+Alt+Shift, else false. */
	static isModEvent(evt?: UserEvent | null): PaneType | boolean {
		if (!evt) return false;
		const keyed = evt.instanceOf(MouseEvent) || evt.instanceOf(KeyboardEvent);
		const mod = keyed && Keymap.isModifier(evt, "Mod");
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod || (evt.instanceOf(MouseEvent) && evt.button === 1)) return "tab";
		return false;
	}
}
