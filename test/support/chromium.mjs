// The Chromium the browser tests and the render benchmark drive. A system one when the
// machine has it; otherwise the headless shell shipped in the @sparticuz/chromium
// devDependency, so `npm ci && npm test` needs nothing but Node.
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome"];
const PACKAGE = "@sparticuz/chromium";

// Without the background-networking flags Chromium keeps calling hosts that a closed
// network refuses; --no-sandbox because CI runs as root.
const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** The package's folder in node_modules, or undefined when it is not installed. */
function packageRoot() {
	try {
		// The package exports no package.json; its entry sits at build/cjs/index.cjs.
		return join(createRequire(import.meta.url).resolve(PACKAGE), "..", "..", "..");
	} catch {
		return undefined;
	}
}

/**
 * The package unpacks its brotli files into os.tmpdir(), which every process on the
 * machine shares and where it takes any `chromium` already there as its own. Pointing
 * TMPDIR at a folder of ours while it starts (it reads tmpdir() before its first await),
 * then renaming that folder into place whole, means a half-written binary is never
 * launched and another version's never mistaken for this one.
 */
async function unpackPackaged(root) {
	const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
	const folder = join(tmpdir(), `ipt-workbench-chromium-${version}`);
	const binary = join(folder, "chromium");
	if (existsSync(binary)) return binary;
	const staging = mkdtempSync(`${folder}-unpacking-`);
	try {
		const { default: Sparticuz } = await import("@sparticuz/chromium");
		const saved = process.env.TMPDIR;
		process.env.TMPDIR = staging;
		let unpacking;
		try {
			unpacking = Sparticuz.executablePath();
		} finally {
			if (saved === undefined) delete process.env.TMPDIR;
			else process.env.TMPDIR = saved;
		}
		const unpacked = await unpacking;
		if (unpacked !== join(staging, "chromium")) throw new Error(`${PACKAGE} ${version} unpacked to ${unpacked}, not into ${staging}`);
		try {
			renameSync(staging, folder);
		} catch (error) {
			// Another process unpacked the same version first: use its copy.
			if (!existsSync(binary)) throw error;
		}
		return binary;
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
}

/**
 * The Chromium to drive: CHROMIUM_PATH if set, else the first system Chromium or
 * Chrome, else the packaged one. Throws, saying what was tried.
 */
async function findChromium() {
	const chosen = process.env.CHROMIUM_PATH;
	if (chosen) {
		if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, which does not exist.`);
		return chosen;
	}
	const system = SYSTEM_PATHS.find((path) => existsSync(path));
	if (system) return system;
	const tried = `No Chromium found: CHROMIUM_PATH is unset and none of ${SYSTEM_PATHS.join(", ")} exists`;
	// The package ships a Linux x64 binary only.
	if (process.platform !== "linux" || process.arch !== "x64") throw new Error(`${tried}; install Chromium or set CHROMIUM_PATH.`);
	const root = packageRoot();
	if (!root) throw new Error(`${tried}, and ${PACKAGE} is not installed: run \`npm ci\`.`);
	return unpackPackaged(root);
}

/** A headless Chromium with a persistent profile in `profile`; `options` go to Playwright. */
export async function launchChromium(profile, options = {}) {
	return chromium.launchPersistentContext(profile, { ...options, executablePath: await findChromium(), headless: true, args: CHROMIUM_FLAGS });
}
