// The demo vault as text, for the views page (harness.mjs) and the jsdom view tests
// (test/plugin/views-support.ts): plain CommonJS, so both Node ESM and jest load it.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS is the one form both loaders share */
const { readdirSync, readFileSync } = require("node:fs");
const { join, relative, sep } = require("node:path");
/* eslint-enable @typescript-eslint/no-require-imports -- only the two imports above */

const DEMO_VAULT = join(__dirname, "..", "..", "..", "examples", "demo-vault");

/** Every note of a vault folder, by vault path; the config folder is left out. */
function readVaultFiles(folder) {
	const files = {};
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory() && entry.name !== ".obsidian") walk(full);
			else if (entry.isFile() && entry.name.endsWith(".md")) files[relative(folder, full).split(sep).join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(folder);
	return files;
}

module.exports = { DEMO_VAULT, readVaultFiles };
