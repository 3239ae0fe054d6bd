// Building the index of the same synthetic vault with this checkout's code and with
// another checkout's (an earlier commit), in separate Node processes taken in turn, so
// that drift in a shared machine's load hits both alike. Prints each one's median and
// the ratio. Issue 12's budget is judged this way against 20c1db9:
//   git worktree add --detach /tmp/wt-base 20c1db9
//   node bench/compare-index-build.mjs --base /tmp/wt-base [--rounds 9] [--notes 50000]
// The vault comes from this checkout's generator for both, so only the index differs.
// On a machine shared with other jobs, wall-clock times wander; `--instructions` counts
// the instructions each build executes under valgrind instead, which no other job
// changes (node --single-threaded --predictable-gc-schedule, so that compiling and
// collecting garbage count too, on a fixed schedule): processes of 0, 1 and `--builds`
// builds, so that the first build and the later ones are told apart.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import process from "node:process";
import esbuild from "esbuild";
import { NODE_BUNDLE } from "./node-bundle.mjs";

function option(name, fallback) {
	const at = process.argv.indexOf(`--${name}`);
	return at === -1 ? fallback : process.argv[at + 1];
}

const base = option("base", null);
if (base === null) throw new Error("give --base <folder of the checkout to compare with>");
const rounds = Number(option("rounds", "9"));
const notes = Number(option("notes", "50000"));
// Builds per process: the first is the cold one a start-up pays; the rest are warm.
const builds = Number(option("builds", "5"));

const here = resolve(".");
const dir = join("node_modules", ".cache", "ipt-compare-index");
mkdirSync(dir, { recursive: true });

// One process: generate the vault (untimed), then build its index `builds` times.
function entry(tree) {
	return `
import { performance } from "node:perf_hooks";
import { VaultIndex } from ${JSON.stringify(join(tree, "src/index/vault-index"))};
import { generateVault, TYPICAL_SHAPE } from ${JSON.stringify(join(here, "bench/generate-vault"))};
const vault = generateVault({ ...TYPICAL_SHAPE, notes: ${notes} });
const samples = [];
let cases = 0;
const builds = process.argv[2] === undefined ? ${builds} : Number(process.argv[2]);
for (let i = 0; i < builds; i++) {
	const start = performance.now();
	const index = new VaultIndex();
	for (const note of vault) index.upsert(note.path, note.frontmatter);
	samples.push(performance.now() - start);
	cases += index.casePaths().length;
}
process.stdout.write(JSON.stringify({ samples, cases }));
`;
}

async function bundle(name, tree) {
	const outfile = join(dir, `${name}.cjs`);
	await esbuild.build({
		...NODE_BUNDLE,
		stdin: { contents: entry(tree), resolveDir: here, loader: "ts" },
		outfile,
	});
	return outfile;
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Instructions a process executes under valgrind, with `count` builds (the first argument the bundle reads). */
function instructions(file, count) {
	const run = spawnSync("valgrind", ["--tool=callgrind", "--callgrind-out-file=/dev/null", process.execPath, "--single-threaded", "--predictable-gc-schedule", file, String(count)], { encoding: "utf8" });
	const found = /Collected\s*:\s*(\d+)/.exec(run.stderr ?? "");
	if (run.status !== 0 || !found) throw new Error(`valgrind on ${file} failed (is it installed?): ${run.error ?? run.stderr}`);
	return Number(found[1]);
}

function countInstructions(contenders) {
	const per = {};
	for (const [name, file] of Object.entries(contenders)) {
		const [none, one, all] = [0, 1, builds].map((count) => instructions(file, count));
		per[name] = { first: one - none, later: (all - one) / (builds - 1) };
	}
	const line = (what, key) => `${what}: base ${(per.base[key] / 1e6).toFixed(0)} M, head ${(per.head[key] / 1e6).toFixed(0)} M instructions: ${(per.head[key] / per.base[key]).toFixed(3)}x`;
	process.stdout.write(`Index build, ${notes} notes, instructions counted under valgrind\n${line("first build in a process", "first")}\n${line("each later build", "later")}\n`);
}

function timeInTurn(contenders) {
	const first = { base: [], head: [] };
	const warm = { base: [], head: [] };
	let cases = null;
	for (let round = 0; round < rounds; round++) {
		// Alternate which goes first, so neither always follows the other's garbage.
		const order = round % 2 === 0 ? ["base", "head"] : ["head", "base"];
		for (const name of order) {
			const run = spawnSync(process.execPath, [contenders[name]], { encoding: "utf8", maxBuffer: 1 << 20 });
			if (run.status !== 0) throw new Error(`${name} ended with ${run.status ?? run.signal}: ${run.stderr}`);
			const result = JSON.parse(run.stdout);
			if (cases !== null && result.cases !== cases) throw new Error(`the two builds found different case counts: ${cases} and ${result.cases}`);
			cases = result.cases;
			first[name].push(result.samples[0]);
			warm[name].push(median(result.samples.slice(1)));
		}
	}
	const line = (what, m) =>
		`${what}: base ${median(m.base).toFixed(1)} ms (${Math.min(...m.base).toFixed(1)}-${Math.max(...m.base).toFixed(1)}), head ${median(m.head).toFixed(1)} ms (${Math.min(...m.head).toFixed(1)}-${Math.max(...m.head).toFixed(1)}): ${(median(m.head) / median(m.base)).toFixed(2)}x`;
	process.stdout.write(`Index build, ${notes} notes, ${rounds} processes each taken in turn, ${builds} builds per process\n`);
	process.stdout.write(`${line("first build in a process", first)}\n${line("median of the later builds", warm)}\n`);
}

try {
	const contenders = { base: await bundle("base", resolve(base)), head: await bundle("head", here) };
	if (process.argv.includes("--instructions")) countInstructions(contenders);
	else timeInTurn(contenders);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
