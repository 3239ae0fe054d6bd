/** @jest-environment jsdom */

// On a new device, after a cache rebuild or in a large vault, Obsidian's metadata cache
// has not parsed every note when the layout is ready. The index must be complete once
// the cache is, without an edit: above all, a positive safety item must not stay unseen.
import type { ColdCache } from "../fake-obsidian";
import { INDEX_WAIT_MS, openCaseload, openSidebar, section, settle, showNote, startWorkbench, texts, viewRoot } from "./views-support";

const CASE = "IPT/Ann Lee/Ann Lee.md";
const SESSION = "IPT/Ann Lee/Sessions/Session 01.md";

const VAULT: Record<string, string> = {
	[CASE]: "---\nipt: case\nclient: A.L.\n---\n",
	"IPT/Ann Lee/People/Mum.md": "---\nipt: person\nname: Mum\ncircle: 1\n---\n",
	[SESSION]: "---\nipt: session\nsession: 1\ndate: 2026-04-02\nphq9_items: [0, 0, 0, 0, 0, 0, 0, 0, 2]\n---\n",
	"Inbox.md": "A note of no case.",
};

afterEach(() => document.body.empty());

describe.each<[ColdCache, string]>([
	["silent", "without a `changed` event for each note it parses"],
	["announced", "announcing each note it parses"],
])("a cold metadata cache (%s) at layout-ready", (coldCache, how) => {
	it(`shows the open safety item in the caseload and the sidebar without an edit, ${how}`, async () => {
		const app = await startWorkbench({ files: VAULT, coldCache });
		const caseload = await openCaseload(app);
		expect(texts(viewRoot(caseload), ".ipt-caseload-row .ipt-col-client")).toEqual([]);
		app.metadataCache.finishIndexing();
		await settle(app, INDEX_WAIT_MS);
		expect(texts(viewRoot(caseload), ".ipt-caseload-row .ipt-col-client")).toEqual(["A.L."]);
		expect(texts(viewRoot(caseload), ".ipt-caseload-row .ipt-col-safety")).toEqual(["1 open"]);
		await showNote(app, CASE);
		const sidebar = await openSidebar(app);
		expect(texts(section(sidebar, "safety-banner"), ".ipt-safety-title")).toEqual(["Open safety item"]);
		expect(texts(section(sidebar, "safety-banner"), "li .ipt-note-link")).toEqual(["Session 01"]);
	});
});
