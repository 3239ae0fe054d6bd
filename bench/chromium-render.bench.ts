// The sidebar render of the large case in a real engine: headless Chromium (the one the
// e2e tests drive) runs the same loop as the jsdom benchmark, bundled for the browser,
// inside the sidebar with the plugin's styles and the views page's theme, layout included.
import { readFileSync } from "node:fs";
import { browserScript, withBenchPage } from "./chromium-page";
import type { RenderSamples } from "./render-case";
import { renderFigures, type RenderFigures } from "./render-figures";

export type ChromiumRenderFigures = RenderFigures & { readonly browser: string };

/** Paths are from the repository root, where `npm run bench` runs; styles.css comes from `npm run build`. */
export async function benchChromiumRender(runs: number): Promise<ChromiumRenderFigures> {
	const script = await browserScript("bench/render-browser.ts");
	const { result, browser } = await withBenchPage(async (page) => {
		await page.addStyleTag({ content: readFileSync("test/e2e/page/obsidian-theme.css", "utf8") });
		await page.addStyleTag({ content: readFileSync("styles.css", "utf8") });
		await page.addScriptTag({ content: script });
		return page.evaluate((n): RenderSamples => {
			if (!window.iptRenderBench) throw new Error("the render page did not load");
			return window.iptRenderBench(n);
		}, runs);
	});
	return { ...renderFigures(result), browser };
}
