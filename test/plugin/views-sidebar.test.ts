/** @jest-environment jsdom */
import type { App, WorkspaceLeaf } from "../fake-obsidian";
import { demoVaultFiles, openSidebar, section, settle, showNote, startWorkbench, texts, viewRoot } from "./views-support";

const THEO = "IPT/Theo B/Theo B.md";
const MAYA_SESSION = "IPT/Maya K/Sessions/Session 14.md";

let app: App;
let leaf: WorkspaceLeaf;

async function start(): Promise<void> {
	app = await startWorkbench({ files: demoVaultFiles() });
	await showNote(app, THEO);
	leaf = await openSidebar(app);
}

function activePath(): string | undefined {
	return app.workspace.getActiveFile()?.path;
}

describe("the IPT sidebar on a middle-phase case (Theo B)", () => {
	// These tests only read what the sidebar shows, so they share one start.
	beforeAll(start);
	afterAll(() => document.body.empty());

	it("opens in the right sidebar, and the command reveals it instead of opening another", async () => {
		expect(leaf.side).toBe("right");
		expect(app.workspace.rightSplit.collapsed).toBe(false);
		app.workspace.rightSplit.collapse();
		expect(await openSidebar(app)).toBe(leaf);
		expect(leaf.view.containerEl.isShown()).toBe(true);
	});

	it("shows the sections in order, with the reviewed safety item as history and no open banner", () => {
		const root = viewRoot(leaf);
		expect(root.querySelector(".ipt-safety-banner")).toBeNull();
		expect(texts(root, ".ipt-safety-history li")).toEqual(["PHQ-9 item 9 scored 1 in session 5 (2026-11-09): Session 05"]);
		expect(texts(root, ".ipt-section-heading")).toEqual(["Problem areas", "Closeness circle", "Timeline", "Measures", "Homework", "What is due", "Diagnostics"]);
		const order = Array.from(root.children).map((el) => el.className.split(" ").find((name) => name.startsWith("ipt-") && name !== "ipt-section"));
		// The demo's older PHQ-9 totals came without item 9: that list comes before the reviewed item.
		expect(order).toEqual(["ipt-safety-missing", "ipt-safety-history", "ipt-header", "ipt-phase-bar", "ipt-problem-areas", "ipt-closeness-circle", "ipt-timeline", "ipt-measures", "ipt-homework", "ipt-due", "ipt-diagnostics"]);
	});

	it("heads the case with client, status, protocol, progress and the phase bar", () => {
		const root = viewRoot(leaf);
		expect(texts(root, ".ipt-client")).toEqual(["T.B."]);
		expect(texts(root, ".ipt-fact")).toEqual(["Active", "Adolescent (IPT-A)", "PHQ-9"]);
		expect(texts(root, ".ipt-progress")).toEqual(["Session 7 of 12 – middle phase"]);
		expect(texts(root, ".ipt-phase-span")).toEqual(["Initial1–4", "Middle5–8", "Final9–12"]);
		expect(texts(root, ".ipt-phase-span.is-current .ipt-phase-name")).toEqual(["Middle"]);
		expect(root.querySelector(".ipt-phase-marker")?.getAttribute("aria-label")).toBe("Session 7");
		expect(root.querySelector(".ipt-phase-marker")?.getAttribute("role")).toBe("img");
	});

	it("lists the four problem areas with strength, focus and evidence", () => {
		const areas = section(leaf, "problem-areas");
		expect(texts(areas, ".ipt-area-head")).toEqual(["GriefNot flagged", "Role disputeStrongAgreed focusWhy?", "Role transitionStrongWhy?", "Interpersonal sensitivityNot flaggedWhy?"]);
		const dispute = areas.querySelector(".ipt-area-role-dispute");
		expect(texts(dispute ?? areas, ".ipt-evidence .ipt-note-link")).toEqual(["Nadia", "Row with mum, stayed at dad's"]);
		expect(dispute?.textContent).toContain("dispute stage renegotiation");
	});

	it("draws the closeness circle: rings, a node per person with its title, conflict on the ties", () => {
		const circle = section(leaf, "closeness-circle");
		expect(circle.querySelectorAll(".ipt-ring")).toHaveLength(3);
		expect(texts(circle, ".ipt-client-label")).toEqual(["T.B."]);
		expect(texts(circle, ".ipt-node-label")).toEqual(["Nadia", "Ravi", "Elsie", "Lily", "Marcus", "Cal", "Dev", "Ms Okafor"]);
		const nadia = circle.querySelector(".ipt-circle-node");
		expect(nadia?.getAttribute("aria-label")).toBe("Nadia, mother: circle 1, support 2 of 3, conflict 3 of 3, dispute: renegotiation");
		expect(nadia?.classList.contains("ipt-support-2")).toBe(true);
		expect(circle.querySelectorAll(".ipt-tie-client")).toHaveLength(8);
		expect(circle.querySelectorAll(".ipt-tie-client.ipt-conflict-3")).toHaveLength(1);
		expect(circle.querySelectorAll(".ipt-tie-related").length).toBeGreaterThan(0);
		// The exported circle's legend says the same (test/unit/export/svg-files.test.ts).
		expect(texts(circle, ".ipt-legend-item")).toEqual([
			"Fill: support, 0 none - 3 a lot",
			"Line: conflict, 0 none - 3 a lot (solid, dotted, dashed, dash-dot)",
			"Faint line: related people",
			"† deceased, ⊘ estranged",
			"Circle 1 is the closest",
		]);
	});

	it("puts the life events on the timeline with onset and window", () => {
		const timeline = section(leaf, "timeline");
		expect(texts(timeline, ".ipt-timeline-event")).toEqual([
			"2026-03-28Separation (transition)Dad moved outin window",
			"2026-09-26Conflict (dispute)Row with mum, stayed at dad'sin window",
			"2026-10-01OtherLeft the football teamin window",
		]);
		expect(texts(timeline, ".ipt-timeline-onset")).toEqual(["Onset 2026-09-07, from the case's onset"]);
		expect(texts(timeline, ".ipt-timeline-window")).toEqual(["Look-back window 2025-09-07 to 2026-11-23"]);
		expect(timeline.querySelectorAll(".ipt-timeline-svg .ipt-category-mark")).toHaveLength(3);
		expect(timeline.querySelector(".ipt-onset")).not.toBeNull();
		expect(timeline.querySelector(".ipt-window")).not.toBeNull();
	});

	it("charts the primary measure over its bands with response and remission", () => {
		const measures = section(leaf, "measures");
		expect(texts(measures, ".ipt-measure-summary")).toEqual(["PHQ-9Baseline 16 → latest 11 (moderate), 7 scoresNo responseWhy?No remissionWhy?No reliable changeWhy?"]);
		expect(measures.querySelectorAll(".ipt-band")).toHaveLength(5);
		expect(measures.querySelectorAll(".ipt-score-point")).toHaveLength(7);
		expect(measures.querySelector(".ipt-response-line")).not.toBeNull();
		expect(measures.querySelector(".ipt-remission-line")).not.toBeNull();
		expect(texts(measures, ".ipt-legend-item")).toEqual(["PHQ-9 score", "Response ≤ 8", "Remission < 5", "Safety item above 0", "Across: session number"]);
		expect(measures.querySelector(".ipt-mark-safety")?.getAttribute("aria-label")).toBe("Session 5: PHQ-9 item 9 scored 1, reviewed");
	});

	it("shows the last three sessions' homework with its review, nothing due and no diagnostics", () => {
		const homework = section(leaf, "homework");
		expect(texts(homework, ".ipt-homework-head .ipt-note-link")).toEqual(["Session 07", "Session 06", "Session 05"]);
		expect(texts(homework, ".ipt-homework-review")).toEqual(["Not reviewed yet", "Done (reviewed in session 7)", "Done (reviewed in session 6)"]);
		expect(texts(section(leaf, "due"), ".ipt-empty")).toEqual(["Nothing due."]);
		expect(texts(section(leaf, "diagnostics"), ".ipt-empty")).toEqual(["No problems in this case's notes."]);
	});

	it("makes every link and node reachable by keyboard", () => {
		const clickable = viewRoot(leaf).querySelectorAll(".ipt-note-link, .ipt-circle-node, .ipt-score-point");
		expect(clickable.length).toBeGreaterThan(20);
		for (const el of Array.from(clickable)) expect(el.getAttribute("tabindex")).toBe("0");
	});
});

