// Regular expressions over Unicode properties (\p{L}, \p{sc=Han}...), compiled on first
// use. V8 checks every regular expression literal while it parses a script, and for a
// property class it builds the class's character set from the Unicode tables there and
// then: eighteen such literals took 2.2 ms of a 14.5 ms start-up of main.js in Chromium,
// before any name or date was read. Written as text, a pattern costs nothing at load.
// A lint rule (eslint.config.mjs) keeps such literals out of src/.
//
// For the same reason, characters beyond ASCII in a regular expression are written as
// \u escapes (esbuild escapes them in strings, not in regular expressions): one such
// character makes the browser hold the whole of main.js as two-byte text, which V8
// scans more slowly (1.2 ms more). A test checks that main.js is ASCII.
import { lazy } from "../lazy";

/** The pattern `source` with the `u` flag and `flags`, made on the first call and the same object on every later one. */
export function unicodePattern(source: string, flags = ""): () => RegExp {
	return lazy(() => new RegExp(source, `u${flags}`));
}

/** Any letter, in any script. */
export const LETTER = unicodePattern(String.raw`\p{L}`);
