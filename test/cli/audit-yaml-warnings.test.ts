// Template placeholders such as `{{number}}` read as YAML mappings used as keys. The tool
// reports the note; the YAML library's own warning about it must not reach stderr, where
// scripts look for the tool's errors.
import { makeVault, note, removeVault, runCli } from "../support/cli";

let vault: string;
beforeAll(() => {
	// Templates kept outside the settings' templates folder, as in a shared template vault.
	vault = makeVault({ "Templates/Session.md": note("ipt: session\nsession: {{number}}\ndate: {{date}}") });
});
afterAll(() => removeVault(vault));

it.each([[["validate"], 1], [["report", "--json"], 0], [["report"], 0]])("%j reports the placeholders with nothing on stderr", ([command, ...flags], status) => {
	const result = runCli([command ?? "", vault, ...flags]);
	expect(result.stdout).toMatch(/session: \{\{ number \}: null\} is not a session number/);
	expect(result.stderr).toBe("");
	expect(result.status).toBe(status);
});
