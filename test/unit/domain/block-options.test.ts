import { readBlockOptions } from "../../../src/domain/embeds/block-options";

describe("readBlockOptions", () => {
	it("reads an empty block as the note's own case", () => {
		expect(readBlockOptions("circle", "")).toEqual({ options: { caseName: null } });
		expect(readBlockOptions("summary", "\n  \n")).toEqual({ options: { caseName: null } });
	});

	it.each([
		["case: Jordan Rivers", "Jordan Rivers"],
		['case: "[[Jordan Rivers]]"', "Jordan Rivers"],
		["Case: [[IPT/Jordan Rivers/Jordan Rivers|Jordan]]", "IPT/Jordan Rivers/Jordan Rivers"],
		["case: 'IPT/Maya K'", "IPT/Maya K"],
	])("reads %j as the case %j", (line, name) => {
		expect(readBlockOptions("timeline", `\n${line}\n`)).toEqual({ options: { caseName: name } });
	});

	it("names the line and the block of an unknown option", () => {
		expect(readBlockOptions("measures", "case: Ann\nmeasure: phq9")).toEqual({
			problem: 'Line 2 of the ipt-measures block ("measure: phq9") is not an option of ipt-measures. It takes one option, "case: " with a client, a case note or a link to one.',
		});
	});

	it("refuses a case in the caseload, an empty case and a case given twice", () => {
		expect(readBlockOptions("caseload", "case: Ann")).toEqual({ problem: expect.stringContaining('Line 1 of the ipt-caseload block: ipt-caseload shows every case, so it takes no "case:"') as unknown });
		expect(readBlockOptions("circle", "case:  ")).toEqual({ problem: expect.stringContaining('Line 1 of the ipt-circle block: "case:" is empty') as unknown });
		expect(readBlockOptions("circle", "case: A\ncase: B")).toEqual({ problem: expect.stringContaining('Line 2 of the ipt-circle block: "case:" is given twice') as unknown });
	});

	it("refuses text that is not an option line", () => {
		expect(readBlockOptions("caseload", "show everything")).toEqual({ problem: 'Line 1 of the ipt-caseload block ("show everything") is not an option of ipt-caseload. It takes no options: it shows every case.' });
	});
});
