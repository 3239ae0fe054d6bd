import type { HoverLinkSource } from "obsidian";

/**
 * The Page preview core plugin's list of `hover-link` sources. In the app a user can
 * require the Mod key per source in its settings; the fake keeps the plugin's default.
 */
export class HoverLinkSources {
	private readonly sources = new Map<string, HoverLinkSource>();

	register(id: string, info: HoverLinkSource): void {
		this.sources.set(id, info);
	}

	unregister(id: string): void {
		this.sources.delete(id);
	}

	get(id: string): HoverLinkSource | undefined {
		return this.sources.get(id);
	}
}
