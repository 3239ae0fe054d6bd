import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import matter from "gray-matter";
import { stringify } from "yaml";
import { readVault } from "../src/cli/read-vault";
import { DEFAULT_ENGINE_SETTINGS } from "../src/domain/settings/engine-settings";
import { indexScan } from "../src/cli/report/scan-report";
import { generateVault, TYPICAL_SHAPE } from "./generate-vault";
import { timeSideBySide, type Timing } from "./measure";

export interface ScanFigures {
	readonly notes: number;
	readonly scan: Timing;
	readonly rawRead: Timing;
	readonly grayMatter: Timing;
}

function writeVault(size: number): string {
	const root = mkdtempSync(join(tmpdir(), "ipt-bench-"));
	for (const note of generateVault({ ...TYPICAL_SHAPE, notes: size })) {
		const target = join(root, note.path);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, `---\n${stringify(note.frontmatter)}---\n${note.body}`);
	}
	return root;
}

/** The same walk for both baselines: every .md below the root, skipping dot-folders. */
function eachNote(root: string, visit: (path: string) => void, folder = root): void {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const path = join(folder, entry.name);
		if (entry.isDirectory()) eachNote(root, visit, path);
		else if (entry.name.endsWith(".md")) visit(path);
	}
}

export function benchCliScan(size: number, runs: number): ScanFigures {
	const root = writeVault(size);
	let sink = 0;
	try {
		const figures = timeSideBySide(runs, {
			scan: () => {
				sink += indexScan(readVault(root), DEFAULT_ENGINE_SETTINGS).casePaths().length;
			},
			rawRead: () => eachNote(root, (path) => (sink += readFileSync(path, "utf8").length)),
			grayMatter: () => {
				// With options given, gray-matter skips its cache, so every run parses.
				eachNote(root, (path) => (sink += Object.keys(matter(readFileSync(path, "utf8"), {}).data).length));
			},
		});
		if (sink < 0) throw new Error("unreachable");
		return { notes: size, scan: figures.scan as Timing, rawRead: figures.rawRead as Timing, grayMatter: figures.grayMatter as Timing };
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
