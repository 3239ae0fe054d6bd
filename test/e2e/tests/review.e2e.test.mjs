// The day's review in Chromium, on the built main.js over the demo vault: two sessions
// written with New session note (the date asked for, today by default), then a task
// marked done from "What is due" in one click and a confirmation; the session note
// after it is the screenshot test-results/screenshots/session-after-one-click-review-*.png.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { viewsPageSession, SCREENSHOTS } from "./views-page-session.mjs";

const CASE = "IPT/Sofia L/Sofia L.md";
const SESSION_4 = "IPT/Sofia L/Sessions/Session 04.md";
const SIDEBAR = ".mod-right-split .ipt-workbench-view";
const MODAL = ".modal-container .modal";

let page;
viewsPageSession("review", (opened) => {
	page = opened;
});

async function dueTitles() {
	return (await page.locator(`${SIDEBAR} .ipt-due-title`).allTextContents()).map((text) => text.trim());
}

async function newSession() {
	await page.evaluate(() => window.iptPage.runCommand("new-session"));
	assert.equal(await page.locator(`${MODAL} .modal-title`).textContent(), "New session note");
	// Today, in the date picker: Enter takes it.
	await page.locator(`${MODAL} input[type="date"]`).press("Enter");
	await page.waitForSelector(MODAL, { state: "detached" });
}

describe("review in one click", { timeout: 120_000 }, () => {
	it("marks a task done in the latest session from what is due, after asking", async () => {
		await page.evaluate((path) => window.iptPage.showNote(path), CASE);
		await newSession();
		await newSession();
		await page.waitForFunction((path) => window.iptPage.activeNote() === path, SESSION_4);
		await page.waitForSelector(`${SIDEBAR} .ipt-due-formulation-missing button.ipt-due-action`);
		assert.ok((await dueTitles()).includes("Share the formulation"));

		const button = page.locator(`${SIDEBAR} .ipt-due-formulation-missing button.ipt-due-action`);
		await button.focus();
		await page.keyboard.press("Enter");
		assert.equal(await page.locator(`${MODAL} .modal-title`).textContent(), "Mark the task done");
		assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Cancel");
		await page.locator(`${MODAL} button`, { hasText: "Mark done" }).click();
		await page.waitForSelector(MODAL, { state: "detached" });
		await page.waitForFunction(() => !document.querySelector(".mod-right-split .ipt-due-formulation-missing"));

		const text = await page.evaluate((path) => window.iptPage.readFile(path), SESSION_4);
		assert.match(text, /\ntasks:\n {2}- formulation\nhomework_review:\nrisk_reviewed: false\n/);
		// The note as the clinician sees it again, with the sidebar beside it.
		await page.evaluate((path) => window.iptPage.showNote(path), SESSION_4);
		const viewport = page.viewportSize();
		await page.setViewportSize({ width: viewport.width, height: 2000 });
		for (const theme of ["light", "dark"]) {
			await page.evaluate((t) => window.iptPage.setTheme(t), theme);
			await page.screenshot({ path: join(SCREENSHOTS, `session-after-one-click-review-${theme}.png`) });
		}
		await page.evaluate(() => window.iptPage.setTheme("light"));
		await page.setViewportSize(viewport);
	});
});
