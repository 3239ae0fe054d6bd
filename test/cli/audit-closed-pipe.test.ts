// A reader that stops early (`ipt-workbench report vault | head -1`) closes the pipe;
// the tool must end quietly with its own exit code, not with an EPIPE stack trace.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { makeVault, note, removeVault } from "../support/cli";

const CLI = resolve(__dirname, "../../dist/cli.js");

function vaultOfCases(): string {
	const files: Record<string, string> = {};
	for (let i = 0; i < 20; i += 1) {
		files[`IPT/Case ${i}/Case ${i}.md`] = note(`ipt: case\nclient: Client ${i}\nstart: 2026-01-05\nonset: 2025-10`);
		files[`IPT/Case ${i}/Sessions/Session 1.md`] = note("ipt: session\nsession: 1\ndate: 2026-01-05\nphq9: 12");
	}
	return makeVault(files);
}

/** Runs the tool with its output's reader gone, as after `head` has read its lines; a reader's timing cannot make it pass. */
function runIntoClosedPipe(args: readonly string[]): Promise<{ status: number | null; stderr: string }> {
	return new Promise((done) => {
		const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
		child.stdout.destroy();
		let stderr = "";
		child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
		child.on("close", (status) => done({ status, stderr }));
	});
}

let vault: string;
beforeAll(() => {
	vault = vaultOfCases();
});
afterAll(() => removeVault(vault));

it.each([[["report"]], [["report", "--json"]], [["validate"]], [["--help"]]])("%j into a pipe closed early ends without an error", async ([command, ...flags]) => {
	const result = await runIntoClosedPipe([command ?? "", vault, ...flags]);
	expect(result).toEqual({ status: 0, stderr: "" });
});
