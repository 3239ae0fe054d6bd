import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "styles.css", "dist/", "coverage/", "test-results/", "examples/", "release/"]),
	// The plugin's code is linted with the recommended rules and their options exactly as
	// Obsidian's community scan applies them (it knows no options of ours), so that a clean
	// `npm run lint` means a clean scan; only code outside the plugin relaxes them below.
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "jest.config.cjs", "bench/vault-walk.mjs", "test/support/*.cjs", "test/support/*.mjs"],
				},
			},
		},
	},
	{
		// The engine and the index are pure: they know neither Obsidian nor Node.
		files: ["src/domain/**/*.ts", "src/index/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "domain/ and index/ must not know Obsidian." }],
					patterns: [{ group: ["node:*", "fs", "path", "os", "crypto", "child_process"], message: "domain/ and index/ must not use Node." }],
				},
			],
		},
	},
	{
		// The command-line face, build scripts, benchmarks and tests run on Node, not in Obsidian.
		files: ["src/cli/**/*.ts", "test/**/*.{ts,mjs,cjs}", "bench/**/*.{ts,mjs}", "scripts/**/*.mjs", "*.mjs", "*.cjs"],
		languageOptions: { globals: { ...globals.node, ...globals.jest } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"import/no-nodejs-modules": "off",
			// Outside the plugin, `.obsidian` is a folder on disk and the console is the interface.
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/rule-custom-message": "off",
			"no-console": "off",
		},
	},
]);
