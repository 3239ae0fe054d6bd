// `export --out` into a place that cannot take the files: a one-line reason and exit 2,
// as for an --out folder that already holds an export, and nothing of this run left behind.
import { lstatSync, mkdirSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeVault, note, removeVault, runCli } from "../support/cli";

let vault: string;
let outs: string;

beforeAll(() => {
	vault = makeVault({
		"IPT/A/A.md": note("ipt: case\nclient: A.B.\nstart: 2026-01-05"),
		"IPT/A/Sessions/Session 1.md": note("ipt: session\nsession: 1\ndate: 2026-01-05\nphq9: 12"),
	});
	outs = makeVault({});
});
afterAll(() => {
	removeVault(vault);
	removeVault(outs);
});

function exportTo(out: string) {
	return runCli(["export", vault, "--case", "IPT/A/A.md", "--out", out, "--today", "2026-02-01"]);
}

it("exits 2 with a one-line reason when --out lies below a file", () => {
	const file = join(outs, "a file");
	writeFileSync(file, "not a folder");
	const result = exportTo(join(file, "summary"));
	expect(result.status).toBe(2);
	expect(result.stdout).toBe("");
	expect(result.stderr.trim().split("\n")).toEqual([`ipt-workbench: cannot write into --out "${join(file, "summary")}" (ENOTDIR); nothing was written.`]);
});

it("takes back the files it wrote when a later one cannot be written, and leaves what was there", () => {
	const out = join(outs, "half taken");
	const dangling = join(out, "closeness-circle.svg");
	mkdirSync(out);
	// A link to nothing: the folder looks free of it, yet a file cannot be created in its place.
	symlinkSync(join(outs, "nowhere"), dangling);
	const result = exportTo(out);
	expect(result.status).toBe(2);
	expect(result.stderr.trim().split("\n")).toEqual([`ipt-workbench: cannot write into --out "${out}" (EEXIST); nothing was written.`]);
	expect(readdirSync(out)).toEqual(["closeness-circle.svg"]);
	expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
	expect(readlinkSync(dangling)).toBe(join(outs, "nowhere"));
});
