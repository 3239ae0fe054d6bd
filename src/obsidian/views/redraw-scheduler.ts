import { CalmDebounce } from "../calm-debounce";

/** A view redraws at least this often while changes keep coming. */
const MAX_WAIT_MS = 1000;

/**
 * Folds bursts of changes into one redraw, and keeps a hidden view from drawing at all:
 * it stays marked stale and draws once it is shown again.
 */
export class RedrawScheduler {
	private stale = true;
	private readonly debounced: CalmDebounce;

	constructor(
		private readonly isVisible: () => boolean,
		private readonly draw: () => void,
		delayMs: number,
	) {
		this.debounced = new CalmDebounce(() => this.drawIfVisible(), delayMs, MAX_WAIT_MS);
	}

	/** Something the view shows has changed. */
	request(): void {
		this.stale = true;
		if (this.isVisible()) this.debounced.request();
	}

	/** The view may have been shown (a tab switch, a sidebar expanded): draw if it is stale. */
	shown(): void {
		if (this.stale && this.isVisible()) this.debounced.request();
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
