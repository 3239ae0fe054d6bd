// Builds the views page: one self-contained HTML file holding the test fake of the
// obsidian module (bundled for the browser), the built main.js and styles.css, an
// Obsidian-like theme and the demo vault. The e2e tests load it in Chromium; `npm run
// demo` writes it for anyone to open by double click. Needs `npm run build` first.
import { build } from "esbuild";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_VAULT, readVaultFiles } from "./vault-files.cjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

function readBuilt(name) {
	const path = join(ROOT, name);
	if (!existsSync(path)) throw new Error(`${name} is missing: run \`npm run build\` first`);
	return readFileSync(path, "utf8");
}

async function bundleBoot() {
	const result = await build({
		entryPoints: [join(ROOT, "test", "e2e", "page", "boot.ts")],
		bundle: true,
		platform: "browser",
		format: "iife",
		target: "es2021",
		write: false,
		logLevel: "silent",
	});
	const [output] = result.outputFiles;
	if (!output) throw new Error("esbuild gave no output for the page");
	return output.text;
}

/** Text that can sit inside a <script> or <style> element without closing it. */
function inline(text) {
	return text.replace(/<\/(script|style)/gi, "<\\/$1");
}

function json(value) {
	return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * The page as HTML text. `theme` is the starting theme; `pluginData` is the plugin's
 * data.json (privacy mode, settings).
 */
export async function buildViewsPage({ theme = "light", pluginData = {}, vault = DEMO_VAULT } = {}) {
	const page = {
		manifest: JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")),
		files: readVaultFiles(vault),
		pluginData,
		theme,
	};
	const [boot, main, styles] = [await bundleBoot(), readBuilt("main.js"), readBuilt("styles.css")];
	const themeCss = readFileSync(join(ROOT, "test", "e2e", "page", "obsidian-theme.css"), "utf8");
	return [
		"<!doctype html>",
		'<html lang="en">',
		"<head>",
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		"<title>IPT Workbench: demo cases</title>",
		`<style>${inline(themeCss)}</style>`,
		`<style>${inline(styles)}</style>`,
		"</head>",
		`<body class="theme-${theme}">`,
		`<script>window.__IPT_PAGE__ = ${json(page)};</script>`,
		`<script>window.__IPT_MAIN__ = function (module, exports, require) {\n${inline(main)}\n};</script>`,
		`<script>${inline(boot)}</script>`,
		"</body>",
		"</html>",
		"",
	].join("\n");
}

/** Writes the page to `file` (folders made as needed) and returns its path. */
export async function writeViewsPage(file, options) {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, await buildViewsPage(options));
	return file;
}
