import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

// V8 builds a Unicode property class's character set when it parses the script, even in a
// function never called: such literals cost start-up (src/domain/model/unicode-pattern.ts).
const unicodePropertyLiteral = {
	selector: "Literal[regex.pattern=/\\\\[pP]\\{/]",
	message: "Make a Unicode property pattern with unicodePattern (src/domain/model/unicode-pattern.ts): as a literal, V8 builds its character set while parsing main.js, which slows start-up.",
};

// Obsidian wraps main.js in a function and evaluates it, so the bundle's top level is the
// body of a function V8 compiles at once: an arrow function there is parsed in full, where
// a function declaration or expression is only pre-parsed (about half the cost). Arrows
// inside functions, and in instance fields (which run in the constructor), are pre-parsed
// with their function.
const moduleLevelArrow = {
	selector: "ArrowFunctionExpression:not(:function ArrowFunctionExpression, PropertyDefinition[static!=true] ArrowFunctionExpression)",
	message: "Write a function declaration (or expression) here, not an arrow: an arrow at the top level of main.js is parsed in full while it loads, which slows start-up (see src/domain/lazy.ts).",
};

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
		// What goes into main.js.
		files: ["src/**/*.ts"],
		rules: {
			"no-restricted-syntax": ["error", unicodePropertyLiteral, moduleLevelArrow],
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
	{
		// The start-up benchmark's page evaluates main.js the way Obsidian does: window.eval.
		files: ["bench/startup-browser.ts"],
		rules: { "no-eval": "off" },
	},
	{
		// This test runs the built main.js as Obsidian does: its text as a function's body.
		files: ["test/plugin/shipped-bundle-privacy.test.ts"],
		rules: { "@typescript-eslint/no-implied-eval": "off" },
	},
]);
