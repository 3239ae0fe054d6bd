/** @jest-environment jsdom */
import { textWidth } from "../../src/domain/views/text-size";
import { openSidebar, section, showNote, startWorkbench } from "./views-support";

const CASE = "IPT/Jordan Rivers/Jordan Rivers.md";
/** The stylesheet's size for the client's label. */
const LABEL_FONT_SIZE = 10;

function note(frontmatter: string): string {
	return `---\n${frontmatter.trim()}\n---\n`;
}

/** How wide the accent mark behind the client's label is drawn. */
function markWidth(mark: Element): number {
	const width = mark.getAttribute("width");
	return width === null ? 2 * Number(mark.getAttribute("r")) : Number(width);
}

afterEach(() => document.body.empty());

describe("the client at the centre of the closeness circle", () => {
	it("draws the client's name inside its mark, so the light label never spills onto the background", async () => {
		const app = await startWorkbench({
			files: {
				[CASE]: note("ipt: case\nclient: Jordan Rivers"),
				"IPT/Jordan Rivers/People/Sam.md": note("ipt: person\nrole: partner\ncircle: 1"),
				"IPT/Jordan Rivers/People/Kim.md": note("ipt: person\nrole: friend\ncircle: 1"),
				"IPT/Jordan Rivers/People/Alexandra.md": note("ipt: person\nname: Alexandra Montgomery-Smith\nrole: friend\ncircle: 1"),
			},
		});
		await showNote(app, CASE);
		const circle = section(await openSidebar(app), "closeness-circle");
		const label = circle.querySelector(".ipt-client-label")?.textContent ?? "";
		const mark = circle.querySelector(".ipt-client-dot");
		if (!mark) throw new Error("no client mark");
		expect(label).toBe("Jordan Rivers");
		expect(markWidth(mark)).toBeGreaterThanOrEqual(textWidth(label, LABEL_FONT_SIZE));
		// The people of the inner ring stay clear of the wider mark.
		const left = Number(mark.getAttribute("x"));
		for (const dot of Array.from(circle.querySelectorAll(".ipt-node-dot"))) {
			const x = Number(dot.getAttribute("cx"));
			const y = Number(dot.getAttribute("cy"));
			const r = Number(dot.getAttribute("r"));
			const apartX = x + r < left || x - r > left + markWidth(mark);
			const apartY = Math.abs(y - Number(mark.getAttribute("y")) - Number(mark.getAttribute("height")) / 2) > r + Number(mark.getAttribute("height")) / 2;
			expect(apartX || apartY).toBe(true);
		}
	});
});
