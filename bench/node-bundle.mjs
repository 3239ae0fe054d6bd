// How the benchmarks bundle TypeScript for Node: the notes' templates are imported as
// text, as in the plugin's build.
export const NODE_BUNDLE = {
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	loader: { ".md": "text" },
	logLevel: "warning",
};
