// Hand-written values as clinicians write them: loose dates, a year alone, another
// name for a value, a slip of the pen, and sessions missed or cancelled.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { makeVault, removeVault, runCli } from "../support/cli";
import { FORGIVING_VAULT, TODAY } from "./forgiving-vault";


let vault: string;
beforeAll(() => {
	vault = makeVault(FORGIVING_VAULT);
});
afterAll(() => removeVault(vault));

test("validate names each file, field and fix", () => {
	const result = runCli(["validate", vault]);
	const out = result.stdout;
	expect(out).toMatch(/IPT\/Ana\/Ana\.md[\s\S]*protocol: "IPT-A" is read as adolescent; write adolescent/);
	expect(out).toContain('status: "ongoing" is read as active; write active');
	expect(out).toContain('start: "2026/03/02" is read as 2 March 2026; write 2026-03-02');
	expect(out).toContain('onset: "2026-2-15" is read as 15 February 2026; write 2026-02-15');
	expect(out).toContain('status: "dead" is read as deceased; write deceased');
	expect(out).toContain('type: "bereavement" is read as death; write death');
	expect(out).toContain('date: "12/03/2026" could be 12 March 2026 or 3 December 2026; write 2026-03-12 or 2026-12-03');
	expect(out).toContain('date: "2026.01.20" is read as 20 January 2026; write 2026-01-20');
	expect(out).toMatch(/type: "seperation" is not an event type; expected one of .*; did you mean separation\?/);
	expect(out).toMatch(/tasks: "formualtion" is not an IPT task; expected one of .*; did you mean formulation\?/);
	expect(out).toContain('reason: "DNA" is read as missed; write missed');
	expect(out).toContain("tasks: a session not held counts toward no task");
	// A year alone on an event or a death is a date, with nothing to say.
	expect(out).not.toMatch(/Loss\.md[^\n]*\n[^\n]*date/);
	expect(out).not.toMatch(/died: 2019/);
	// The ambiguous date, the misspelt type and the misspelt task are errors.
	expect(result.status).toBe(1);
});

test("report --json reads the same values as meant", () => {
	const result = runCli(["report", vault, "--json", "--today", TODAY]);
	const json = JSON.parse(result.stdout) as { cases: Record<string, unknown>[] };
	const ana = json.cases[0];
	expect(ana).toMatchObject({ protocol: "adolescent", status: "active", sessions_held: 1, last_session: 3 });
	expect(ana?.not_held).toEqual([
		{ path: "IPT/Ana/Sessions/Session 02.md", session: 2, date: "2026-03-09", reason: "missed" },
		{ path: "IPT/Ana/Sessions/Session 03.md", session: 3, date: "2026-03-16", reason: "cancelled-by-client" },
	]);
	expect(ana?.events).toEqual(
		expect.arrayContaining([
			{ path: "IPT/Ana/Events/Loss.md", date: "2019", type: "death", category: "death" },
			{ path: "IPT/Ana/Events/Move.md", date: null, type: "move", category: "transition" },
			{ path: "IPT/Ana/Events/Row.md", date: "2026-01-20", type: null, category: null },
		]),
	);
	expect(JSON.stringify(ana?.flags)).toContain("Mum (mother, circle 1) died in 2019, about 7 years before onset");
});

test("the text report lists the sessions not held", () => {
	const out = runCli(["report", vault, "--today", TODAY]).stdout;
	expect(out).toContain("Sessions not held\n  - session 2 (2026-03-09): missed (did not attend) (IPT/Ana/Sessions/Session 02.md)\n  - session 3 (2026-03-16): cancelled by the client (IPT/Ana/Sessions/Session 03.md)");
});

test("a de-identified export tells the year alone by years from the start", () => {
	const out = makeVault({});
	try {
		const result = runCli(["export", vault, "--case", "Ana", "--out", join(out, "x"), "--today", TODAY]);
		expect(result.stderr).toBe("");
		const summary = readFileSync(join(out, "x", "summary.md"), "utf8");
		expect(summary).not.toMatch(/2019/);
		expect(summary).toContain("- Not held: Session 2 missed (did not attend); session 3 cancelled by the client");
	} finally {
		removeVault(out);
	}
});
