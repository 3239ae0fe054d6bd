import type { HoverLinkSource, HoverParent } from "obsidian";
import type { Events } from "./events";
import { Keymap } from "./keymap";

/** What a `hover-link` event carries, as Obsidian's docs give it. */
export interface HoverLinkInfo {
	readonly event: MouseEvent;
	readonly source: string;
	readonly hoverParent: HoverParent;
	readonly targetEl: HTMLElement | null;
	readonly linktext: string;
	readonly sourcePath?: string;
}

/**
 * The Page preview core plugin: the `hover-link` sources plugins register, and the
 * previews it opens for their `hover-link` events. A source that wants the Mod key
 * gets a preview only with it held. Fake-only: `previews` records them; no popover is
 * drawn, and the user's per-source Mod choice in the plugin's settings is not modelled.
 */
export class HoverLinkSources {
	private readonly sources = new Map<string, HoverLinkSource>();
	readonly previews: { linktext: string; sourcePath: string; source: string }[] = [];

	constructor(workspace: Events) {
		workspace.on("hover-link", (info: unknown) => this.hovered(info as HoverLinkInfo));
	}

	register(id: string, info: HoverLinkSource): void {
		this.sources.set(id, info);
	}

	unregister(id: string): void {
		this.sources.delete(id);
	}

	get(id: string): HoverLinkSource | undefined {
		return this.sources.get(id);
	}

	private hovered(info: HoverLinkInfo): void {
		const source = this.sources.get(info.source);
		if (!source) return;
		if (source.defaultMod && !Keymap.isModifier(info.event, "Mod")) return;
		this.previews.push({ linktext: info.linktext, sourcePath: info.sourcePath ?? "", source: info.source });
	}
}
