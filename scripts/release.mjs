// `npm run release`, after the build: the files of a GitHub release for the version in
// package.json, into release/<version>/ (or `--out <folder>`): main.js, manifest.json and
// styles.css, which Obsidian and BRAT download one by one, and <id>-<version>.zip with
// the three in an <id>/ folder, for unpacking straight into .obsidian/plugins/.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { parseArgs } from "node:util";
import { readVersionFiles, versionProblems } from "./plugin-versions.mjs";
import { zip } from "./zip.mjs";

const PLUGIN_FILES = ["main.js", "manifest.json", "styles.css"];

function release(root, out) {
	const files = readVersionFiles(root);
	const problems = versionProblems(files);
	if (problems.length > 0) throw new Error(`${problems.join("\n")}\n\`npm version <version>\` sets all three in step.`);
	const missing = PLUGIN_FILES.filter((file) => !existsSync(join(root, file)));
	if (missing.length > 0) throw new Error(`${missing.join(", ")} missing: run \`npm run build\` first.`);

	const { id, version } = files.manifest;
	const folder = out ?? join(root, "release", version);
	mkdirSync(folder, { recursive: true });
	for (const file of PLUGIN_FILES) copyFileSync(join(root, file), join(folder, file));
	const now = new Date();
	const archive = zip([
		{ name: `${id}/`, modified: now },
		...PLUGIN_FILES.map((file) => ({ name: `${id}/${file}`, data: readFileSync(join(root, file)), modified: statSync(join(root, file)).mtime })),
	]);
	const zipName = `${id}-${version}.zip`;
	writeFileSync(join(folder, zipName), archive);
	return { folder, names: [...PLUGIN_FILES, zipName] };
}

const { values } = parseArgs({ options: { out: { type: "string" } } });
try {
	const { folder, names } = release(process.cwd(), values.out);
	console.log(`Release files in ${folder}: ${names.join(", ")}.`);
} catch (error) {
	console.error(`Not released: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
