// Other plugins' templates are no cases, and `validate --templates` checks them as templates.
import { makeVault, note, removeVault, runCli } from "../support/cli";

const CASE = note("ipt: case\nclient: J.R.\nprotocol: standard\nplanned_sessions: 16\nstart: 2026-09-01");

function vaultWith(files: Record<string, string>): string {
	return makeVault({ "IPT/Jordan/Jordan.md": CASE, ...files });
}

describe("templates folders on the command line", () => {
	let root = "";
	afterEach(() => removeVault(root));

	it("skips core Templates' and Templater's folders while they are on, and the folders to ignore", () => {
		const template = note('ipt: case\nclient: "{{client}}"\nprotocol: standard');
		root = vaultWith({
			".obsidian/core-plugins.json": JSON.stringify({ templates: true, "file-explorer": true }),
			".obsidian/templates.json": JSON.stringify({ folder: "Meta/Templates" }),
			".obsidian/community-plugins.json": JSON.stringify(["templater-obsidian"]),
			".obsidian/plugins/templater-obsidian/data.json": JSON.stringify({ templates_folder: "Templater" }),
			".obsidian/plugins/ipt-workbench/data.json": JSON.stringify({ ignoredFolders: ["Archive"] }),
			"Meta/Templates/Case.md": template,
			"Templater/Case.md": template,
			"Archive/Case.md": template,
		});
		const report = JSON.parse(runCli(["report", root, "--json"]).stdout) as { cases: { client: string }[] };
		expect(report.cases.map((c) => c.client)).toEqual(["J.R."]);
		expect(runCli(["validate", root]).status).toBe(0);
	});

	it("reads a template left where notes are as no case, with an error that names the placeholder", () => {
		root = vaultWith({
			".obsidian/core-plugins.json": JSON.stringify({ templates: false }),
			".obsidian/templates.json": JSON.stringify({ folder: "Meta/Templates" }),
			"Meta/Templates/Case.md": note('ipt: case\nclient: "{{client}}"\nprotocol: standard'),
		});
		const report = JSON.parse(runCli(["report", root, "--json"]).stdout) as { cases: { client: string }[] };
		expect(report.cases.map((c) => c.client)).toEqual(["J.R."]);
		const validate = runCli(["validate", root]);
		expect(validate.status).toBe(1);
		expect(validate.stdout).toContain("Meta/Templates/Case.md\n  error   client: still holds the template placeholder {{client}}");
	});

	it("validate --templates checks each template as the note it makes, naming file and field", () => {
		root = vaultWith({
			".obsidian/core-plugins.json": JSON.stringify(["templates"]),
			".obsidian/templates.json": JSON.stringify({ folder: "Teaching" }),
			"IPT templates/Person.md": note('ipt: person\ncase: "{{case}}"\nrole: mother\ncirle: 2'),
			"Teaching/Case.md": note('ipt: case\nclient: "{{client}}"\nprotocol: standrad\nstart: "{{date}}"'),
			"Teaching/Session.md": note('ipt: session\nsession: "{{session}}"\nhomework: [call'),
			"Teaching/Daily.md": note("date: {{date}}"),
		});
		const result = runCli(["validate", root, "--templates"]);
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/^Checked 3 IPT templates \(and 1 other note that make no IPT note\) in "IPT templates", "Teaching"/);
		expect(result.stdout).toContain("IPT templates/Person.md\n  warning cirle:");
		expect(result.stdout).toMatch(/Teaching\/Case\.md\n {2}error {3}protocol: "standrad"/);
		expect(result.stdout).toContain("Teaching/Session.md\n  error   the frontmatter is not valid YAML");
	});

	it("validate --templates passes the bundled templates as installed", () => {
		root = vaultWith({ "IPT templates/Case.md": note('ipt: case\nclient: "{{client}}"\nstatus: active\nprotocol: standard\nstart: "{{date}}"\nfocus: "{{focus}}"') });
		const result = runCli(["validate", root, "--templates"]);
		expect(result.stdout).toContain("Every IPT template follows the note format.");
		expect(result.status).toBe(0);
	});
});
