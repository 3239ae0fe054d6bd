import type { Debouncer } from "obsidian";

/**
 * Obsidian's debounce: calls within `timeout` of the first are folded into one
 * call with the latest arguments, made `timeout` ms after the first call, or
 * after the latest when `resetTimer` is true. `cancel` drops a pending call;
 * `run` makes it now.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: [...T] | null = null;
	const run = (): V | void => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		if (pending === null) return;
		const args = pending;
		pending = null;
		return cb(...args);
	};
	const debouncer = ((...args: [...T]) => {
		pending = args;
		if (timer !== null && resetTimer) clearTimeout(timer);
		if (timer === null || resetTimer) timer = setTimeout(run, timeout);
		return debouncer;
	}) as Debouncer<T, V>;
	debouncer.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		pending = null;
		return debouncer;
	};
	debouncer.run = run;
	return debouncer;
}
