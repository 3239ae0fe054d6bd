// "Show supervision totals" of the built main.js, in headless Chromium over the demo
// vault: the rows a trainee reads, privacy mode, no console error; screenshots of the
// modal in light and dark go to test-results/screenshots.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { viewsPageSession, SCREENSHOTS } from "./views-page-session.mjs";

const MODAL = ".modal-container .modal";

let page;
viewsPageSession("supervision", (opened) => {
	page = opened;
});

/** Each row of the modal as "label: value", each case heading as its text. */
async function shown() {
	return page.locator(`${MODAL} h3, ${MODAL} tr`).evaluateAll((els) =>
		els.map((el) => (el.tagName === "TR" ? Array.from(el.children, (cell) => cell.textContent).join(": ") : el.textContent)),
	);
}

async function openTotals() {
	await page.evaluate(() => window.iptPage.runCommand("supervision-totals"));
	await page.locator(MODAL).waitFor();
}

async function closeTotals() {
	await page.locator(`${MODAL} .modal-close-button`).click();
	await page.locator(MODAL).waitFor({ state: "detached" });
}

describe("the supervision totals in Chromium", { timeout: 120_000 }, () => {
	it("adds up the demo vault's supervision notes, overall and per case", async () => {
		await openTotals();
		const rows = await shown();
		assert.deepEqual(rows.slice(0, 6), [
			"Supervised cases: 2 (ISIPT therapist certification asks for 3)",
			"Cases with early, middle and late sessions discussed: 1",
			"Meetings: 3",
			"Hours: 3.25 (195 minutes)",
			"Recordings reviewed: 2",
			"Cases with consent recorded: 2 of 2",
		]);
		assert.ok(rows.includes("M.K. (IPT/Maya K/Maya K.md)"));
		assert.ok(rows.includes("Sessions discussed, late (final phase): 14"));
		assert.ok(rows.includes("Supervisors: Dr Ines Varga"));
		// Every row fits the modal: no value is cut off sideways.
		const overflow = await page.locator(MODAL).evaluate((el) => el.scrollWidth - el.clientWidth);
		assert.ok(overflow <= 1, `the modal scrolls sideways by ${overflow}px`);
		for (const theme of ["light", "dark"]) {
			await page.evaluate((t) => window.iptPage.setTheme(t), theme);
			await page.locator(MODAL).screenshot({ path: join(SCREENSHOTS, `supervision-totals-${theme}.png`) });
		}
		await page.evaluate(() => window.iptPage.setTheme("light"));
		await closeTotals();
	});

	it("shows initials and no supervisor's name in privacy mode", async () => {
		await page.evaluate(() => window.iptPage.runCommand("toggle-privacy-mode"));
		await openTotals();
		const rows = await shown();
		assert.ok(rows.includes("M.K."));
		assert.ok(rows.includes("Supervisors: Supervisor"));
		assert.doesNotMatch(await page.locator(MODAL).innerText(), /Ines|Varga|Maya|Theo/);
		await page.locator(MODAL).screenshot({ path: join(SCREENSHOTS, "supervision-totals-privacy-light.png") });
		await closeTotals();
		await page.evaluate(() => window.iptPage.runCommand("toggle-privacy-mode"));
	});
});
