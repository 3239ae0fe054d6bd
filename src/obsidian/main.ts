import { Plugin } from "obsidian";
import { IndexSync } from "./index/index-sync";

export default class IptWorkbenchPlugin extends Plugin {
	private sync: IndexSync | null = null;

	onload(): void {
		// Start-up stays cheap: indexing waits until the workspace is ready.
		const sync = new IndexSync(this.app, this);
		this.sync = sync;
		this.app.workspace.onLayoutReady(() => sync.start());
	}

	onunload(): void {
		this.sync?.stop();
	}
}
