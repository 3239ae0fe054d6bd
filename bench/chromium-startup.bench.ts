// Start-up in a real engine: the built main.js evaluated and its plugin loaded into the
// fake app in headless Chromium, each run fresh, beside a floor that loads nothing. The
// plugin finds every setting saved, so onload reads (and validates) them all.
import { readFileSync } from "node:fs";
import type { PluginManifest } from "obsidian";
import { DEFAULT_PLUGIN_SETTINGS } from "../src/domain/settings/plugin-settings";
import { browserScript, withBenchPage } from "./chromium-page";
import { summarise, type Timing } from "./measure";
import type { StartupSamples } from "./startup-browser";

/** The floor: an empty plugin padded with a comment to the size of the script it stands beside. */
const EMPTY_PLUGIN = 'module.exports.default = class extends require("obsidian").Plugin { async onload() {} };';

function floorOf(source: string): string {
	return `${EMPTY_PLUGIN}/*${" ".repeat(Math.max(0, source.length - EMPTY_PLUGIN.length - 4))}*/`;
}

export interface StartupTimings {
	readonly bytes: number;
	/** Parsing, compiling and running the script's top level. */
	readonly evaluate: Timing;
	/** Constructing the plugin and awaiting its onload. */
	readonly onload: Timing;
	/** Both, run by run. */
	readonly total: Timing;
}

export interface StartupFigures {
	readonly browser: string;
	/** Per script loaded, by the name given, and `floor` for each: `<name> floor`. */
	readonly scripts: Record<string, StartupTimings>;
}

function timings(bytes: number, samples: StartupSamples[string] | undefined): StartupTimings {
	if (!samples) throw new Error("the start-up page gave no samples for a script");
	return { bytes, evaluate: summarise(samples.evaluate), onload: summarise(samples.onload), total: summarise(samples.evaluate.map((e, i) => e + (samples.onload[i] ?? Number.NaN))) };
}

/** `mains` maps a name to a built plugin script; each is timed beside its own floor, all interleaved. */
export async function benchChromiumStartup(runs: number, mains: Record<string, string> = { "main.js": "main.js" }): Promise<StartupFigures> {
	const scripts: Record<string, string> = {};
	for (const [name, path] of Object.entries(mains)) {
		const source = readFileSync(path, "utf8");
		scripts[name] = source;
		scripts[`${name} floor`] = floorOf(source);
	}
	const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as PluginManifest;
	const page = await browserScript("bench/startup-browser.ts");
	const { result, browser } = await withBenchPage(async (p) => {
		await p.addScriptTag({ content: page });
		return p.evaluate((input) => {
			if (!window.iptStartupBench) throw new Error("the start-up page did not load");
			return window.iptStartupBench(input);
		}, { scripts, manifest, pluginData: { ...DEFAULT_PLUGIN_SETTINGS }, runs, warmup: 3 });
	});
	return { browser, scripts: Object.fromEntries(Object.entries(scripts).map(([name, source]) => [name, timings(source.length, result[name])])) };
}
