// A de-identified export gives no calendar date and nothing that counts from the day of
// the export: beside that day, which its reader knows, every relative date would be a
// calendar date again.
import { EXPORT_FILES } from "../../../src/domain/export/export-case";
import { withoutCountsFromToday } from "../../../src/domain/export/relative-dates";
import { fileText, run, sections } from "./export-support";
import { loadCase } from "./jordan-case";

function note(frontmatter: string): string {
	return `---\n${frontmatter}\n---\n`;
}

/** No onset, no start and no dated session: the engine can only count from today. */
const UNANCHORED = {
	"IPT/B/B.md": note("ipt: case\nclient: Bo Lind\nfocus: [grief]"),
	"IPT/B/People/Father.md": note("ipt: person\nrole: father\ncircle: 1\ndied: 2026-08-20"),
	"IPT/B/Events/Death.md": note("ipt: event\ndate: 2026-08-20\ntype: death\npeople: [\"[[Father]]\"]"),
	"IPT/B/Sessions/Session 1.md": note("ipt: session\nsession: 1\nphq9: 14"),
};

describe("a case with nothing to count from", () => {
	const loaded = loadCase(UNANCHORED, "IPT/B/B.md");
	const summary = sections(fileText(run(loaded), EXPORT_FILES.summary));

	it("the engine counts from today, which would date the death", () => {
		const evidence = loaded.analysis.flags.flatMap((flag) => flag.evidence.map((item) => item.reason));
		expect(evidence.some((reason) => / before today/.test(reason))).toBe(true);
	});

	it("gives neither the date nor the count from today in the export", () => {
		const evidence = (summary.get("Problem areas") ?? []).filter((line) => line.includes(" died ") || line.startsWith("- Death:"));
		expect(evidence).toHaveLength(2);
		for (const line of evidence) expect(line).not.toMatch(/today|\d{4}-\d{2}/);
	});

	it("keeps the count from today when identified, beside the dates themselves", () => {
		const identified = fileText(run(loaded, { identified: true }), EXPORT_FILES.summary);
		expect(identified).toMatch(/before today/);
	});
});

describe("withoutCountsFromToday", () => {
	it.each([
		["Father died date left out, 3 months before today", "Father died date left out"],
		["on date left out, over 2 months before today, concerning Father", "on date left out, concerning Father"],
		["in date left out, about 1 month after today", "in date left out"],
		["in date left out, in the same month as today", "in date left out"],
		["on date left out, on the day of today", "on date left out"],
		["Father died date left out, 12 days before today, outside the 12-month window", "Father died date left out, outside the 12-month window"],
		["3 months before onset", "3 months before onset"],
	])("%j gives %j", (text, expected) => {
		expect(withoutCountsFromToday(text)).toBe(expected);
	});
});

describe("the look-back window", () => {
	it("gives no end when de-identified: the latest session or the export's day, it would date every week", () => {
		const window = sections(fileText(run(loadCase()), EXPORT_FILES.summary)).get("Timeline")?.find((line) => line.startsWith("- Look-back window"));
		expect(window).toBe("- Look-back window: from 14 months before start (12 months before onset) to the present");
	});

	it("keeps both ends when identified", () => {
		const window = sections(fileText(run(loadCase(), { identified: true }), EXPORT_FILES.summary)).get("Timeline")?.find((line) => line.startsWith("- Look-back window"));
		expect(window).toMatch(/^- Look-back window: \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} \(from 12 months before onset\)$/);
	});
});
