// Obsidian writes new links in the format its settings choose (Files and links, New link
// format): shortest, relative to the note, or absolute in the vault. The command line
// must read a vault written in any of them as the app does.
import { makeVault, note, removeVault } from "../support/cli";
import { jsonReport } from "./report-json";

const CASE = "Clients/Ann/Ann.md";

/** The same case, its members linking to it (and an event to a person) in `format`. */
function vaultIn(links: { fromWork: string; fromPeople: string; fromCaseFolder: string; personFromCaseFolder: string }): Record<string, string> {
	return {
		[CASE]: note("ipt: case\nclient: A.K."),
		"Clients/Ann/People/Mum.md": note(`ipt: person\nname: Mum\ncircle: 1\ncase: "[[${links.fromPeople}]]"`),
		"Clients/Ann/2026-01-05 Loss.md": note(`ipt: event\ndate: 2026-01-05\ntype: death\ncase: "[[${links.fromCaseFolder}]]"\npeople: ["[[${links.personFromCaseFolder}]]"]`),
		"Work/Dad.md": note(`ipt: person\nname: Dad\ncircle: 2\ncase: "[[${links.fromWork}]]"`),
	};
}

const FORMATS = {
	shortest: { fromWork: "Ann", fromPeople: "Ann", fromCaseFolder: "Ann", personFromCaseFolder: "Mum" },
	relative: { fromWork: "../Clients/Ann/Ann", fromPeople: "../Ann", fromCaseFolder: "./Ann", personFromCaseFolder: "./People/Mum" },
	absolute: { fromWork: "Clients/Ann/Ann", fromPeople: "Clients/Ann/Ann", fromCaseFolder: "Clients/Ann/Ann", personFromCaseFolder: "Clients/Ann/People/Mum" },
};

describe.each(Object.entries(FORMATS))("a vault whose links are written %s", (_format, links) => {
	let root = "";
	beforeAll(() => {
		root = makeVault(vaultIn(links));
	});
	afterAll(() => removeVault(root));

	it("files every member under the case the links name, with no diagnostic", () => {
		const report = jsonReport(root);
		expect(report.diagnostics).toEqual([]);
		expect(report.cases.map((c) => [c.path, c.people.map((p) => p.path).sort()])).toEqual([[CASE, ["Clients/Ann/People/Mum.md", "Work/Dad.md"]]]);
	});
});

it("a relative link is relative to the linking note: the same text from another folder opens nothing", () => {
	const root = makeVault({ [CASE]: note("ipt: case\nclient: A.K."), "Work/Dad.md": note('ipt: person\nname: Dad\ncircle: 2\ncase: "[[../Ann]]"') });
	try {
		const report = jsonReport(root);
		expect(report.cases[0]?.people).toEqual([]);
		expect(report.diagnostics.map((d) => [d.path, d.field])).toEqual([["Work/Dad.md", "case"]]);
	} finally {
		removeVault(root);
	}
});
