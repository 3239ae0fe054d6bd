/** @jest-environment jsdom */

// Issue 12's promise, tried as a hostile tester would: every positive or unreadable
// suicide item, however it is written, is open in both faces, and both list the same.
import manifest from "../../manifest.json";
import IptWorkbenchPlugin from "../../src/obsidian/main";
import { caseloadModelFor, sidebarModelFor } from "../../src/obsidian/views/view-data";
import type { Workbench } from "../../src/obsidian/workbench";
import { DEFAULT_CASELOAD_STATE } from "../../src/domain/views/caseload-state";
import { createFakeApp } from "../fake-obsidian";
import { jsonReport } from "../cli/report-json";
import { makeVault, note, removeVault } from "../support/cli";

const S = "IPT/Hal/Sessions";
const session = (n: number, rest: string) => note(`ipt: session\nsession: ${n}\ndate: 2026-11-${String(n).padStart(2, "0")}\n${rest}`);

/** Each note, and the items it must raise: [measure, reason]. */
const HOSTILE: Record<string, { text: string; raises: [string, "positive" | "unreadable"][] }> = {
	[`${S}/01 natural key.md`]: { text: session(1, "phq9: 14\nphq9_item9: 2"), raises: [["phq9", "positive"]] },
	[`${S}/02 out of range.md`]: { text: session(2, "phq9_items: [0, 0, 0, 0, 0, 0, 0, 0, 4]"), raises: [["phq9", "unreadable"]] },
	[`${S}/03 fraction.md`]: { text: session(3, "phq9_item9: 1.5"), raises: [["phq9", "unreadable"]] },
	[`${S}/04 text.md`]: { text: session(4, 'phq9_item9: "3+"'), raises: [["phq9", "unreadable"]] },
	[`${S}/05 yes.md`]: { text: session(5, "phq9_item9: yes"), raises: [["phq9", "unreadable"]] },
	[`${S}/06 ten items.md`]: { text: session(6, "phq9_items: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]"), raises: [["phq9", "unreadable"]] },
	[`${S}/07 one string.md`]: { text: session(7, 'phq9_items: "0 0 0 0 0 0 0 0 2"'), raises: [["phq9", "unreadable"]] },
	[`${S}/08 EPDS 5.md`]: { text: session(8, "epds: 20\nepds_item10: 5"), raises: [["epds", "unreadable"]] },
	[`${S}/09 HAM-D words.md`]: { text: session(9, "hamd: 20\nhamd_item3: two"), raises: [["hamd", "unreadable"]] },
	// YAML no parser accepts: both answers are raised as unreadable.
	[`${S}/10 duplicate key.md`]: { text: session(10, "phq9_item9: 0\nphq9_item9: 2"), raises: [["phq9", "unreadable"], ["phq9", "unreadable"]] },
	[`${S}/11 plural kind.md`]: { text: note("ipt: sessions\nsession: 11\nhamd_item3: 2"), raises: [["hamd", "positive"]] },
	[`${S}/12 broken yaml.md`]: { text: "---\nipt: session\nsession: 12\ntags: [unclosed\nepds_item10: 1\n---\n", raises: [["epds", "unreadable"]] },
	[`${S}/13 flow map.md`]: { text: "---\n{ipt: session, session: 13, phq9_item9: 3}\n---\n", raises: [["phq9", "positive"]] },
	[`${S}/14 indented.md`]: { text: "---\n  ipt: session\n  session: 14\n  hamd_item3: 1\n---\n", raises: [["hamd", "positive"]] },
	[`${S}/15 anchor.md`]: { text: "---\nbase: &b 2\nipt: session\nsession: 15\nphq9_item9: *b\n---\n", raises: [["phq9", "positive"]] },
	[`${S}/16 capital key.md`]: { text: note("IPT: session\nsession: 16\nPHQ-9 item 9: 1"), raises: [["phq9", "positive"]] },
	[`${S}/17 disagree.md`]: { text: session(17, "phq9_items: [0, 0, 0, 0, 0, 0, 0, 0, 0]\nphq9_item9: 2"), raises: [["phq9", "positive"]] },
	// A link that opens a person note, not the case: the session stays in its folder's case.
	[`${S}/18 captured link.md`]: { text: session(18, 'case: "[[Sam]]"\nepds_item10: 2'), raises: [["epds", "positive"]] },
	// A session not held still raises what it records (a phone call after a missed session).
	[`${S}/19 not held.md`]: { text: session(19, "attended: false\nreason: missed\nphq9_item9: 2"), raises: [["phq9", "positive"]] },
	[`${S}/20 not held as text.md`]: { text: session(20, 'attended: "no"\nreason: dna\nepds_item10: 1'), raises: [["epds", "positive"]] },
	// Session 0 belongs to group IPT only: an error here, and the item is raised all the same.
	[`${S}/21 session zero.md`]: { text: note("ipt: session\nsession: 0\nhamd_item3: 3"), raises: [["hamd", "positive"]] },
	// Kinds kept out of the case's notes (a student's formulation, a trainer's key) or about
	// supervision: an answer written there is still seen.
	["IPT/Hal/Formulation.md"]: { text: note("ipt: formulation\nareas: [grief]\nphq9_item9: 3"), raises: [["phq9", "positive"]] },
	["IPT/Hal/Key.md"]: { text: note("ipt: formulation-key\nareas: [grief]\nPHQ9 item9: 2"), raises: [["phq9", "positive"]] },
	["IPT/Hal/Supervision/2026-11-25.md"]: { text: note("ipt: supervision\ndate: 2026-11-25\nsupervisor: Dr Ada Byrne\nminutes: 60\nepds_item10: 2"), raises: [["epds", "positive"]] },
	// No case can be found: listed as unplaced.
	["Loose/Session.md"]: { text: note('ipt: session\nsession: 3\ncase: "[[Nobody]]"\nepds_item10: 2'), raises: [["epds", "positive"]] },
	["Journal/2026-11-20.md"]: { text: note("mood: low\nphq9_item9: 1"), raises: [["phq9", "positive"]] },
};

