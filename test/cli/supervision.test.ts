// `ipt-workbench supervision`, run as a trainee counting towards certification would.
import { makeVault, note, removeVault, runCli } from "../support/cli";

const VAULT: Record<string, string> = {
	"IPT/Ann B/Ann B.md": note("ipt: case\nclient: Ann Baker\nprotocol: standard"),
	"IPT/Ann B/Sessions/Session 04.md": note("ipt: session\nsession: 4\nphase: initial"),
	"IPT/Ann B/Supervision/2026-03-10.md": note("ipt: supervision\ndate: 2026-03-10\nsupervisor: Dr Hannah Lee\nminutes: 60\nformat: individual\nrecording_reviewed: true\nconsent_recorded: true\nsessions: [2, 4]"),
	"IPT/Ann B/Supervision/2026-04-14.md": note("ipt: supervision\ndate: 2026-04-14\nsupervisor: Dr Hannah Lee\nminutes: 90\nformat: group\nsessions: [8, 15]"),
	"IPT/Cy D/Cy D.md": note("ipt: case\nclient: Cy Dunn\nprotocol: brief"),
	// Kept in a supervision folder of its own: its link says which case it is about.
	"Supervision/Cy 1.md": note('ipt: supervision\ncase: "[[Cy D]]"\ndate: 2026-05-02\nsupervisor: Prof Ada Byrne\nminutes: 45\nrecording_reviewed: true\nsessions: ["3"]'),
	"IPT/Eve F/Eve F.md": note("ipt: case\nclient: Eve Fox"),
};

let vault: string;
beforeAll(() => {
	vault = makeVault(VAULT);
});
afterAll(() => removeVault(vault));

it("prints the totals over all cases, then each supervised case", () => {
	const result = runCli(["supervision", vault]);
	expect([result.status, result.stderr]).toEqual([0, ""]);
	expect(result.stdout).toBe(
		[
			"Supervision totals",
			"  Supervised cases: 2 (ISIPT therapist certification asks for 3)",
			"  Cases with early, middle and late sessions discussed: 1",
			"  Meetings: 3",
			"  Hours: 3.25 (195 minutes)",
			"  Recordings reviewed: 2",
			"  Cases with consent recorded: 1 of 2",
			"",
			"Ann Baker (IPT/Ann B/Ann B.md)",
			"  Meetings: 2",
			"  Hours: 2.5 (150 minutes)",
			"  Individual and group hours: 1 individual, 1.5 group",
			"  Sessions discussed, early (initial phase): 2, 4",
			"  Sessions discussed, middle: 8",
			"  Sessions discussed, late (final phase): 15",
			"  Early, middle and late covered: yes",
			"  Recordings reviewed: 1",
			"  Consent recorded: yes",
			"  Supervisors: Dr Hannah Lee",
			"",
			"Cy Dunn (IPT/Cy D/Cy D.md)",
			"  Meetings: 1",
			"  Hours: 0.75 (45 minutes)",
			"  Sessions discussed, early (initial phase): none",
			"  Sessions discussed, middle: 3",
			"  Sessions discussed, late (final phase): none",
			"  Early, middle and late covered: no",
			"  Recordings reviewed: 1",
			"  Consent recorded: no",
			"  Supervisors: Prof Ada Byrne",
			"  ! A recording was reviewed in 1 meeting, but no meeting records the client's consent (consent_recorded: true).",
			"",
		].join("\n"),
	);
});

it("prints the same totals as JSON", () => {
	const result = runCli(["supervision", vault, "--json"]);
	expect(result.status).toBe(0);
	const json = JSON.parse(result.stdout) as Record<string, unknown> & { cases: Record<string, unknown>[] };
	expect(json).toMatchObject({ supervised_cases: 2, certification_cases: 3, cases_covered: 1, meetings: 3, minutes: 195, recordings_reviewed: 2, cases_with_consent: 1 });
	expect(json.cases[0]).toMatchObject({
		case: "IPT/Ann B/Ann B.md",
		client: "Ann Baker",
		supervisors: ["Dr Hannah Lee"],
		minutes_individual: 60,
		minutes_group: 90,
		sessions_discussed: { initial: [2, 4], middle: [8], final: [15], maintenance: [] },
		phases_covered: true,
	});
});

it("names the file and field of a bad supervision note in validate", () => {
	const bad = makeVault({ ...VAULT, "IPT/Eve F/Supervision/One.md": note("ipt: supervision\ndate: 2026-05-02\nminutes: 1 hour") });
	try {
		const result = runCli(["validate", bad]);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain("IPT/Eve F/Supervision/One.md\n");
		expect(result.stdout).toContain('  error   minutes: "1 hour" is not a number of minutes; expected a whole number from 1 to 600');
		expect(result.stdout).toContain("  error   supervisor: missing; a supervision note needs the supervisor's name");
	} finally {
		removeVault(bad);
	}
});

it("says so when no case has a supervision note, and explains the command with --help", () => {
	const empty = makeVault({ "IPT/Eve F/Eve F.md": VAULT["IPT/Eve F/Eve F.md"] ?? "" });
	try {
		expect(runCli(["supervision", empty]).stdout).toContain("No supervision notes yet");
		const help = runCli(["supervision", "--help"]);
		expect([help.status, help.stdout]).toEqual([0, expect.stringMatching(/^Usage: ipt-workbench supervision <vault> \[--json\]/)]);
		expect(runCli(["supervision"]).stderr).toBe("ipt-workbench: supervision needs a vault folder: ipt-workbench supervision <vault>\n");
	} finally {
		removeVault(empty);
	}
});
