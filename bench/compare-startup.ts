// Start-up of two builds of main.js side by side in one Chromium run, load by load
// interleaved, each beside its own floor: `npm run bench -- --startup-against <old main.js>`
// (build the old one first, from a worktree of the commit to compare with).
import { benchChromiumStartup, type StartupTimings } from "./chromium-startup.bench";

function line(name: string, t: StartupTimings, floor: StartupTimings | undefined): string {
	return `${name} (${(t.bytes / 1024).toFixed(1)} KB): ${t.total.median.toFixed(2)} ms median (${t.total.min.toFixed(2)}-${t.total.max.toFixed(2)}, ${t.total.runs} loads), evaluating ${t.evaluate.median.toFixed(2)} ms, onload ${t.onload.median.toFixed(2)} ms; floor ${floor?.total.median.toFixed(2) ?? "?"} ms`;
}

export async function compareStartup(before: string, runs: number): Promise<string[]> {
	const { scripts, browser } = await benchChromiumStartup(runs, { before, after: "main.js" });
	const [old, now] = [scripts.before, scripts.after];
	if (!old || !now) throw new Error("the start-up benchmark gave no figures");
	return [
		`Start-up in ${browser}, side by side`,
		line(`before: ${before}`, old, scripts["before floor"]),
		line("after: main.js", now, scripts["after floor"]),
		`after / before: ${(now.total.median / old.total.median).toFixed(2)}x by the median, ${(now.total.min / old.total.min).toFixed(2)}x by the fastest load`,
	];
}
