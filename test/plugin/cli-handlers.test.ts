/** @jest-environment jsdom */
import { localCalendarDate } from "../../src/domain/model/dates";
import { makeVault, note, removeVault, runCli } from "../support/cli";
import { useApiVersion, type App } from "../fake-obsidian";
import { settle, startWorkbench } from "./views-support";

const CASE = "IPT/Jordan Rivers/Jordan Rivers.md";

const VAULT: Record<string, string> = {
	[CASE]: note("ipt: case\nclient: Jordan Rivers\nonset: 2026-03-01\nstart: 2026-03-10"),
	"IPT/Jordan Rivers/People/Sam Patel.md": note("ipt: person\nname: Sam Patel\nrole: partner\ncircle: 1\nsupport: 1\nconflict: 3\ndispute_stage: impasse"),
	"IPT/Jordan Rivers/Events/2026-01-10 Sam moved out.md": note('ipt: event\ndate: 2026-01-10\ntype: separation\npeople:\n  - "[[Sam Patel]]"'),
	"IPT/Jordan Rivers/Sessions/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-03-10\nphq9: 18"),
	"IPT/Jordan Rivers/Sessions/Session 02.md": note("ipt: session\nsession: 2\ndate: 2026-03-17\nphq9_items: [2, 2, 2, 2, 2, 2, 2, 2, 1]"),
	"IPT/Ann Lee/Ann Lee.md": note("ipt: case\nclient: Ann Lee"),
	"IPT/Ann Lee/People/Bo.md": note("ipt: person\nrole: brother\ncircle: 2\nsupport: lots"),
	"IPT/Jordan Rivers/Supervision/2026-03-20.md": note("ipt: supervision\ndate: 2026-03-20\nsupervisor: Noor Haddad\nminutes: 60\nsessions: [1]"),
};
const NAMES = /Jordan|Rivers|Sam|Patel|Ann|Lee|\bBo\b|Noor|Haddad/;

let app: App;

async function start(): Promise<void> {
	app = await startWorkbench({ files: VAULT });
	await settle(app);
}

afterEach(() => {
	useApiVersion();
	document.body.empty();
});

