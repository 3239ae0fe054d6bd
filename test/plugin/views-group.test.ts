/** @jest-environment jsdom */
// A group case in the sidebar: the pre-group meeting (session 0) on the phase bar in the
// initial phase, its score at the start of the chart, the group sessions counted apart.
import type { App, WorkspaceLeaf } from "../fake-obsidian";
import { openSidebar, section, showNote, startWorkbench, texts, viewRoot } from "./views-support";

const CASE = "IPT/Group A/Group A.md";
const fm = (yaml: string) => `---\n${yaml}\n---\n`;

let app: App;
let leaf: WorkspaceLeaf;

beforeAll(async () => {
	app = await startWorkbench({
		files: {
			[CASE]: fm("ipt: case\nclient: G.A.\nprotocol: group\nonset: 2026-09-01"),
			"IPT/Group A/Session 00.md": fm("ipt: session\nsession: 0\ndate: 2026-10-05\nphq9: 17\nphq9_item9: 0"),
			"IPT/Group A/Session 01.md": fm("ipt: session\nsession: 1\ndate: 2026-10-12\nphq9: 15\nphq9_item9: 0"),
		},
	});
	await showNote(app, CASE);
	leaf = await openSidebar(app);
});
afterAll(() => document.body.empty());

it("shows the pre-group meeting in the initial phase, before the 8 group sessions", () => {
	const root = viewRoot(leaf);
	expect(texts(root, ".ipt-progress")).toEqual(["Session 1 of 8 – initial phase"]);
	expect(texts(root, ".ipt-phase-span")).toEqual(["Initial0–1", "Middle2–7", "Final8"]);
	expect(texts(root, ".ipt-phase-span.is-current .ipt-phase-name")).toEqual(["Initial"]);
	expect(texts(section(leaf, "measures"), ".ipt-measure-summary")[0]).toMatch(/^PHQ-9Baseline 17 → latest 15/);
	expect(texts(section(leaf, "diagnostics"), ".ipt-empty")).toEqual(["No problems in this case's notes."]);
});
