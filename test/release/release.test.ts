import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { crc32, readZip } from "../support/read-zip";

const ROOT = resolve(__dirname, "../..");
const SCRIPTS = join(ROOT, "scripts");
// main.js and styles.css come from the build, which `npm test` runs before jest.
const PROJECT_FILES = ["package.json", "manifest.json", "versions.json", "main.js", "styles.css"];
const PLUGIN_FILES = ["main.js", "manifest.json", "styles.css"];

interface Manifest {
	readonly id: string;
	readonly version: string;
	readonly minAppVersion: string;
}

let project: string;

function run(script: string, args: readonly string[] = []): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [join(SCRIPTS, script), ...args], { cwd: project, encoding: "utf8" });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function bytes(path: string): Uint8Array {
	return new Uint8Array(readFileSync(path));
}

function readJson<T>(file: string): T {
	return JSON.parse(readFileSync(join(project, file), "utf8")) as T;
}

function editJson(file: string, edit: (value: Record<string, unknown>) => Record<string, unknown>): void {
	writeFileSync(join(project, file), JSON.stringify(edit(readJson(file)), null, "\t"));
}

/** A copy of the project's release inputs, so no test touches the real files. */
beforeEach(() => {
	project = mkdtempSync(join(tmpdir(), "ipt-release-"));
	for (const file of PROJECT_FILES) copyFileSync(join(ROOT, file), join(project, file));
});

afterEach(() => {
	rmSync(project, { recursive: true, force: true });
});

describe("npm run release", () => {
	it("checks the reference CRC-32 against the standard check value", () => {
		expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
	});

	it("writes the plugin's three files and a zip that unpacks them into the plugin's folder", () => {
		const manifest = readJson<Manifest>("manifest.json");
		expect(readJson<Record<string, string>>("versions.json")[manifest.version]).toBe(manifest.minAppVersion);
		expect(readJson<{ version: string }>("package.json").version).toBe(manifest.version);

		const result = run("release.mjs");
		expect(result.stderr).toBe("");
		expect(result.status).toBe(0);
		const folder = join(project, "release", manifest.version);
		for (const file of PLUGIN_FILES) expect(bytes(join(folder, file))).toEqual(bytes(join(project, file)));

		const entries = readZip(bytes(join(folder, `${manifest.id}-${manifest.version}.zip`)));
		expect([...entries.keys()]).toEqual([`${manifest.id}/`, ...PLUGIN_FILES.map((file) => `${manifest.id}/${file}`)]);
		expect(entries.get(`${manifest.id}/`)?.mode).toBe(0o40755);
		for (const file of PLUGIN_FILES) {
			const entry = entries.get(`${manifest.id}/${file}`);
			expect(entry?.data).toEqual(bytes(join(project, file)));
			expect(entry?.mode).toBe(0o100644);
		}
	});

	it("releases nothing while manifest.json's version differs from package.json's", () => {
		editJson("manifest.json", (manifest) => ({ ...manifest, version: "0.0.9" }));
		const result = run("release.mjs");
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/manifest\.json has version 0\.0\.9, package\.json \d+\.\d+\.\d+/);
		expect(existsSync(join(project, "release"))).toBe(false);
	});

	it("releases nothing while versions.json lacks the version's minAppVersion", () => {
		editJson("manifest.json", (manifest) => ({ ...manifest, minAppVersion: "1.10.0" }));
		const result = run("release.mjs");
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/versions\.json maps \d+\.\d+\.\d+ to [\d.]+, manifest\.json's minAppVersion is 1\.10\.0/);
		expect(existsSync(join(project, "release"))).toBe(false);
	});

	it("after npm version's script, manifest.json and versions.json follow package.json and the release has the new version", () => {
		const before = readJson<Record<string, string>>("versions.json");
		editJson("package.json", (pkg) => ({ ...pkg, version: "9.8.7" }));
		editJson("manifest.json", (manifest) => ({ ...manifest, minAppVersion: "1.10.0" }));
		expect(run("version-bump.mjs").status).toBe(0);

		const manifest = readJson<Manifest>("manifest.json");
		expect(manifest.version).toBe("9.8.7");
		// Written as Obsidian's own files are: tabs and a final newline.
		expect(readFileSync(join(project, "versions.json"), "utf8")).toBe(`${JSON.stringify({ ...before, "9.8.7": "1.10.0" }, null, "\t")}\n`);

		const out = join(project, "out");
		expect(run("release.mjs", ["--out", out]).status).toBe(0);
		const entries = readZip(bytes(join(out, `${manifest.id}-9.8.7.zip`)));
		expect(JSON.parse(new TextDecoder().decode(entries.get(`${manifest.id}/manifest.json`)?.data))).toEqual(manifest);
	});
});
