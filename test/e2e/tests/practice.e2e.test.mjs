// Practice mode in headless Chromium: a practice case created from the command's picker, a
// student's formulation written beside it, and the formulation check's modal, screenshot
// in light and dark to test-results/screenshots.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { viewsPageSession, SCREENSHOTS } from "./views-page-session.mjs";

const FOLDER = "IPT/Lena M (practice case)";
const FORMULATION = `${FOLDER}/My formulation.md`;
const STUDENT = '---\nipt: formulation\nareas: [role-dispute, role-transition]\nfocus: [role-dispute]\nevidence: ["[[Carla]]", "[[Jonas]]"]\n---\n';
const KEY = '---\nipt: formulation-key\nareas: [role-dispute]\nfocus: [role-dispute]\nevidence: ["[[Carla]]", "[[2026-02-20 Row about the school report]]"]\n---\n';
const MODAL = ".modal-container .modal";

let page;
viewsPageSession("practice", async (opened) => {
	page = opened;
});

describe("practice mode in Chromium", { timeout: 120_000 }, () => {
	it("checks a student's formulation of a practice case and shows the result in a modal", async () => {
		await page.evaluate(() => window.iptPage.runCommand("create-practice-case"));
		await page.locator(".prompt-input").fill("Lena");
		await page.locator(".suggestion-item").first().click();
		await page.waitForFunction((path) => window.iptPage.activeNote() === path, `${FOLDER}/Lena M.md`);
		await page.evaluate(([path, text]) => window.iptPage.createNote(path, text), [`${FOLDER}/Key.md`, KEY]);
		await page.evaluate(([path, text]) => window.iptPage.createNote(path, text), [FORMULATION, STUDENT]);
		await page.evaluate((path) => window.iptPage.showNote(path), FORMULATION);
		await page.evaluate(() => window.iptPage.runCommand("check-formulation"));
		const modal = page.locator(MODAL);
		assert.equal(await modal.locator(".modal-title").textContent(), "Formulation check");
		const items = (await modal.locator("li").allTextContents()).map((text) => text.trim());
		assert.ok(items.some((text) => /^Role dispute: agreed\. The engine flags it \(Strong: .+; on Carla, 2026-02-20 Row about the school report\)\.$/.test(text)), items.join("\n"));
		assert.ok(items.includes("Role transition: extra: you named it, but no rule of the engine raises it from these notes."));
		assert.ok(items.includes("2026-02-20 Row about the school report: in the key only."));
		for (const theme of ["light", "dark"]) {
			await page.evaluate((t) => window.iptPage.setTheme(t), theme);
			await modal.screenshot({ path: join(SCREENSHOTS, `formulation-check-${theme}.png`) });
		}
		await page.evaluate(() => window.iptPage.setTheme("light"));
	});
});
