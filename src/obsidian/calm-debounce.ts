import { debounce } from "obsidian";

/**
 * A debounce that also has a longest wait: a burst of changes (typing, a long sync)
 * keeps pushing a plain debounce back, and the views would stay stale until it ends.
 * With `maxWaitMs`, a request that comes that long after the burst began runs at once.
 */
export class CalmDebounce {
	private readonly debounced;
	private burstStart: number | null = null;

	constructor(
		run: () => void,
		delayMs: number,
		private readonly maxWaitMs: number,
		private readonly now: () => number = () => Date.now(),
	) {
		this.debounced = debounce(
			() => {
				this.burstStart = null;
				run();
			},
			delayMs,
			true,
		);
	}

	request(): void {
		const now = this.now();
		this.burstStart ??= now;
		this.debounced();
		if (now - this.burstStart >= this.maxWaitMs) this.debounced.run();
	}

	cancel(): void {
		this.burstStart = null;
		this.debounced.cancel();
	}
}
