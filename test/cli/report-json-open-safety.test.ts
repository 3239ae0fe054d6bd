// `report --json` puts open safety items first, in the text report's order: every
// case's open items before the cases, and each case's safety list right after its name.
import { makeVault, note, removeVault } from "../support/cli";
import { jsonReport, runReport, type ReportJson } from "./report-json";

const FILES = {
	"IPT/A/A.md": note("ipt: case\nclient: A.A."),
	"IPT/A/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-11-01\nhamd_item3: 1\nrisk_reviewed: true"),
	"IPT/B/B.md": note("ipt: case\nclient: B.B."),
	"IPT/B/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-11-02\nphq9_items: [1, 1, 1, 1, 1, 1, 1, 1, 2]"),
	"IPT/C/C.md": note("ipt: case\nclient: C.C."),
	"IPT/C/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-10-01\nepds_item10: 1\nrisk_reviewed: true"),
	"IPT/C/Session 02.md": note("ipt: session\nsession: 2\ndate: 2026-10-08\nepds_item10: 2"),
	"IPT/C/Session 03.md": note("ipt: session\nsession: 3\ndate: 2026-10-15\nhamd_item3: 3"),
};

let vault: string;
let json: ReportJson;
let text: string[];

beforeAll(() => {
	vault = makeVault(FILES);
	json = jsonReport(vault);
	text = runReport(vault, []).split("\n");
});

afterAll(() => {
	removeVault(vault);
});

it("leads with the open items of every case, before the cases themselves", () => {
	expect(Object.keys(json)).toEqual(["open_safety", "vault", "cases", "diagnostics"]);
	// --today 2026-11-25.
	const item = (over: object) => ({ raw: expect.any(String) as unknown, reason: "positive", reviewed: false, ...over });
	expect(json.open_safety).toEqual([
		item({ case: "IPT/B/B.md", client: "B.B.", measure: "phq9", item: 9, score: 2, session: 1, date: "2026-11-02", path: "IPT/B/Session 01.md", raised_days_ago: 23 }),
		item({ case: "IPT/C/C.md", client: "C.C.", measure: "hamd", item: 3, score: 3, session: 3, date: "2026-10-15", path: "IPT/C/Session 03.md", raised_days_ago: 41 }),
		item({ case: "IPT/C/C.md", client: "C.C.", measure: "epds", item: 10, score: 2, session: 2, date: "2026-10-08", path: "IPT/C/Session 02.md", raised_days_ago: 48 }),
	]);
});

it("lists them in the order the text report's header does", () => {
	const header = text.slice(text.indexOf("OPEN SAFETY ITEMS in all cases: follow up with the client in this session") + 1, text.indexOf(""));
	expect(header.map((line) => /^ {2}! (.+?): .*: (\S.*)$/.exec(line)?.slice(1))).toEqual(json.open_safety.map((item) => [item.client, item.path]));
});

it("gives each case's safety list, open items first, right after the case's name", () => {
	for (const c of json.cases) expect(Object.keys(c).slice(0, 3)).toEqual(["path", "client", "safety"]);
	const c = json.cases.find((candidate) => candidate.path === "IPT/C/C.md");
	expect(c?.safety.map((item) => [item.session, item.reviewed])).toEqual([
		[3, false],
		[2, false],
		[1, true],
	]);
});
