// What the Chromium benchmarks share: a page script bundled for the browser with the
// fake obsidian module, and a headless page whose timer is fine enough to time in.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import esbuild from "esbuild";
import type { Page } from "playwright-core";
import { launchChromium } from "../test/support/chromium.mjs";

// Served by Playwright itself, never the network. localhost is a secure context and the
// two headers isolate the page, which gives performance.now() 5 µs steps instead of 100 µs.
const PAGE_URL = "http://localhost/bench.html";
const ISOLATION = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" };

/** `entry` bundled as one browser script; paths are from the repository root, where `npm run bench` runs. */
export async function browserScript(entry: string): Promise<string> {
	const result = await esbuild.build({
		entryPoints: [entry],
		bundle: true,
		platform: "browser",
		format: "iife",
		target: "es2021",
		write: false,
		// The views reach the note templates through the forms their buttons open.
		loader: { ".md": "text" },
		alias: { obsidian: "./test/fake-obsidian/index.ts" },
		logLevel: "warning",
	});
	const [output] = result.outputFiles;
	if (!output) throw new Error(`esbuild gave no output for ${entry}`);
	return output.text;
}

/** Runs `use` on a fresh, empty, cross-origin-isolated page; also gives the browser's name. */
export async function withBenchPage<T>(use: (page: Page) => Promise<T>): Promise<{ result: T; browser: string }> {
	const profile = mkdtempSync(join(tmpdir(), "ipt-bench-chromium-"));
	try {
		const context = await launchChromium(profile);
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			await page.route(PAGE_URL, (route) => route.fulfill({ contentType: "text/html", headers: ISOLATION, body: '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>' }));
			await page.goto(PAGE_URL);
			if (!(await page.evaluate(() => window.crossOriginIsolated))) throw new Error("the bench page is not cross-origin isolated: its timer would be too coarse");
			const result = await use(page);
			const { product } = await (await context.newCDPSession(page)).send("Browser.getVersion");
			return { result, browser: product };
		} finally {
			await context.close();
		}
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
}
