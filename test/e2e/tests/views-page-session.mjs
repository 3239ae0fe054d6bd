// One headless Chromium page on the views page, shared by the browser tests: opened
// once before a file's tests, every console error collected, closed after.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, afterEach, before } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchChromium } from "../../support/chromium.mjs";
import { writeViewsPage } from "../page/harness.mjs";

export const RESULTS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "test-results");
export const SCREENSHOTS = join(RESULTS, "screenshots");

/**
 * Registers the hooks; `session.page` is the page once `before` has run. Every test ends
 * by checking that the page logged no error.
 */
export function viewsPageSession(name, ready = async () => undefined) {
	const session = { page: undefined };
	const errors = [];
	let context;
	let profile;
	before(async () => {
		mkdirSync(SCREENSHOTS, { recursive: true });
		const file = await writeViewsPage(join(RESULTS, "e2e", `${name}.html`));
		profile = mkdtempSync(join(tmpdir(), "ipt-chromium-"));
		context = await launchChromium(profile, { viewport: { width: 1280, height: 1000 } });
		const page = context.pages()[0] ?? (await context.newPage());
		page.on("console", (message) => {
			if (message.type() === "error") errors.push(`console: ${message.text()}`);
		});
		page.on("pageerror", (error) => errors.push(`page: ${error.message}`));
		await page.goto(pathToFileURL(file).href);
		await page.evaluate(() => window.iptPage.ready);
		session.page = page;
		await ready(page);
	});
	afterEach(() => {
		assert.deepEqual(errors.splice(0), [], "the page logged errors");
	});
	after(async () => {
		await context?.close();
		if (profile) rmSync(profile, { recursive: true, force: true });
	});
	return session;
}
