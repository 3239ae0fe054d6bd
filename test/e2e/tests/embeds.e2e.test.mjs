// The code blocks, the Bases views and the Obsidian CLI commands of the built main.js,
// in headless Chromium over the demo vault: a note holding each block, a bad block, a
// Bases view over a synthetic query result, no console error; screenshots in light and dark go to test-results/screenshots.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { viewsPageSession, SCREENSHOTS } from "./views-page-session.mjs";

const THEO = "IPT/Theo B/Theo B.md";
const NOTE = ".mod-root .markdown-reading-view";
const KINDS = ["summary", "circle", "timeline", "measures", "caseload"];
const EVERY_BLOCK = `# Theo B at a glance\n\n${KINDS.map((kind) => `\`\`\`ipt-${kind}\n\`\`\`\n`).join("\n")}`;

async function texts(selector) {
	return (await page.locator(selector).allTextContents()).map((text) => text.trim());
}

async function screenshot(name) {
	const viewport = page.viewportSize();
	await page.setViewportSize({ width: viewport.width, height: 3600 });
	for (const theme of ["light", "dark"]) {
		await page.evaluate((t) => window.iptPage.setTheme(t), theme);
		await page.locator(NOTE).screenshot({ path: join(SCREENSHOTS, `${name}-${theme}.png`) });
	}
	await page.evaluate(() => window.iptPage.setTheme("light"));
	await page.setViewportSize(viewport);
}

let page;
viewsPageSession("embeds", async (opened) => {
	page = opened;
	await page.evaluate((path) => window.iptPage.showNote(path), THEO);
});

describe("IPT code blocks in Chromium", { timeout: 120_000 }, () => {
	it("draws each block of a note in Theo B's case from the views' renderers", async () => {
		await page.evaluate(([path, markdown]) => window.iptPage.renderMarkdown(path, markdown), [THEO, EVERY_BLOCK]);
		assert.deepEqual(
			await page.locator(`${NOTE} .ipt-embed`).evaluateAll((els) => els.map((el) => el.classList[2])),
			KINDS.map((kind) => `ipt-embed-${kind}`),
		);
		assert.equal(await page.locator(`${NOTE} .ipt-embed-problem`).count(), 0);
		// Theo's sessions without item 9 and his reviewed item lead the summary, before the header.
		assert.deepEqual(await page.locator(`${NOTE} .ipt-embed-summary > *`).evaluateAll((els) => els.slice(0, 3).map((el) => el.classList[0])), ["ipt-safety-missing", "ipt-safety-history", "ipt-header"]);
		assert.deepEqual(await texts(`${NOTE} .ipt-embed-circle .ipt-node-label`), ["Nadia", "Ravi", "Elsie", "Lily", "Marcus", "Cal", "Dev", "Ms Okafor"]);
		assert.equal(await page.locator(`${NOTE} .ipt-embed-measures .ipt-score-point`).count(), 7);
		assert.equal(await page.locator(`${NOTE} .ipt-embed-caseload .ipt-caseload-row`).count(), 4);
		const circle = await page.locator(`${NOTE} .ipt-embed-circle svg`).boundingBox();
		assert.ok(circle && circle.width > 200 && circle.height > 200, "the circle is drawn at a readable size");
		await screenshot("embeds-theo");
	});

	it("says what is wrong with a bad block, naming the note and the line", async () => {
		await page.evaluate(([path, markdown]) => window.iptPage.renderMarkdown(path, markdown), [THEO, "```ipt-circle\ncase: Nobody\n```\n\n```ipt-timeline\nwidth: 300\n```\n"]);
		assert.deepEqual(await texts(`${NOTE} .ipt-embed-problem strong`), [
			"IPT Workbench cannot show this ipt-circle block in IPT/Theo B/Theo B.md",
			"IPT Workbench cannot show this ipt-timeline block in IPT/Theo B/Theo B.md",
		]);
		assert.match((await texts(`${NOTE} .ipt-embed-problem p`))[1], /^Line 1 of the ipt-timeline block \("width: 300"\)/);
		await screenshot("embeds-bad-block");
	});

	it("draws a Bases view over a synthetic query result, naming the rows it does not know", async () => {
		const people = ["Nadia", "Ravi", "Marcus", "Ms Okafor"].map((name) => `IPT/Theo B/People/${name}.md`);
		await page.evaluate(([paths]) => window.iptPage.openBase("ipt-closeness-circle", paths, { ring: 3 }), [[...people, "Inbox.md", "README.md"]]);
		const base = ".mod-root .bases-view";
		assert.deepEqual(await texts(`${base} .ipt-node-label`), ["Nadia", "Ravi", "Marcus", "Ms Okafor"]);
		assert.deepEqual(await texts(`${base} .ipt-base-unknown`), ["2 rows are not notes of an IPT case: Inbox.md, README.md."]);
		await page.locator(base).screenshot({ path: join(SCREENSHOTS, "bases-circle-light.png") });
		await page.evaluate(([paths]) => window.iptPage.openBase("ipt-caseload", paths, {}), [["IPT/Theo B/Theo B.md", "IPT/Maya K/Maya K.md"]]);
		assert.deepEqual(await texts(`${base} .ipt-caseload-row .ipt-col-client`), ["M.K.", "T.B."]);
		await page.locator(base).screenshot({ path: join(SCREENSHOTS, "bases-caseload-light.png") });
	});

	it("exports Theo B's circle as a canvas of the JSON Canvas 1.0 shape", async () => {
		await page.evaluate((path) => window.iptPage.showNote(path), THEO);
		await page.evaluate(() => window.iptPage.runCommand("export-circle-canvas"));
		const doc = JSON.parse(await page.evaluate(() => window.iptPage.readFile("IPT/Theo B/Theo B circle.canvas")));
		const colors = new Set(["1", "2", "3", "4", "5", "6"]);
		const ids = new Set();
		for (const node of doc.nodes) {
			assert.equal(typeof node.id, "string");
			assert.ok(!ids.has(node.id), `node id ${node.id} is unique`);
			ids.add(node.id);
			assert.ok(["text", "file", "link", "group"].includes(node.type), `node type ${node.type}`);
			for (const key of ["x", "y", "width", "height"]) assert.ok(Number.isInteger(node[key]), `${node.id}.${key} is an integer`);
			if (node.type === "text") assert.equal(typeof node.text, "string");
			if (node.type === "file") assert.equal(typeof node.file, "string");
			if (node.color !== undefined) assert.ok(colors.has(node.color) || /^#[0-9a-f]{6}$/i.test(node.color));
		}
		for (const edge of doc.edges) {
			assert.ok(ids.has(edge.fromNode) && ids.has(edge.toNode), `edge ${edge.id} joins two nodes`);
			assert.match(edge.label, /^support (\d|not recorded) · conflict (\d|not recorded)$/);
		}
		assert.deepEqual(doc.nodes.filter((n) => n.type === "group").map((n) => n.label), ["Ring 3", "Ring 2", "Ring 1"]);
		assert.equal(doc.nodes.filter((n) => n.type === "file").length, 8);
		assert.equal(doc.edges.length, 8);
	});

	it("prints the JSON report through the Obsidian CLI, open safety first and de-identified", async () => {
		const printed = await page.evaluate(() => window.iptPage.cli("ipt-workbench:report", { format: "json", case: "Theo B" }));
		const report = JSON.parse(printed);
		assert.equal(Object.keys(report)[0], "open_safety");
		assert.deepEqual(report.cases.map((c) => c.client), ["Client A"]);
		assert.doesNotMatch(printed, /Theo|Nadia|Ravi|Okafor/);
	});
});
