// package.json, manifest.json and versions.json must agree on a release: Obsidian reads
// the version and minAppVersion from manifest.json, and versions.json (on the default
// branch) to offer an older release to an older app.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

function readJson(root, file) {
	return JSON.parse(readFileSync(join(root, file), "utf8"));
}

// As Obsidian's files are written: tabs, and a final newline.
function writeJson(root, file, value) {
	writeFileSync(join(root, file), `${JSON.stringify(value, null, "\t")}\n`);
}

/** The three files of the project at `root`. */
export function readVersionFiles(root) {
	return { pkg: readJson(root, "package.json"), manifest: readJson(root, "manifest.json"), versions: readJson(root, "versions.json") };
}

/** What keeps these files from a release, as sentences; empty when they agree. */
export function versionProblems({ pkg, manifest, versions }) {
	const problems = [];
	if (manifest.version !== pkg.version) problems.push(`manifest.json has version ${manifest.version}, package.json ${pkg.version}.`);
	if (versions[manifest.version] !== manifest.minAppVersion) {
		problems.push(`versions.json maps ${manifest.version} to ${versions[manifest.version] ?? "nothing"}, manifest.json's minAppVersion is ${manifest.minAppVersion}.`);
	}
	return problems;
}

/**
 * After `npm version` has set package.json's version: the same version in manifest.json,
 * and in versions.json with the manifest's minAppVersion, so every release has its entry.
 */
export function bumpVersionFiles(root) {
	const { pkg, manifest, versions } = readVersionFiles(root);
	writeJson(root, "manifest.json", { ...manifest, version: pkg.version });
	writeJson(root, "versions.json", { ...versions, [pkg.version]: manifest.minAppVersion });
	return pkg.version;
}
