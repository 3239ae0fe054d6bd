// Option lists for the forms' dropdowns, in display order. `""` is the "not given"
// choice (or the prompt of a choice that must be made).

export type Options = readonly (readonly [value: string, label: string])[];

/** `job-loss` reads `Job loss`. */
export function idLabel(id: string): string {
	const words = id.replace(/-/g, " ");
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The ids as options, after a first `""` option reading `empty` unless that is null. */
export function choices(ids: readonly string[], label: (id: string) => string = idLabel, empty: string | null = "Not known"): Options {
	const options = ids.map((id) => [id, label(id)] as const);
	return empty === null ? options : [["", empty], ...options];
}

/** The whole numbers from `from` to `to`, optionally with words beside some. */
export function scale(from: number, to: number, empty: string | null = "Not known", label: (n: number) => string = String): Options {
	const numbers = Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
	return choices(numbers, (id) => label(Number(id)), empty);
}
