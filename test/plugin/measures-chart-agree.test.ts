/** @jest-environment jsdom */
// The sidebar's chart and the exported measures.svg are two drawings of one model: the
// same points on the same session axis, the same line styles, marks and legend.
import { CASE_FILES, choose, clickButton, openNote, pinToday, resetUi, runCommand, session, startVault, textOf } from "./case-commands-harness";
import { openSidebar, section, settle, texts } from "./views-support";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

const SESSIONS = "IPT/Jo R/Sessions";
/** A reliable rise of 7 at session 4, and item 9 answered 1 at session 5. */
const SCORES = ["phq9: 16\nphq9_item9: 0", "phq9: 14\nphq9_item9: 0", "phq9: 10\nphq9_item9: 0", "phq9: 17\nphq9_item9: 0", "phq9: 15\nphq9_item9: 1", "phq9: 12\nphq9_item9: 0"];
const FILES = { ...CASE_FILES, ...Object.fromEntries(SCORES.map((scores, i) => [`${SESSIONS}/Session 0${i + 1}.md`, session(i + 1, `${scores}\n`)])) };

function numbers(elements: Iterable<Element>, ...names: string[]): number[][] {
	return Array.from(elements, (el) => names.map((name) => Number(el.getAttribute(name))));
}

function expectClose(actual: number[][], expected: number[][]): void {
	expect(actual).toHaveLength(expected.length);
	actual.forEach((row, i) => row.forEach((value, j) => expect(value).toBeCloseTo(expected[i]?.[j] ?? NaN, 1)));
}

/** The exported line whose <title> is `label`. */
function exportedLine(doc: Document, label: string): Element | undefined {
	return Array.from(doc.querySelectorAll("line")).find((line) => line.querySelector("title")?.textContent === label);
}

it("draws the sidebar chart and the exported one alike: points, axis, line styles, marks and legend", async () => {
	const app = await startVault(FILES);
	await openNote(app, `${SESSIONS}/Session 06.md`);
	const leaf = await openSidebar(app);
	const sidebar = section(leaf, "measures");
	await runCommand(app, "export-case");
	choose("Names and dates", "identified");
	await clickButton(app, "Export");
	await settle(app);
	const folder = app.vault.getFiles().find((file) => file.name === "measures.svg")?.parent?.path ?? "";
	const exported = new DOMParser().parseFromString(textOf(app, `${folder}/measures.svg`), "image/svg+xml");

	const drawn = sidebar.querySelector("svg.ipt-chart-svg");
	if (!drawn) throw new Error("no chart in the sidebar");
	expectClose(numbers(drawn.querySelectorAll(".ipt-score-point"), "cx", "cy"), numbers(exported.querySelectorAll("circle"), "cx", "cy"));
	expect(texts(drawn, ".ipt-tick-label").filter((label) => /^\d+$/.test(label))).toEqual(expect.arrayContaining(["1", "2", "3", "4", "5", "6"]));

	for (const [cls, label] of [
		["ipt-remission-line", "Remission < 5"],
		["ipt-response-line", "Response ≤ 8"],
	] as const) {
		const mine = drawn.querySelector(`.${cls}`);
		const theirs = exportedLine(exported, label);
		expect([mine?.getAttribute("stroke-dasharray"), mine?.getAttribute("stroke-width")]).toEqual([theirs?.getAttribute("stroke-dasharray"), theirs?.getAttribute("stroke-width")]);
		expect(Number(mine?.getAttribute("y1"))).toBeCloseTo(Number(theirs?.getAttribute("y1")), 1);
	}
	expect(drawn.querySelector(".ipt-remission-line")?.getAttribute("stroke-dasharray")).not.toBe(drawn.querySelector(".ipt-response-line")?.getAttribute("stroke-dasharray"));

	const marks = Array.from(drawn.querySelectorAll(".ipt-chart-mark"), (mark) => [mark.getAttribute("d"), mark.getAttribute("aria-label")]);
	const exportedMarks = Array.from(exported.querySelectorAll("path"))
		.filter((path) => path.querySelector("title") !== null)
		.map((path) => [path.getAttribute("d"), path.querySelector("title")?.textContent]);
	expect(marks).toEqual([
		[expect.any(String), "Session 5: PHQ-9 item 9 scored 1, open"],
		[expect.any(String), "Session 4: PHQ-9 up 7 points from session 3 (a reliable change is 6)"],
	]);
	expect(exportedMarks).toEqual(marks);

	const legend = texts(sidebar, ".ipt-chart-legend .ipt-legend-item");
	expect(legend).toEqual(["PHQ-9 score", "Response ≤ 8", "Remission < 5", "Safety item above 0", "Reliable worsening", "Across: session number"]);
	expect(texts(exported.documentElement, "text")).toEqual(expect.arrayContaining(legend));
});
