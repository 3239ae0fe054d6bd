// The command line as a user runs it: whole processes, Node's start included, timed side
// by side against processes that only read every note, or read every note and parse its
// frontmatter with gray-matter (bench/read-every-note.mjs). Needs `npm run build`.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { writeVault } from "./cli-scan.bench";
import { timeSideBySide, type Timing } from "./measure";

export interface ProcessFigures {
	readonly notes: number;
	/** `node dist/cli.js report <vault>`, its report written to /dev/null. */
	readonly report: Timing;
	readonly rawRead: Timing;
	readonly grayMatter: Timing;
}

function runNode(args: readonly string[]): void {
	const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
	if (result.status !== 0) throw new Error(`node ${args.join(" ")} ended with ${result.status ?? result.signal ?? "no status"}`);
}

export function benchCliProcess(size: number, runs: number): ProcessFigures {
	const root = writeVault(size);
	try {
		const figures = timeSideBySide(runs, {
			report: () => runNode(["dist/cli.js", "report", root]),
			rawRead: () => runNode(["bench/read-every-note.mjs", "raw", root]),
			grayMatter: () => runNode(["bench/read-every-note.mjs", "gray-matter", root]),
		});
		return { notes: size, report: figures.report as Timing, rawRead: figures.rawRead as Timing, grayMatter: figures.grayMatter as Timing };
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
