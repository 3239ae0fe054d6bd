// Repeated timing with the median and the spread, so one noisy run on a shared
// machine does not decide a figure.
import { performance } from "node:perf_hooks";

export interface Timing {
	readonly median: number;
	readonly min: number;
	readonly max: number;
	readonly p99: number;
	readonly runs: number;
}

function percentile(sorted: readonly number[], p: number): number {
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[index] ?? Number.NaN;
}

export function summarise(samples: readonly number[]): Timing {
	const sorted = [...samples].sort((a, b) => a - b);
	return {
		median: percentile(sorted, 50),
		min: sorted[0] ?? Number.NaN,
		max: sorted[sorted.length - 1] ?? Number.NaN,
		p99: percentile(sorted, 99),
		runs: sorted.length,
	};
}

/** Times `fn` `runs` times after `warmup` untimed runs; `setup` runs untimed before each. */
export function time<T>(runs: number, fn: (state: T) => void, setup: () => T, warmup = 2): Timing {
	for (let i = 0; i < warmup; i++) fn(setup());
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const state = setup();
		const start = performance.now();
		fn(state);
		samples.push(performance.now() - start);
	}
	return summarise(samples);
}

/** Times several contenders interleaved, run by run, so drift in machine load hits all alike. */
export function timeSideBySide(runs: number, contenders: Record<string, () => void>, warmup = 1): Record<string, Timing> {
	const names = Object.keys(contenders);
	const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
	for (let i = 0; i < warmup + runs; i++) {
		for (const name of names) {
			const start = performance.now();
			contenders[name]?.();
			if (i >= warmup) samples[name]?.push(performance.now() - start);
		}
	}
	return Object.fromEntries(names.map((n) => [n, summarise(samples[n] ?? [])]));
}
