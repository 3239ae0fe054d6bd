// Bundles the TypeScript benchmarks for Node and runs them with the garbage collector
// exposed (the heap figure needs it). Arguments pass through: `npm run bench -- --json`.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import esbuild from "esbuild";
import { NODE_BUNDLE } from "./node-bundle.mjs";

// Inside node_modules, so the bundle's external packages (jsdom, gray-matter) resolve.
const dir = join("node_modules", ".cache", "ipt-bench");
mkdirSync(dir, { recursive: true });
const outfile = join(dir, "bench.cjs");
try {
	await esbuild.build({
		...NODE_BUNDLE,
		entryPoints: ["bench/main.ts"],
		outfile,
		alias: { obsidian: "./test/fake-obsidian/index.ts" },
		packages: "external",
		// CommonJS has no import.meta: the shared Chromium finder resolves its package from
		// import.meta.url, which becomes the bundle's own URL, inside node_modules.
		define: { "import.meta.url": "importMetaUrl" },
		banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
	});
	const result = spawnSync(process.execPath, ["--expose-gc", outfile, ...process.argv.slice(2)], { stdio: "inherit" });
	process.exitCode = result.status ?? 1;
} finally {
	rmSync(dir, { recursive: true, force: true });
}
