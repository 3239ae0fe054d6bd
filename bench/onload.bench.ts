import "./dom-globals";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import manifest from "../manifest.json";
import IptWorkbenchPlugin from "../src/obsidian/main";
import { createFakeApp } from "../test/fake-obsidian";
import { summarise, type Timing } from "./measure";

function demoVault(root = "examples/demo-vault"): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (folder: string): void => {
		for (const name of readdirSync(folder)) {
			if (name.startsWith(".")) continue;
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith(".md")) files[relative(root, path)] = readFileSync(path, "utf8");
		}
	};
	walk(root);
	return files;
}

export interface OnloadFigures {
	/** From construction to the end of onload; indexing waits for layout ready and is not in it. */
	readonly onload: Timing;
}

export async function benchOnload(runs: number): Promise<OnloadFigures> {
	const files = demoVault();
	const onload: number[] = [];
	for (let i = 0; i < runs + 2; i++) {
		const app = createFakeApp({ files });
		const start = performance.now();
		await app.loadPlugin(IptWorkbenchPlugin, manifest);
		if (i >= 2) onload.push(performance.now() - start);
		document.body.empty();
	}
	return { onload: summarise(onload) };
}
