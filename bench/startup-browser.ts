// The page side of the start-up benchmark: each run evaluates a plugin's script afresh
// and loads its plugin into a new fake app, as Obsidian does when it starts.
import type { PluginManifest } from "obsidian";
import * as obsidian from "../test/fake-obsidian";

type PluginModule = { exports: { default?: unknown } };

export interface StartupInput {
	/** Scripts to load, by name, each a CommonJS module like main.js; timed interleaved, run by run. */
	readonly scripts: Record<string, string>;
	readonly manifest: PluginManifest;
	/** The plugin's data.json, as a user who has saved the settings once has it. */
	readonly pluginData: Record<string, unknown>;
	readonly runs: number;
	readonly warmup: number;
}

/** Per script, one sample per timed run, in milliseconds. */
export type StartupSamples = Record<string, { readonly evaluate: number[]; readonly onload: number[] }>;

declare global {
	interface Window {
		iptStartupBench?: (input: StartupInput) => Promise<StartupSamples>;
	}
}

/**
 * Evaluates `source` as Obsidian evaluates a plugin's main.js (1.13, read from its
 * app.js): `window.eval` of the text wrapped in a function, with a `plugin:<id>` source
 * URL, then a call with its own `require`. The load number makes every text new, so
 * that no load reuses what V8 compiled for an earlier one (it caches eval by text; two
 * scripts may be the same file).
 */
let loads = 0;

function evaluate(source: string, id: string): obsidian.PluginClass<obsidian.Plugin> {
	const module: PluginModule = { exports: {} };
	const require = (name: string): unknown => {
		if (name === "obsidian") return obsidian;
		throw new Error(`the script asked for "${name}", which a plugin cannot have`);
	};
	const wrapped = `(function anonymous(require,module,exports){${source}\n})\n//# sourceURL=plugin:${id}\n// load ${++loads}\n`;
	const load = window.eval(wrapped) as (require: (name: string) => unknown, module: PluginModule, exports: PluginModule["exports"]) => void;
	load(require, module, module.exports);
	const plugin = module.exports.default;
	if (typeof plugin !== "function") throw new Error("the script did not evaluate to a plugin class");
	return plugin as obsidian.PluginClass<obsidian.Plugin>;
}

async function loadOnce(source: string, input: StartupInput): Promise<[evaluate: number, onload: number]> {
	// An empty vault: onload only registers, and the fake's own reading of notes would run inside the timing.
	const app = obsidian.createFakeApp({ pluginData: { [input.manifest.id]: input.pluginData } });
	const start = performance.now();
	const pluginClass = evaluate(source, input.manifest.id);
	const evaluated = performance.now();
	const plugin = await app.loadPlugin(pluginClass, input.manifest);
	const loaded = performance.now();
	plugin.unload();
	document.body.empty();
	return [evaluated - start, loaded - evaluated];
}

window.iptStartupBench = async (input) => {
	const samples: StartupSamples = Object.fromEntries(Object.keys(input.scripts).map((name) => [name, { evaluate: [], onload: [] }]));
	for (let run = 0; run < input.warmup + input.runs; run++) {
		for (const [name, source] of Object.entries(input.scripts)) {
			const [evaluated, loaded] = await loadOnce(source, input);
			if (run < input.warmup) continue;
			samples[name]?.evaluate.push(evaluated);
			samples[name]?.onload.push(loaded);
		}
	}
	return samples;
};
