// Start-up in Obsidian evaluates every module of main.js before the plugin's onload;
// building zod schemas then cost more than everything else at load. A schema made with
// `lazy` is built on its first use, when the first note is parsed, and kept.

/** `build`'s result, built on the first call and the same object on every later one. */
export function lazy<T>(build: () => T): () => T {
	let built: { readonly value: T } | null = null;
	return () => (built ??= { value: build() }).value;
}
