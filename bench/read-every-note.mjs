// A whole process that reads every note of a vault folder and does no more: with `raw`
// it reads each file, with `gray-matter` it also parses each file's frontmatter. The
// baselines `node dist/cli.js report` is timed against, process start included.
// Usage: node bench/read-every-note.mjs raw|gray-matter <vault>
import { readFileSync } from "node:fs";
import process from "node:process";
import matter from "gray-matter";
import { eachNote } from "./vault-walk.mjs";

const [mode, root] = process.argv.slice(2);
if ((mode !== "raw" && mode !== "gray-matter") || !root) throw new Error("usage: node bench/read-every-note.mjs raw|gray-matter <vault>");
let sink = 0;
eachNote(root, (path) => {
	const text = readFileSync(path, "utf8");
	// With options given, gray-matter skips its cache, so every file is parsed.
	sink += mode === "raw" ? text.length : Object.keys(matter(text, {}).data).length;
});
process.stdout.write(`${sink}\n`);
