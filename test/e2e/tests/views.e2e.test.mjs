// The sidebar and the caseload of the built main.js, in headless Chromium, over the demo
// vault: every section's content on several cases, keyboard use, privacy mode, no label
// overlaps, no console error; screenshots in light and dark go to test-results/screenshots.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { viewsPageSession, SCREENSHOTS } from "./views-page-session.mjs";

const THEO = "IPT/Theo B/Theo B.md";
const MAYA = "IPT/Maya K/Sessions/Session 14.md";
const SIDEBAR = ".mod-right-split .ipt-workbench-view";

async function texts(selector) {
	return (await page.locator(selector).allTextContents()).map((text) => text.trim());
}

async function sidebarTexts(selector) {
	return texts(`${SIDEBAR} ${selector}`);
}

/** The page in light and dark, tall enough that the sidebar needs no scrolling. */
async function screenshot(name) {
	const viewport = page.viewportSize();
	await page.setViewportSize({ width: viewport.width, height: 3200 });
	for (const theme of ["light", "dark"]) {
		await page.evaluate((t) => window.iptPage.setTheme(t), theme);
		await page.screenshot({ path: join(SCREENSHOTS, `${name}-${theme}.png`) });
		await page.locator(".mod-right-split").screenshot({ path: join(SCREENSHOTS, `${name}-${theme}-sidebar.png`) });
	}
	await page.evaluate(() => window.iptPage.setTheme("light"));
	await page.setViewportSize(viewport);
}

/** Pairs of boxes among `selector` that overlap by more than a pixel each way. */
async function overlaps(selector) {
	return page.evaluate((sel) => {
		const boxes = Array.from(document.querySelectorAll(sel)).map((el) => ({ text: el.textContent, box: el.getBoundingClientRect() }));
		const found = [];
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i].box;
				const b = boxes[j].box;
				if (a.left + 1 < b.right && b.left + 1 < a.right && a.top + 1 < b.bottom && b.top + 1 < a.bottom) found.push([boxes[i].text, boxes[j].text]);
			}
		}
		return found;
	}, selector);
}

/** Texts of each drawing in `scope` that stick out sideways from the drawing itself, where a narrow sidebar cuts them off. */
async function outsideTheirDrawing(scope) {
	return page.evaluate((sel) => {
		const found = [];
		for (const svg of Array.from(document.querySelectorAll(`${sel} svg`))) {
			const bounds = svg.getBoundingClientRect();
			for (const text of Array.from(svg.querySelectorAll("text"))) {
				const box = text.getBoundingClientRect();
				if (box.left < bounds.left - 0.5 || box.right > bounds.right + 0.5) found.push(text.textContent);
			}
		}
		return found;
	}, scope);
}

let page;
viewsPageSession("views", (opened) => {
	page = opened;
});

