import { makeVault, removeVault, runCli } from "../support/cli";

describe("command line usage", () => {
	it("prints help and exits 0", () => {
		for (const args of [[], ["--help"], ["report", "--help"], ["validate", "-h"]]) {
			const result = runCli(args);
			expect(result.status).toBe(0);
			expect(result.stdout).toMatch(/Usage/);
		}
	});

	it.each([
		[["frobnicate"], /unknown command "frobnicate"/],
		[["report"], /report needs a vault folder/],
		[["report", "a", "b"], /unexpected argument "b"/],
		[["report", ".", "--today", "25/11/2026"], /--today "25\/11\/2026" is not a date/],
		[["report", ".", "--colour"], /colour/],
		[["validate", "/no/such/vault"], /cannot read vault folder "\/no\/such\/vault"/],
	])("exits 2 with a one-line reason for %j", (args, reason) => {
		const result = runCli(args);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toMatch(reason);
		expect(result.stderr.trim().split("\n")).toHaveLength(1);
	});

	it("exits 2 when the vault is a file, not a folder", () => {
		const vault = makeVault({ "note.md": "plain" });
		try {
			const result = runCli(["report", `${vault}/note.md`]);
			expect(result.status).toBe(2);
			expect(result.stderr).toMatch(/is not a folder/);
		} finally {
			removeVault(vault);
		}
	});

	it("exits 2 when --case matches no case", () => {
		const vault = makeVault({ "IPT/A/A.md": "---\nipt: case\nclient: A.B.\n---\n" });
		try {
			const result = runCli(["report", vault, "--case", "Nobody"]);
			expect(result.status).toBe(2);
			expect(result.stderr).toMatch(/--case "Nobody" matches no case/);
		} finally {
			removeVault(vault);
		}
	});
});
