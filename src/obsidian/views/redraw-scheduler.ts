import { debounce, type Debouncer } from "obsidian";

/**
 * Folds bursts of changes into one redraw, and keeps a hidden view from drawing at all:
 * it stays marked stale and draws once it is shown again.
 */
export class RedrawScheduler {
	private stale = true;
	private readonly debounced: Debouncer<[], void>;

	constructor(
		private readonly isVisible: () => boolean,
		private readonly draw: () => void,
		delayMs: number,
	) {
		this.debounced = debounce(() => this.drawIfVisible(), delayMs, true);
	}

	/** Something the view shows has changed. */
	request(): void {
		this.stale = true;
		if (this.isVisible()) this.debounced();
	}

	/** The view may have been shown (a tab switch, a sidebar expanded): draw if it is stale. */
	shown(): void {
		if (this.stale && this.isVisible()) this.debounced();
	}

	/** Draws at once when visible, e.g. when the view opens. */
	drawNow(): void {
		this.debounced.cancel();
		this.stale = true;
		this.drawIfVisible();
	}

	cancel(): void {
		this.debounced.cancel();
	}

	private drawIfVisible(): void {
		if (!this.isVisible()) return;
		this.stale = false;
		this.draw();
	}
}
