// The walk every baseline of the command-line benchmarks shares, in plain JavaScript so
// that a bare `node` process can run it without the benchmarks' bundle.
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Calls `visit` with every .md below `root`, skipping dot-folders, as the command line reads a vault. */
export function eachNote(root, visit) {
	for (const entry of readdirSync(root, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const path = join(root, entry.name);
		if (entry.isDirectory()) eachNote(path, visit);
		else if (entry.name.endsWith(".md")) visit(path);
	}
}