describe("Obsidian CLI commands", () => {
	it("are registered on an app with the CLI, and not on an older one", async () => {
		await start();
		expect(app.cli.list().map((c) => c.command)).toEqual(["ipt-workbench", "ipt-workbench:report", "ipt-workbench:safety", "ipt-workbench:validate", "ipt-workbench:supervision"]);
		document.body.empty();
		useApiVersion("1.12.1");
		await start();
		expect(app.cli.list()).toEqual([]);
	});

	it("print with identified=true the JSON of the command-line tool's report --json, open safety first", async () => {
		await start();
		const printed = JSON.parse(await app.cli.run("ipt-workbench:report", { format: "json", identified: "true" })) as Record<string, unknown>;
		const root = makeVault(VAULT);
		try {
			const cli = runCli(["report", root, "--json", "--today", localCalendarDate(new Date())]);
			const expected = JSON.parse(cli.stdout) as Record<string, unknown>;
			expect(Object.keys(printed)[0]).toBe("open_safety");
			expect({ ...printed, vault: "" }).toEqual({ ...expected, vault: "" });
			expect(printed.open_safety).toEqual([expect.objectContaining({ case: CASE, client: "Jordan Rivers", session: 2, score: 1 })]);
		} finally {
			removeVault(root);
		}
	});

	it("de-identify every output unless identified=true", async () => {
		await start();
		const outputs = await Promise.all([
			app.cli.run("ipt-workbench"),
			app.cli.run("ipt-workbench:report", { format: "json" }),
			app.cli.run("ipt-workbench:report"),
			app.cli.run("ipt-workbench:safety", { format: "json" }),
			app.cli.run("ipt-workbench:safety"),
			app.cli.run("ipt-workbench:validate"),
			app.cli.run("ipt-workbench:supervision"),
			app.cli.run("ipt-workbench:supervision", { format: "json" }),
		]);
		for (const output of outputs) {
			expect(output).not.toMatch(NAMES);
			expect(output).toMatch(/Client B/);
		}
		// Cases in path order: Ann Lee is Client A, Jordan Rivers Client B.
		const json = JSON.parse(outputs[1] ?? "") as { open_safety: { case: string; client: string; path: string }[] };
		expect(json.open_safety.map((s) => [s.case, s.client, s.path])).toEqual([["Client B", "Client B", "Session 2"]]);
		expect(await app.cli.run("ipt-workbench", { identified: "true" })).toMatch(/Jordan Rivers/);
	});

	it("print the supervision totals as the command-line tool does, with identified=true", async () => {
		await start();
		const root = makeVault(VAULT);
		try {
			for (const format of ["text", "json"]) {
				const cli = runCli(["supervision", root, ...(format === "json" ? ["--json"] : [])]);
				expect(await app.cli.run("ipt-workbench:supervision", { format, identified: "true" })).toBe(cli.stdout);
			}
		} finally {
			removeVault(root);
		}
		expect(await app.cli.run("ipt-workbench:supervision")).toMatch(/^ {2}Supervisors: Supervisor$/m);
	});

	it("lead every text output with the open safety items", async () => {
		await start();
		for (const command of ["ipt-workbench", "ipt-workbench:report", "ipt-workbench:safety", "ipt-workbench:validate"]) {
			const lines = (await app.cli.run(command, { identified: "true" })).split("\n");
			expect(lines.slice(0, 4)).toEqual([
				expect.stringMatching(/^IPT Workbench report for /) as unknown,
				expect.stringMatching(/^2 cases · 1 open safety item, 1 session without the safety item · diagnostics: [1-9]/) as unknown,
				expect.stringMatching(/^OPEN SAFETY ITEMS in all cases/) as unknown,
				expect.stringMatching(/^ {2}! Jordan Rivers: PHQ-9 item 9 scored 1, raised in session 2/) as unknown,
			]);
		}
	});

	it("list each case on a line in the caseload summary, the one with an open item first", async () => {
		await start();
		const lines = (await app.cli.run("ipt-workbench", { identified: "true" })).split("\n");
		const cases = lines.slice(lines.indexOf("Cases") + 1).filter(Boolean);
		expect(cases).toEqual([expect.stringMatching(/^ {2}! Jordan Rivers \(IPT\/Jordan Rivers\/Jordan Rivers.md\): 1 open safety item · 1 without the safety item · active/) as unknown, expect.stringMatching(/^ {2}- Ann Lee/) as unknown]);
	});

	it("report one case with case=, and name the field of a note in validate", async () => {
		await start();
		const one = JSON.parse(await app.cli.run("ipt-workbench:report", { case: "Ann Lee", format: "json", identified: "true" })) as { cases: { client: string }[] };
		expect(one.cases.map((c) => c.client)).toEqual(["Ann Lee"]);
		expect(await app.cli.run("ipt-workbench:validate", { identified: "true" })).toMatch(/IPT\/Ann Lee\/People\/Bo.md\n {2}(error|warning) .*support/);
	});

	it("print the rule under each item with explain, as the command-line tool's report --explain does", async () => {
		await start();
		const explained = await app.cli.run("ipt-workbench:report", { explain: "true", identified: "true" });
		const root = makeVault(VAULT);
		try {
			const cli = runCli(["report", root, "--explain", "--today", localCalendarDate(new Date())]);
			const body = (text: string) => text.split("\n").slice(1).join("\n");
			expect(body(explained)).toEqual(body(cli.stdout));
		} finally {
			removeVault(root);
		}
		expect(explained).toMatch(/\n {4}why \([a-z-]+\): /);
		expect(await app.cli.run("ipt-workbench:report", { identified: "true" })).not.toMatch(/why \(/);
		expect(await app.cli.run("ipt-workbench:report", { explain: "yes" })).toBe("IPT Workbench: explain=yes is not understood: give explain=true for the rules, or leave it out.");
	});

	it("answer a wrong parameter with a message that says how to fix it", async () => {
		await start();
		expect(await app.cli.run("ipt-workbench:report", { case: "Nobody" })).toBe('IPT Workbench: case= "Nobody" matches no case; give a case note\'s path or a client as written in its note.');
		expect(await app.cli.run("ipt-workbench:report", { format: "xml" })).toBe("IPT Workbench: format=xml is not a format: give format=json or format=text.");
		expect(await app.cli.run("ipt-workbench:safety", { identified: "yes" })).toBe("IPT Workbench: identified=yes is not understood: give identified=true for names, or leave it out.");
		expect(await app.cli.run("ipt-workbench:report", { case: "true" })).toMatch(/^IPT Workbench: case= is empty/);
	});
});