describe("the IPT sidebar in Chromium", { timeout: 120_000 }, () => {
	it("loads the plugin from main.js with no notice and lists the demo cases", async () => {
		assert.deepEqual(await page.evaluate(() => window.iptPage.notices()), []);
		assert.deepEqual(
			(await page.evaluate(() => window.iptPage.cases())).map((c) => c.label),
			["Maya K", "Rowan P", "Sofia L", "Theo B"],
		);
	});

	it("shows every section of a middle-phase case with a reviewed safety item (Theo B)", async () => {
		await page.evaluate((path) => window.iptPage.showNote(path), THEO);
		assert.deepEqual(await sidebarTexts(".ipt-safety-history li"), ["PHQ-9 item 9 scored 1 in session 5 (2026-11-09): Session 05"]);
		assert.equal(await page.locator(`${SIDEBAR} .ipt-safety-banner`).count(), 0);
		assert.deepEqual(await sidebarTexts(".ipt-client"), ["T.B."]);
		assert.deepEqual(await sidebarTexts(".ipt-progress"), ["Session 7 of 12 – middle phase"]);
		assert.deepEqual(await sidebarTexts(".ipt-phase-span.is-current .ipt-phase-name"), ["Middle"]);
		assert.deepEqual(await sidebarTexts(".ipt-area-head"), ["GriefNot flagged", "Role disputeStrongAgreed focusWhy?", "Role transitionStrongWhy?", "Interpersonal sensitivityNot flaggedWhy?"]);
		assert.deepEqual(await sidebarTexts(".ipt-area-role-dispute .ipt-evidence .ipt-note-link"), ["Nadia", "Row with mum, stayed at dad's"]);
		assert.deepEqual(await sidebarTexts(".ipt-node-label"), ["Nadia", "Ravi", "Elsie", "Lily", "Marcus", "Cal", "Dev", "Ms Okafor"]);
		assert.equal(await page.locator(`${SIDEBAR} .ipt-tie-client.ipt-conflict-3`).count(), 1);
		assert.deepEqual(await sidebarTexts(".ipt-timeline-event .ipt-event-type"), ["Separation (transition)", "Conflict (dispute)", "Other"]);
		assert.deepEqual(await sidebarTexts(".ipt-timeline-onset"), ["Onset 2026-09-07, from the case's onset"]);
		assert.deepEqual(await sidebarTexts(".ipt-measure-summary"), ["PHQ-9Baseline 16 → latest 11 (moderate), 7 scoresNo responseWhy?No remissionWhy?No reliable changeWhy?"]);
		assert.equal(await page.locator(`${SIDEBAR} .ipt-score-point`).count(), 7);
		assert.deepEqual(await sidebarTexts(".ipt-homework-review"), ["Not reviewed yet", "Done (reviewed in session 7)", "Done (reviewed in session 6)"]);
		assert.deepEqual(await sidebarTexts(".ipt-due .ipt-empty, .ipt-due .ipt-due-title"), ["Nothing due."]);
		assert.deepEqual(await sidebarTexts(".ipt-diagnostics .ipt-empty"), ["No problems in this case's notes."]);
		await screenshot("sidebar-theo");
	});

	it("follows the active note to a final-phase grief case (Maya K)", async () => {
		await page.evaluate((path) => window.iptPage.showNote(path), MAYA);
		assert.deepEqual(await sidebarTexts(".ipt-client"), ["M.K."]);
		assert.deepEqual(await sidebarTexts(".ipt-progress"), ["Session 14 of 16 – final phase"]);
		assert.deepEqual(await sidebarTexts(".ipt-area-head"), ["GriefStrongAgreed focusWhy?", "Role disputePossibleWhy?", "Role transitionPossibleWhy?", "Interpersonal sensitivityNot flaggedWhy?"]);
		assert.ok((await sidebarTexts(".ipt-node-label")).includes("Ruth †"));
		assert.equal(await page.locator(`${SIDEBAR} .ipt-timeline-event.ipt-category-death`).count(), 1);
		assert.deepEqual(await sidebarTexts(".ipt-measure-summary"), ["PHQ-9Baseline 19 → latest 7 (mild), 13 scoresResponseWhy?No remissionWhy?ImprovedWhy?"]);
		assert.equal(await page.locator(`${SIDEBAR} .ipt-worsening li`).count(), 1);
		assert.ok((await page.locator(`${SIDEBAR} .ipt-event-line`).count()) >= 1, "a life event during treatment is marked on the chart");
		assert.deepEqual(await sidebarTexts(".ipt-homework-head .ipt-note-link"), ["Session 14", "Session 13", "Session 12"]);
		// Her PHQ-9 rose by a reliable 6 at session 7: a worsening score is due.
		assert.deepEqual(await sidebarTexts(".ipt-due .ipt-empty, .ipt-due .ipt-due-title"), ["Review the PHQ-9 rise"]);
		assert.deepEqual(await sidebarTexts(".ipt-diagnostics .ipt-empty"), ["No problems in this case's notes."]);
		// "Why?" opens the rule behind grief's strength from the keyboard, and closes it again.
		const why = page.locator(`${SIDEBAR} .ipt-area-grief .ipt-area-head .ipt-why`);
		await why.focus();
		await page.keyboard.press("Enter");
		assert.equal(await why.getAttribute("aria-expanded"), "true");
		assert.deepEqual(await sidebarTexts(".ipt-area-grief .ipt-area-head .ipt-why-text"), [
			"Strong: someone in circle 1 or 2 who has died, with signs of complicated grief, whatever the date",
		]);
		await screenshot("sidebar-maya");
		await page.keyboard.press("Enter");
		assert.equal(await why.getAttribute("aria-expanded"), "false");
		assert.equal(await page.locator(`${SIDEBAR} .ipt-why-text`).count(), 0);
	});

	it("draws no label over another and nothing outside its drawing, on every case, with names or role labels", async () => {
		for (const privacy of [false, true]) {
			for (const { path } of await page.evaluate(() => window.iptPage.cases())) {
				await page.evaluate((p) => window.iptPage.showNote(p), path);
				const what = `${path}${privacy ? " in privacy mode" : ""}`;
				assert.deepEqual(await overlaps(`${SIDEBAR} .ipt-node-label, ${SIDEBAR} .ipt-node-dot, ${SIDEBAR} .ipt-client-dot`), [], `circle labels and nodes of ${what}`);
				assert.deepEqual(await overlaps(`${SIDEBAR} .ipt-chart-svg text`), [], `chart labels of ${what}`);
				assert.deepEqual(await overlaps(`${SIDEBAR} .ipt-timeline-svg text`), [], `timeline labels of ${what}`);
				assert.deepEqual(await outsideTheirDrawing(SIDEBAR), [], `drawings of ${what}`);
			}
			await page.evaluate(() => window.iptPage.togglePrivacy());
		}
	});

	it("opens a person's note from the circle with the keyboard", async () => {
		await page.evaluate((path) => window.iptPage.showNote(path), THEO);
		const ravi = page.locator(`${SIDEBAR} .ipt-circle-node`, { has: page.locator(".ipt-node-label", { hasText: /^Ravi$/ }) });
		await ravi.focus();
		assert.equal(await ravi.evaluate((el) => el === document.activeElement), true);
		await page.keyboard.press("Enter");
		await page.waitForFunction(() => window.iptPage.activeNote() === "IPT/Theo B/People/Ravi.md");
		assert.deepEqual(await sidebarTexts(".ipt-client"), ["T.B."]);
	});

	it("hides every name in privacy mode", async () => {
		await page.evaluate((path) => window.iptPage.showNote(path), THEO);
		await page.evaluate(() => window.iptPage.togglePrivacy());
		// Tooltips too: SVG titles, and the aria-labels Obsidian shows on hover.
		const tooltips = await page.locator(SIDEBAR).evaluate((root) =>
			Array.from(root.querySelectorAll("title, [aria-label], [title]"), (el) => [el.textContent, el.getAttribute("aria-label"), el.getAttribute("title")].join("\n")),
		);
		const shown = (await page.locator(SIDEBAR).innerText()) + tooltips.join("\n");
		for (const name of ["Theo", "Nadia", "Ravi", "Elsie", "Lily", "Marcus", "Cal", "Dev", "Okafor"]) assert.doesNotMatch(shown, new RegExp(`\\b${name}\\b`), name);
		const labels = await sidebarTexts(".ipt-node-label");
		assert.equal(labels.length, 8);
		assert.deepEqual(labels.filter((label) => label.includes("…")), [], "privacy labels are shortened by rule, never cut");
		await screenshot("sidebar-theo-privacy");
		await page.evaluate(() => window.iptPage.togglePrivacy());
		assert.deepEqual(await sidebarTexts(".ipt-client"), ["T.B."]);
		assert.ok((await sidebarTexts(".ipt-node-label")).includes("Nadia"));
	});

	it("marks the session with a positive safety item on the chart, and says so in the legend", async () => {
		await page.evaluate((path) => window.iptPage.showNote(path), THEO);
		const ring = page.locator(`${SIDEBAR} .ipt-chart-svg .ipt-mark-safety`);
		assert.equal(await ring.count(), 1);
		assert.equal(await ring.getAttribute("aria-label"), "Session 5: PHQ-9 item 9 scored 1, reviewed");
		const [point, mark] = await Promise.all([
			page.locator(`${SIDEBAR} .ipt-score-point`).nth(4).boundingBox(),
			ring.boundingBox(),
		]);
		assert.ok(Math.abs(point.x + point.width / 2 - (mark.x + mark.width / 2)) < 1, "the ring is round the fifth session's point");
		assert.ok((await sidebarTexts(".ipt-chart-legend .ipt-legend-item")).includes("Safety item above 0"));
		await page.locator(`${SIDEBAR} .ipt-chart`).screenshot({ path: join(SCREENSHOTS, "sidebar-chart-safety-light.png") });
	});

	it("keeps circle labels at the theme's small font or larger in a 300 px sidebar, privacy labels shortened by rule", async () => {
		await page.evaluate((path) => window.iptPage.showNote(path), THEO);
		await page.evaluate(() => window.iptPage.togglePrivacy());
		await page.evaluate(() => document.querySelector(".mod-right-split").classList.add("is-narrow-test"));
		// The circle lays itself out again once it sees its new width.
		await page.waitForFunction((sel) => {
			const svg = document.querySelector(`${sel} .ipt-circle-svg`);
			const small = parseFloat(getComputedStyle(document.body).getPropertyValue("--font-ui-smaller"));
			return svg !== null && Array.from(svg.querySelectorAll(".ipt-node-label")).every((text) => parseFloat(getComputedStyle(text).fontSize) * svg.getScreenCTM().a >= small - 0.01);
		}, SIDEBAR);
		const labels = await sidebarTexts(".ipt-node-label");
		assert.equal(labels.length, 8);
		assert.deepEqual(labels.filter((label) => label.includes("…")), [], "privacy labels are shortened by rule, never cut");
		assert.deepEqual(await overlaps(`${SIDEBAR} .ipt-node-label, ${SIDEBAR} .ipt-node-dot, ${SIDEBAR} .ipt-client-dot`), [], "circle labels and nodes at 300 px");
		assert.deepEqual(await outsideTheirDrawing(`${SIDEBAR} .ipt-circle`), [], "circle labels inside the drawing at 300 px");
		await page.locator(`${SIDEBAR} .ipt-circle`).screenshot({ path: join(SCREENSHOTS, "sidebar-circle-300-privacy-light.png") });
		await page.evaluate(() => document.querySelector(".mod-right-split").classList.remove("is-narrow-test"));
		await page.evaluate(() => window.iptPage.togglePrivacy());
	});

	it("shows the caseload: every case, sortable, a row opening its case note", async () => {
		await page.evaluate(() => window.iptPage.showCaseload());
		const table = ".mod-root .ipt-caseload-table";
		assert.deepEqual(await texts(`${table} .ipt-caseload-row .ipt-col-client`), ["M.K.", "S.L.", "T.B."]);
		await page.locator(".mod-root .ipt-caseload-filter select").selectOption("all");
		await page.waitForFunction(() => document.querySelectorAll(".mod-root .ipt-caseload-row").length === 4);
		assert.deepEqual(await texts(`${table} th`), ["Client ▲", "Open safety items", "Next due", "Status", "Phase", "Session", "Last seen", "Primary measure", "Change", "Focus", "Flags"]);
		assert.deepEqual(await texts(`${table} .ipt-caseload-row .ipt-col-client`), ["M.K.", "R.P.", "S.L.", "T.B."]);
		assert.deepEqual(await texts(`${table} .ipt-caseload-row .ipt-col-measure`), ["PHQ-9 7, down from 8", "PHQ-9 4, down from 7", "EPDS 15, down from 16", "PHQ-9 11, down from 12"]);
		assert.deepEqual(await texts(`${table} .ipt-caseload-row .ipt-col-session`), ["14 of 16", "8 of 8", "2 of 12", "7 of 12"]);
		assert.deepEqual(await texts(`${table} .ipt-caseload-row .ipt-col-safety`), ["None open · 8 without item", "None open · 5 without item", "None open", "None open · 4 without item"]);
		await screenshot("caseload");
		await page.locator(`${table} th.ipt-col-session button`).click();
		await page.waitForFunction(() => document.querySelector(".mod-root th.ipt-col-session")?.getAttribute("aria-sort") === "ascending");
		assert.deepEqual(await texts(`.mod-root .ipt-caseload-row .ipt-col-client`), ["S.L.", "T.B.", "M.K.", "R.P."]);
		await page.locator(".mod-root .ipt-caseload-row", { hasText: "S.L." }).locator(".ipt-col-phase").click();
		await page.waitForFunction(() => window.iptPage.activeNote() === "IPT/Sofia L/Sofia L.md");
	});

	it("shows the caseload as one card per client in the 380 px sidebar, nothing behind a sideways scroll", async () => {
		await page.evaluate(() => window.iptPage.showNote("Inbox.md"));
		await page.waitForSelector(`${SIDEBAR} .ipt-caseload-card`);
		assert.equal(await page.locator(`${SIDEBAR} .ipt-caseload-table`).count(), 0);
		assert.deepEqual(await sidebarTexts(".ipt-card-client"), ["M.K.", "S.L.", "T.B."]);
		assert.deepEqual(await sidebarTexts(".ipt-caseload-card dd.ipt-col-safety"), ["None open · 8 without item", "None open", "None open · 4 without item"]);
		const overflow = await page.evaluate((sel) => {
			const view = document.querySelector(sel)?.closest(".view-content");
			return view ? view.scrollWidth - view.clientWidth : -1;
		}, SIDEBAR);
		assert.equal(overflow, 0, "the sidebar's caseload scrolls sideways");
		await screenshot("caseload-sidebar-380");
	});
});
