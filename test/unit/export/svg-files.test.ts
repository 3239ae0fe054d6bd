/** @jest-environment jsdom */

import { circleSvg } from "../../../src/domain/export/circle-svg";
import { exportCase, type ExportOptions } from "../../../src/domain/export/export-case";
import { identifiedNames } from "../../../src/domain/export/export-names";
import { NO_NOTE_LINKS } from "../../../src/domain/privacy/known-names";
import { escapeXml } from "../../../src/domain/export/svg";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { circleModel } from "../../../src/domain/views/circle-model";
import { bundle, person } from "../engine/builders";
import { loadCase, TODAY } from "./jordan-case";

function parse(text: string): Document {
	const doc = new DOMParser().parseFromString(text, "image/svg+xml");
	const error = doc.getElementsByTagName("parsererror")[0];
	if (error) throw new Error(`not well-formed: ${error.textContent ?? ""}`);
	return doc;
}

function files(identified: boolean): Map<string, Document> {
	const { bundle: loaded, analysis } = loadCase();
	const options: ExportOptions = { identified, includeBodies: false, today: TODAY, settings: DEFAULT_ENGINE_SETTINGS, vault: { cases: [loaded], links: NO_NOTE_LINKS } };
	const result = exportCase(loaded, analysis, options);
	if ("refused" in result) throw new Error("refused");
	return new Map(result.files.filter((file) => file.name.endsWith(".svg")).map((file) => [file.name, parse(file.text)]));
}

const texts = (doc: Document, selector: string): string[] => Array.from(doc.querySelectorAll(selector)).map((el) => el.textContent ?? "");

describe("the SVG files", () => {
	const deidentified = files(false);
	const circle = deidentified.get("closeness-circle.svg") as Document;
	const chart = deidentified.get("measures.svg") as Document;

	it("are well-formed standalone SVG with a title and a description", () => {
		// The check itself can fail.
		expect(() => parse('<svg xmlns="http://www.w3.org/2000/svg"><text>a & b</text></svg>')).toThrow(/not well-formed/);
		for (const doc of [circle, chart]) {
			const root = doc.documentElement;
			expect([root.tagName, root.getAttribute("xmlns"), root.getAttribute("role"), root.getAttribute("color")]).toEqual(["svg", "http://www.w3.org/2000/svg", "img", "#1f2328"]);
			expect(root.querySelector("desc")?.textContent).toMatch(/Pseudonymised, not anonymised\.$/);
		}
		expect(circle.querySelector("title")?.textContent).toBe("Closeness circle of Client A");
		expect(chart.querySelector("title")?.textContent).toBe("PHQ-9 scores of Client A");
	});

	it("draw the circle in currentColor, support as fill and conflict by dash pattern as well as colour", () => {
		const ties = Array.from(circle.querySelectorAll("line")).filter((line) => line.querySelector("title")?.textContent?.startsWith("Client A and"));
		expect(ties.map((line) => [line.querySelector("title")?.textContent, line.getAttribute("stroke-dasharray"), line.getAttribute("stroke")])).toEqual([
			["Client A and Mother: conflict 3 of 3", "9 3 2 3", "#c53030"],
			["Client A and Sister: conflict 0 of 3", null, "currentColor"],
			["Client A and Friend: conflict 1 of 3", "2 3", "#b7791f"],
			["Client A and Grandfather: conflict not recorded", null, "currentColor"],
		]);
		const nodes = Array.from(circle.querySelectorAll("g > g"));
		expect(nodes.map((node) => [node.querySelector("text")?.textContent, node.querySelector("circle")?.getAttribute("fill-opacity")])).toEqual([
			["Mother", "0.3"],
			["Sister", "0.95"],
			["Friend", "0.6"],
			["Grandfather †", "0.6"],
		]);
	});

	it("explain the circle in a legend", () => {
		expect(texts(circle, "text")).toEqual(
			expect.arrayContaining([
				"Fill: support, 0 none - 3 a lot",
				"Line: conflict, 0 none - 3 a lot (solid, dotted, dashed, dash-dot)",
				"not recorded",
				"Faint line: related people. † deceased, ⊘ estranged.",
				"Circle 1 is the closest.",
			]),
		);
		const samples = Array.from(circle.querySelectorAll("line")).filter((line) => !line.querySelector("title"));
		expect(samples.map((line) => line.getAttribute("stroke-dasharray"))).toEqual(expect.arrayContaining(["2 3", "6 4", "9 3 2 3"]));
	});

	it("chart the scores by session number, dates told as weeks, with a legend", () => {
		expect(texts(chart, "circle > title")).toEqual([
			"Session 1, week 1: PHQ-9 18 (moderately severe)",
			"Session 2, week 2: PHQ-9 17 (moderately severe)",
			"Session 3, week 3: PHQ-9 15 (moderately severe)",
			"Session 4, week 4: PHQ-9 14 (moderate)",
			"Session 5, week 6: PHQ-9 10 (moderate)",
		]);
		expect(texts(chart, "text")).toEqual(expect.arrayContaining(["1", "5", "Severe", "PHQ-9 score", "Remission < 5", "Response ≤ 9", "Across: session number"]));
		expect(chart.documentElement.outerHTML).not.toMatch(/\d{4}-\d{2}|Sep|Oct/);
	});

	it("chart by session number when identified too, with the dates as written", () => {
		const identified = files(true).get("measures.svg") as Document;
		expect(texts(identified, "circle > title")[0]).toBe("Session 1, 2026-09-01: PHQ-9 18 (moderately severe)");
		expect(texts(identified, "text")).toEqual(expect.arrayContaining(["1", "5", "Across: session number"]));
	});

	it("escape any name and drop characters XML cannot hold", () => {
		const hostile = bundle({ record: { client: `<b>"Tom" & 'Jerry'</b>` }, people: [person("Zoë <x>\u0000", { role: "friend", circle: 1 })] });
		const doc = parse(circleSvg(circleModel(hostile, identifiedNames(hostile), 3), null));
		expect(doc.querySelector("title")?.textContent).toBe(`Closeness circle of <b>"Tom" & 'Jerry'</b>`);
		expect(texts(doc, "g > g > text")).toEqual(["Zoë <x>"]);
		expect(escapeXml("a\u0001b\uD800c")).toBe("abc");
	});
});
