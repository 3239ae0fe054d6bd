import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import matter from "gray-matter";
import { stringify } from "yaml";
import { readVault } from "../src/cli/read-vault";
import { DEFAULT_ENGINE_SETTINGS } from "../src/domain/settings/engine-settings";
import { indexScan } from "../src/cli/report/scan-report";
import { generateVault, TYPICAL_SHAPE } from "./generate-vault";
import { timeSideBySide, type Timing } from "./measure";
import { eachNote } from "./vault-walk.mjs";

export interface ScanFigures {
	readonly notes: number;
	readonly scan: Timing;
	readonly rawRead: Timing;
	readonly grayMatter: Timing;
}

/** A synthetic vault of `size` notes as files in a new temporary folder; the caller removes it. */
export function writeVault(size: number): string {
	const root = mkdtempSync(join(tmpdir(), "ipt-bench-"));
	for (const note of generateVault({ ...TYPICAL_SHAPE, notes: size })) {
		const target = join(root, note.path);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, `---\n${stringify(note.frontmatter)}---\n${note.body}`);
	}
	return root;
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
