// Obsidian evaluates main.js at start-up, and V8 parses every statement at the bundle's
// top level in full (esbuild flattens each module's top level into it), while the body
// of a function is only pre-parsed, which costs far less. So a table or object that the
// plugin does not need while main.js loads or in onload is built by a function on its
// first use, most often with `lazy`, and kept: a person's field set and a kind's
// misspelt-key detector on the first note read, the engine's rule texts on the first
// analysis, the practice cases on the first command that writes one. A table used at
// load stays at the top level: made lazy, it would be parsed twice. The builder passed to
// `lazy` at a module's top level is a function expression, never an arrow: Obsidian wraps
// main.js in a function, and V8 parses an arrow at that function's top level in full, table
// and all, where a function expression is only pre-parsed (a lint rule keeps it so).

/** `build`'s result, built on the first call and the same object on every later one. */
export function lazy<T>(build: () => T): () => T {
	let built: { readonly value: T } | null = null;
	return () => (built ??= { value: build() }).value;
}
