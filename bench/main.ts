// `npm run bench`: every figure of the performance goals, measured side by side in
// one run. `npm run bench -- --json` prints the same as JSON. Not a test: nothing here
// passes or fails; the table shows each target beside its figure.
import { cpus, totalmem } from "node:os";
import { benchCliProcess } from "./cli-process.bench";
import { benchCliScan } from "./cli-scan.bench";
import { execFileSync } from "node:child_process";
import { measureBundle, measureHeap, type HeapFigures } from "./footprint.bench";
import { benchIncrementalUpdate, benchIndexBuild } from "./index-build.bench";
import type { Timing } from "./measure";
import type { RenderFigures } from "./render-figures";

const json = process.argv.includes("--json");
const quick = process.argv.includes("--quick");
const runs = quick ? 3 : 9;

function ms(t: Timing): string {
	return `${t.median.toFixed(2)} ms (${t.min.toFixed(2)}-${t.max.toFixed(2)}, ${t.runs} runs)`;
}

function renderFigure(f: RenderFigures): string {
	return `median ${f.render.median.toFixed(2)} ms (${f.render.min.toFixed(2)}-${f.render.max.toFixed(2)}, ${f.render.runs} runs), floor ${f.floor.median.toFixed(2)} ms, ${f.ratio.toFixed(2)}x the floor; analysis + model ${f.model.median.toFixed(2)} ms; ${f.elements} elements, ${f.people} people, ${f.sessions} sessions`;
}

function log(line: string): void {
	if (!json) process.stdout.write(`${line}\n`);
}

const machine = { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };

