// The group protocol through the command line: the pre-group meeting (session 0) is
// reported in the initial phase and outside the 8 planned sessions; in another
// protocol's case it is an error naming the file and the field.
import { makeVault, note, removeVault } from "../support/cli";
import { caseBlock, expectInOrder, jsonReport, runReport } from "./report-json";

const GROUP = "IPT/Group A/Group A.md";
const SOLO = "IPT/Solo B/Solo B.md";

describe("report over a group case with its pre-group meeting", () => {
	let root = "";
	beforeAll(() => {
		root = makeVault({
			[GROUP]: note("ipt: case\nclient: G.A.\nprotocol: group\nonset: 2026-09-01"),
			"IPT/Group A/Sessions/Session 00.md": note("ipt: session\nsession: 0\ndate: 2026-10-05\nphq9: 17\nphq9_item9: 0\ntasks: [psychoeducation]"),
			"IPT/Group A/Sessions/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-10-12\ntasks: [inventory]"),
			"IPT/Group A/Sessions/Session 02.md": note("ipt: session\nsession: 2\ndate: 2026-10-19\nphq9: 12\nphq9_item9: 0"),
			[SOLO]: note("ipt: case\nclient: S.B.\nonset: 2026-09-01"),
			"IPT/Solo B/Session 00.md": note("ipt: session\nsession: 0\ndate: 2026-10-05\nphq9: 15\nphq9_item9: 0"),
		});
	});
	afterAll(() => removeVault(root));

	it("counts the group sessions held, puts session 0 in the initial phase and takes its score as baseline", () => {
		const report = jsonReport(root);
		const group = report.cases.find((c) => c.path === GROUP);
		expect([group?.protocol, group?.planned_sessions, group?.sessions_held, group?.last_session, group?.phase]).toEqual(["group", 8, 2, 2, "middle"]);
		expect([group?.measures.phq9?.baseline, group?.measures.phq9?.baseline_session, group?.measures.phq9?.count]).toEqual([17, 0, 2]);
		expect(group?.timeline.entries.map((e) => (e.kind === "measure" ? e.session : e.kind))).toEqual([0, 2]);
		expect(group?.warnings.map((w) => w.id)).not.toContain("over-planned-sessions");
		expect(report.diagnostics.filter((d) => d.path.startsWith("IPT/Group A/"))).toEqual([]);
	});

	it("tells a standard case that session 0 is not one of its sessions, on the note's session field", () => {
		const report = jsonReport(root);
		expect(report.diagnostics.filter((d) => d.path.startsWith("IPT/Solo B/"))).toEqual([
			{
				path: "IPT/Solo B/Session 00.md",
				field: "session",
				severity: "error",
				message: `session: 0 is the pre-group meeting of the group protocol, but the case (${SOLO}) follows the standard protocol, whose sessions are numbered from 1; renumber the note, or set protocol: group on the case note.`,
			},
		]);
		const solo = report.cases.find((c) => c.path === SOLO);
		expect([solo?.sessions_held, solo?.last_session, solo?.measures]).toEqual([0, null, {}]);
		expectInOrder(caseBlock(runReport(root, []), SOLO), ["Diagnostics", /^ {2}IPT\/Solo B\/Session 00\.md$/, /^ {4}error +session: 0 is the pre-group meeting of the group protocol/]);
	});

	it("words a case whose only meeting so far is the pre-group one", () => {
		const only = makeVault({
			[GROUP]: note("ipt: case\nclient: G.A.\nprotocol: group"),
			"IPT/Group A/Sessions/Session 00.md": note("ipt: session\nsession: 0\ndate: 2026-10-05"),
		});
		try {
			expectInOrder(caseBlock(runReport(only, []), GROUP), ["Active · group protocol · session 0 (the pre-group meeting) of 8 · initial phase"]);
		} finally {
			removeVault(only);
		}
	});
});
