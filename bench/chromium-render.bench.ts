// The sidebar render of the large case in a real engine: headless Chromium (the one the
// e2e tests drive) runs the same loop as the jsdom benchmark, bundled for the browser.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import esbuild from "esbuild";
import { launchChromium } from "../test/support/chromium.mjs";
import type { RenderSamples } from "./render-case";
import { renderFigures, type RenderFigures } from "./render-figures";

// Served by Playwright itself, never the network. localhost is a secure context and the
// two headers isolate the page, which gives performance.now() 5 µs steps instead of 100 µs.
const PAGE_URL = "http://localhost/render-bench.html";
const ISOLATION = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" };

export type ChromiumRenderFigures = RenderFigures & { readonly browser: string };

/** Paths are from the repository root, where `npm run bench` runs. */
async function pageScript(): Promise<string> {
	const result = await esbuild.build({
		entryPoints: ["bench/render-browser.ts"],
		bundle: true,
		platform: "browser",
		format: "iife",
		target: "es2021",
		write: false,
		alias: { obsidian: "./test/fake-obsidian/index.ts" },
		logLevel: "warning",
	});
	const [output] = result.outputFiles;
	if (!output) throw new Error("esbuild gave no output for the render page");
	return output.text;
}

export async function benchChromiumRender(runs: number): Promise<ChromiumRenderFigures> {
	const script = await pageScript();
	const profile = mkdtempSync(join(tmpdir(), "ipt-bench-chromium-"));
	try {
		const context = await launchChromium(profile);
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			await page.route(PAGE_URL, (route) => route.fulfill({ contentType: "text/html", headers: ISOLATION, body: "<!doctype html><html><body></body></html>" }));
			await page.goto(PAGE_URL);
			if (!(await page.evaluate(() => window.crossOriginIsolated))) throw new Error("the render page is not cross-origin isolated: its timer would be too coarse");
			await page.addScriptTag({ content: script });
			const samples = await page.evaluate((n): RenderSamples => {
				if (!window.iptRenderBench) throw new Error("the render page did not load");
				return window.iptRenderBench(n);
			}, runs);
			const { product } = await (await context.newCDPSession(page)).send("Browser.getVersion");
			return { ...renderFigures(samples), browser: product };
		} finally {
			await context.close();
		}
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
}