async function main(): Promise<void> {
	log(`IPT Workbench benchmarks on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`);
	const build10k = benchIndexBuild(10_000, runs);
	const build50k = benchIndexBuild(50_000, runs);
	const update = benchIncrementalUpdate(50_000, quick ? 500 : 5_000);
	const scan = benchCliScan(10_000, quick ? 3 : 7);
	const cliProcess = benchCliProcess(quick ? 10_000 : 50_000, quick ? 3 : 5);
	// Loaded only here: it brings jsdom, which the heap process must not carry.
	const { benchOnload } = await import("./onload.bench");
	const onload = await benchOnload(quick ? 5 : 21);
	const { benchSidebarRender } = await import("./render.bench");
	const render = benchSidebarRender(quick ? 10 : 50);
	const { benchPrivacyRedraw } = await import("./privacy.bench");
	const privacy = benchPrivacyRedraw(quick ? 5 : 21);
	const { benchChromiumRender } = await import("./chromium-render.bench");
	const renderChromium = await benchChromiumRender(quick ? 10 : 50);
	const { benchChromiumStartup } = await import("./chromium-startup.bench");
	const startup = await benchChromiumStartup(quick ? 10 : 40);
	const started = startup.scripts["main.js"];
	const startFloor = startup.scripts["main.js floor"];
	if (!started || !startFloor) throw new Error("the start-up benchmark gave no figures for main.js");
	const bundle = measureBundle();
	// In a fresh process: the other benchmarks (and jsdom) would count in this one's heap.
	const heap = JSON.parse(execFileSync(process.execPath, ["--expose-gc", process.argv[1] ?? "", "--heap-only"], { encoding: "utf8" })) as HeapFigures;

	const rows: [string, string, string][] = [
		["Index build, 10k notes", `${ms(build10k.build)}; ${((build10k.build.median * 1000) / 10_000).toFixed(2)} µs/note; ${(build10k.build.median / build10k.floor.median).toFixed(1)}x the floor (${build10k.floor.median.toFixed(2)} ms)`, ""],
		["Index build, 50k notes", `${ms(build50k.build)}; ${((build50k.build.median * 1000) / 50_000).toFixed(2)} µs/note; ${(build50k.build.median / build50k.floor.median).toFixed(1)}x the floor (${build50k.floor.median.toFixed(2)} ms)`, "< 250 ms"],
		["Analyse every case, 50k notes", `${ms(build50k.analyseAll)} for ${build50k.cases} cases`, ""],
		["Update one note, 50k vault", `median ${(update.update.median * 1000).toFixed(1)} µs, p99 ${(update.update.p99 * 1000).toFixed(1)} µs`, "p99 < 1 ms"],
		["Update + re-analyse its case", `median ${(update.updateAndAnalyse.median * 1000).toFixed(1)} µs, p99 ${(update.updateAndAnalyse.p99 * 1000).toFixed(1)} µs`, ""],
		["CLI scan, 10k-note folder", `${ms(scan.scan)}; ${(scan.scan.median / scan.rawRead.median).toFixed(2)}x raw read (${scan.rawRead.median.toFixed(1)} ms), ${(scan.scan.median / scan.grayMatter.median).toFixed(2)}x gray-matter (${scan.grayMatter.median.toFixed(1)} ms)`, "faster than gray-matter"],
		["Sidebar render, large case (jsdom)", renderFigure(render), "< 16 ms"],
		["CLI report, whole process", `${ms(cliProcess.report)} for ${cliProcess.notes / 1000}k notes; ${(cliProcess.report.median / cliProcess.rawRead.median).toFixed(2)}x a process reading every file (${cliProcess.rawRead.median.toFixed(0)} ms), ${(cliProcess.report.median / cliProcess.grayMatter.median).toFixed(2)}x one running gray-matter (${cliProcess.grayMatter.median.toFixed(0)} ms)`, ""],
		["Sidebar render, large case (Chromium, styled, layout)", `${renderFigure(renderChromium)}; layout ${renderChromium.layout.median.toFixed(2)} ms; ${renderChromium.browser}`, "< 16 ms"],
		["Start-up in Chromium: main.js + onload", `${ms(started.total)}: evaluating ${started.evaluate.median.toFixed(2)} ms, onload ${started.onload.median.toFixed(2)} ms; floor (a script as long that loads an empty plugin) ${startFloor.total.median.toFixed(2)} ms; ${startup.browser}`, "< 10 ms"],
		[
			`Caseload redraw, ${privacy.cases} cases, privacy mode (jsdom)`,
			`${ms(privacy.privacy)}: ${(privacy.privacy.median / privacy.plain.median).toFixed(2)}x the plain redraw (${privacy.plain.median.toFixed(2)} ms); names built afresh per case ${privacy.uncached.median.toFixed(2)} ms, ${(privacy.uncached.median / privacy.plain.median).toFixed(1)}x`,
			"< 1.5x plain",
		],
		[`Turn privacy mode on, ${privacy.cases} cases`, `${ms(privacy.turnOn)}, ${(privacy.turnOn.median / privacy.plain.median).toFixed(2)}x a plain caseload redraw: the caseload's labels and the sidebar case's names with every other case's, before the redraw itself`, "< 100 ms"],
		["Plugin onload (fake app)", `median ${onload.onload.median.toFixed(2)} ms (${onload.onload.min.toFixed(2)}-${onload.onload.max.toFixed(2)}, ${onload.onload.runs} runs)`, "< 5 ms"],
		["main.js", `${(bundle.mainJsBytes / 1024).toFixed(1)} KB, ${(bundle.mainJsGzipBytes / 1024).toFixed(1)} KB gzipped`, ""],
		["Heap after indexing 50k notes", `${(heap.heapUsedBytes / 2 ** 20).toFixed(1)} MB in use, of which the index ${(heap.indexBytes / 2 ** 20).toFixed(1)} MB`, "< 50 MB"],
	];

	if (json) {
		process.stdout.write(`${JSON.stringify({ machine, build10k, build50k, update, scan, cliProcess, render, privacy, renderChromium, startup, onload, bundle, heap }, null, 2)}\n`);
	} else {
		const width = Math.max(...rows.map(([name]) => name.length));
		for (const [name, figure, target] of rows) log(`${name.padEnd(width)}  ${figure}${target ? `  [target ${target}]` : ""}`);
		log(`main.js by concern: ${bundle.byConcern.map(({ concern, bytes }) => `${concern} ${(bytes / 1024).toFixed(1)} KB`).join(", ")}`);
	}
}

const startupAgainst = process.argv.indexOf("--startup-against");
if (process.argv.includes("--heap-only")) process.stdout.write(JSON.stringify(measureHeap(50_000)));
else if (startupAgainst !== -1) {
	const before = process.argv[startupAgainst + 1];
	if (before === undefined) throw new Error("--startup-against needs the path of the main.js to compare with");
	void import("./compare-startup").then(async ({ compareStartup }) => log((await compareStartup(before, quick ? 10 : 60)).join("\n")));
} else void main();
