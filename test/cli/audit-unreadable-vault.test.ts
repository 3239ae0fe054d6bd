// A vault folder that exists but cannot be listed is an unreadable vault folder (exit 2,
// as --help and the README promise), not an empty vault: "0 cases, 0 open safety items"
// with exit 0 would tell a script that nothing needs review.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { makeVault, note, removeVault } from "../support/cli";

const BUILT_CLI = resolve(__dirname, "../../dist/cli.js");
// Permissions do not stop root, so as root the tool runs as the unprivileged `nobody`,
// from a copy beside the vault: the checkout itself may sit where `nobody` cannot read.
const NOBODY = 65534;
const asUser = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};

let root: string;
let vault: string;
let cli: string;

beforeAll(() => {
	root = makeVault({ "vault/IPT/A/A.md": note("ipt: case\nclient: A.B.") });
	vault = join(root, "vault");
	// The bundle needs nothing beside it.
	cli = join(root, "cli.js");
	copyFileSync(BUILT_CLI, cli);
	chmodSync(root, 0o755);
	chmodSync(vault, 0o000);
});
afterAll(() => {
	chmodSync(vault, 0o755);
	removeVault(root);
});

it.each([[["report"]], [["report", "--json"]], [["validate"]], [["export", "--case", "A.B.", "--out"]]])("%j exits 2 with a one-line reason", ([command, ...flags]) => {
	const out = flags.at(-1) === "--out" ? [join(root, "out")] : [];
	const result = spawnSync(process.execPath, [cli, command ?? "", vault, ...flags, ...out], { encoding: "utf8", ...asUser });
	expect(result.stdout).toBe("");
	expect(result.stderr.trim().split("\n")).toEqual([`ipt-workbench: cannot read vault folder "${vault}" (EACCES).`]);
	expect(result.status).toBe(2);
});
