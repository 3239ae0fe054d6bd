// Writes examples/demo-page/index.html: the demo vault's cases in the plugin's sidebar and
// caseload, in one self-contained page that opens in any browser, no Obsidian needed. It
// is the page the e2e tests drive (test/e2e/page/harness.mjs).
import { resolve } from "node:path";
import { writeViewsPage } from "../test/e2e/page/harness.mjs";

export const DEMO_PAGE = resolve("examples", "demo-page", "index.html");

export async function buildDemoPage() {
	await writeViewsPage(DEMO_PAGE);
	console.log(`Wrote ${DEMO_PAGE}: open it in a browser to see the demo cases in the sidebar and caseload.\n`);
}
