/** Unit and integration tests run through swc (no type-check: `npm run typecheck` does that). */
module.exports = {
	testEnvironment: "node",
	roots: ["<rootDir>/test"],
	testMatch: ["**/*.test.ts"],
	transform: {
		"^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2021" } }],
		"^.+\\.md$": "<rootDir>/test/support/markdown-transform.cjs",
	},
	moduleNameMapper: {
		"^obsidian$": "<rootDir>/test/fake-obsidian/index.ts",
	},
	moduleFileExtensions: ["ts", "js", "cjs", "mjs", "json", "md"],
};