describe("the IPT sidebar following the active note", () => {
	beforeEach(start);
	afterEach(() => document.body.empty());

	it("opens a linked note on click, and a person's note from the circle with Enter", async () => {
		const link = Array.from(section(leaf, "problem-areas").querySelectorAll<HTMLElement>(".ipt-note-link")).find((el) => el.textContent === "Nadia");
		link?.click();
		await settle(app);
		expect(activePath()).toBe("IPT/Theo B/People/Nadia.md");
		const ravi = Array.from(section(leaf, "closeness-circle").querySelectorAll(".ipt-circle-node")).find((el) => el.querySelector(".ipt-node-label")?.textContent === "Ravi");
		expect(ravi?.getAttribute("tabindex")).toBe("0");
		ravi?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await settle(app);
		expect(activePath()).toBe("IPT/Theo B/People/Ravi.md");
	});

	it("switches to the case of the note opened: a final-phase grief case (Maya K)", async () => {
		await showNote(app, MAYA_SESSION);
		const root = viewRoot(leaf);
		expect(texts(root, ".ipt-client")).toEqual(["M.K."]);
		expect(texts(root, ".ipt-progress")).toEqual(["Session 14 of 16 – final phase"]);
		expect(texts(section(leaf, "problem-areas"), ".ipt-area-head")).toEqual(["GriefStrongAgreed focusWhy?", "Role disputePossibleWhy?", "Role transitionPossibleWhy?", "Interpersonal sensitivityNot flaggedWhy?"]);
		const ruth = Array.from(root.querySelectorAll(".ipt-circle-node")).find((el) => el.querySelector(".ipt-node-label")?.textContent?.startsWith("Ruth"));
		expect(ruth?.classList.contains("ipt-status-deceased")).toBe(true);
		expect(ruth?.querySelector(".ipt-node-label")?.textContent).toBe("Ruth †");
		expect(texts(section(leaf, "measures"), ".ipt-measure-summary")).toEqual(["PHQ-9Baseline 19 → latest 7 (mild), 13 scoresResponseWhy?No remissionWhy?ImprovedWhy?"]);
		expect(texts(section(leaf, "measures"), ".ipt-worsening li").join(" ")).toContain("Session 07");
		expect(section(leaf, "timeline").querySelectorAll(".ipt-timeline-event.ipt-category-death")).toHaveLength(1);
	});

	it("shows an initial-phase perinatal case on its EPDS (Sofia L)", async () => {
		await showNote(app, "IPT/Sofia L/People/Jonas.md");
		const root = viewRoot(leaf);
		expect(texts(root, ".ipt-progress")).toEqual(["Session 2 of 12 – initial phase"]);
		expect(texts(root, ".ipt-fact")).toEqual(["Active", "Perinatal", "EPDS"]);
		expect(texts(section(leaf, "measures"), ".ipt-measure-summary")).toEqual([
			"EPDSBaseline 16 → latest 15 (probable), 2 scoresNo responseWhy?No remissionWhy?No reliable changeWhy?",
			"PHQ-913 (moderate), 1 score",
			"GAD-711 (moderate), 1 score",
		]);
		expect(section(leaf, "measures").querySelectorAll(".ipt-band")).toHaveLength(3);
	});

	it("shows the caseload for a note that belongs to no case", async () => {
		await showNote(app, "Inbox.md");
		const root = viewRoot(leaf);
		expect(texts(root, ".ipt-caseload-title")).toEqual(["Caseload"]);
		// Active cases by default: the closed one is left out, and the caseload says so.
		expect(texts(root, ".ipt-caseload-row .ipt-col-client")).toEqual(["M.K.", "S.L.", "T.B."]);
		expect(texts(root, ".ipt-caseload-controls .ipt-hint")).toEqual(["1 case of other statuses not shown."]);
	});

	it("raises an open safety item above everything once the review is taken out of the note", async () => {
		const file = app.vault.getFileByPath("IPT/Theo B/Sessions/Session 06.md");
		if (!file) throw new Error("no session 6");
		await app.vault.modify(file, (await app.vault.read(file)).replace("risk_reviewed: true\n", ""));
		await settle(app, 450);
		const root = viewRoot(leaf);
		expect(root.firstElementChild?.classList.contains("ipt-safety-banner")).toBe(true);
		expect(texts(root, ".ipt-safety-title")).toEqual(["Open safety item"]);
		// The age counts from the real today, so only its form is fixed here.
		expect(texts(root, ".ipt-safety-banner li")).toEqual([expect.stringMatching(/^PHQ-9 item 9 scored 1: raised in session 5, \d+ days ago: Session 05$/)]);
		expect(root.querySelector(".ipt-safety-history")).toBeNull();
	});

	it("lists diagnostics of the case's notes, each linking to its file", async () => {
		await app.vault.create("IPT/Theo B/People/Gran.md", "---\nipt: person\nname: Gran\ncircle: close\ncirle: 2\n---\n");
		await settle(app, 450);
		const diagnostics = section(leaf, "diagnostics");
		expect(texts(diagnostics, ".ipt-diagnostic-field")).toEqual(expect.arrayContaining(["circle", "cirle"]));
		expect(texts(diagnostics, ".ipt-diagnostic .ipt-note-link")).toEqual(expect.arrayContaining(["Gran"]));
		diagnostics.querySelector<HTMLElement>(".ipt-diagnostic .ipt-note-link")?.click();
		await settle(app);
		expect(activePath()).toBe("IPT/Theo B/People/Gran.md");
	});
});
