// The page side of the Chromium render benchmark: the shared loop, callable from Playwright.
import { runRenderLoop } from "./render-case";

declare global {
	interface Window {
		iptRenderBench?: typeof runRenderLoop;
	}
}

window.iptRenderBench = runRenderLoop;
