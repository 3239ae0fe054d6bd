import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const CLI = resolve(__dirname, "../../dist/cli.js");

export interface CliResult {
	readonly status: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/** Runs the built command-line tool as a user would (`npm test` builds it first); `env` adds to the environment. */
export function runCli(args: readonly string[], cwd?: string, env?: Readonly<Record<string, string>>): CliResult {
	const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd, env: { ...process.env, ...env } });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A throwaway vault folder; `files` maps vault paths to their text or bytes. */
export function makeVault(files: Record<string, string | Uint8Array>): string {
	const root = mkdtempSync(join(tmpdir(), "ipt-vault-"));
	for (const [path, content] of Object.entries(files)) {
		const target = join(root, path);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, content);
	}
	return root;
}

export function removeVault(root: string): void {
	rmSync(root, { recursive: true, force: true });
}

export function note(frontmatter: string, body = ""): string {
	return `---\n${frontmatter.trim()}\n---\n${body}`;
}

export interface ExportVault {
	/** The vault folder, made before the file's tests and removed after them. */
	readonly vault: () => string;
	/** A folder that does not exist yet, for one export to write. */
	readonly freshOut: () => string;
}

/** A vault for a file of export tests, with a new output folder for each export. */
export function exportVault(files: Record<string, string | Uint8Array>): ExportVault {
	let vault = "";
	let outs = "";
	let count = 0;
	beforeAll(() => {
		vault = makeVault(files);
		outs = makeVault({});
	});
	afterAll(() => {
		removeVault(vault);
		removeVault(outs);
	});
	return {
		vault: () => vault,
		freshOut: () => {
			count += 1;
			return join(outs, `out ${count}`);
		},
	};
}
