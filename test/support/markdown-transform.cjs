// Mirrors esbuild's `.md: text` loader so templates import as strings under jest.
module.exports = {
	process(source) {
		return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(source)} };` };
	},
};
