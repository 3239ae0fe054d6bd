// Start-up in Obsidian evaluates every module of main.js before the plugin's onload.
// What only reading notes needs (a person's field set, a kind's misspelt-key detector)
// is made with `lazy`: built on its first use, when the first note is read, and kept.

/** `build`'s result, built on the first call and the same object on every later one. */
export function lazy<T>(build: () => T): () => T {
	let built: { readonly value: T } | null = null;
	return () => (built ??= { value: build() }).value;
}