const FILES: Record<string, string> = {
	"IPT/Hal/Hal.md": note("ipt: case\nclient: H.A."),
	"IPT/Hal/People/Sam.md": note("ipt: person\nrole: friend\ncircle: 2"),
	...Object.fromEntries(Object.entries(HOSTILE).map(([path, { text }]) => [path, text])),
};

/** [path, measure, reason] of every item that must be open, sorted. */
const EXPECTED = Object.entries(HOSTILE)
	.flatMap(([path, { raises }]) => raises.map(([measure, reason]) => `${path} ${measure} ${reason}`))
	.sort();

describe("a vault of hostile safety answers", () => {
	it("holds at least 15 differently written items", () => {
		expect(Object.keys(HOSTILE).length).toBeGreaterThanOrEqual(15);
	});

	it("has every one open in the command line's report", () => {
		const vault = makeVault(FILES);
		try {
			const report = jsonReport(vault);
			expect(report.open_safety.map((i) => `${i.path} ${i.measure} ${i.reason}`).sort()).toEqual(EXPECTED);
			const unplaced = report.open_safety.filter((i) => i.case === null).map((i) => i.path);
			// No case can claim a note whose YAML cannot be read; the sidebar of the case whose folder holds it shows it too.
			expect(unplaced.sort()).toEqual([`${S}/10 duplicate key.md`, `${S}/10 duplicate key.md`, `${S}/12 broken yaml.md`, "Journal/2026-11-20.md", "Loose/Session.md"]);
			expect(report.open_safety.every((i) => i.reason === "positive" ? (i.score ?? 0) >= 1 : i.score === null)).toBe(true);
		} finally {
			removeVault(vault);
		}
	});

	it("shows the same items in the plugin's views: each case's banner and the caseload's unplaced list", async () => {
		const app = createFakeApp({ files: FILES });
		const plugin = await app.loadPlugin(IptWorkbenchPlugin, manifest);
		await app.workspace.triggerLayoutReady();
		await app.flush();
		const workbench = (plugin as unknown as { workbench: Workbench }).workbench;
		const shown: string[] = [];
		const lineOf = (path: string, text: string) => {
			const found = Object.entries(HOSTILE).find(([p]) => p === path);
			const measure = text.startsWith("PHQ-9") ? "phq9" : text.startsWith("HAM-D") ? "hamd" : "epds";
			return `${found?.[0] ?? path} ${measure} ${text.includes("could not be read") ? "unreadable" : "positive"}`;
		};
		const unplaced = caseloadModelFor(workbench, DEFAULT_CASELOAD_STATE).unplaced;
		for (const line of unplaced) shown.push(lineOf(line.link.path, line.text));
		const elsewhere = new Set(unplaced.map((line) => line.link.path));
		const hal = sidebarModelFor(workbench, "IPT/Hal/Hal.md")?.safety.open ?? [];
		// The case's banner also shows the unplaced notes in its folder.
		expect(hal.filter((line) => elsewhere.has(line.link.path)).map((line) => line.link.path).sort()).toEqual([`${S}/10 duplicate key.md`, `${S}/10 duplicate key.md`, `${S}/12 broken yaml.md`]);
		for (const line of hal) if (!elsewhere.has(line.link.path)) shown.push(lineOf(line.link.path, line.text));
		expect(workbench.index.casePaths()).toEqual(["IPT/Hal/Hal.md"]);
		expect(shown.sort()).toEqual(EXPECTED);
	});
});
