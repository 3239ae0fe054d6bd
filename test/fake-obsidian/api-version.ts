// The app version a plugin runs on. `requireApiVersion` is how a plugin guards an API
// newer than its manifest's minAppVersion; a test sets an older app with `setApiVersion`.

/** The `obsidian` package the tests build against. */
const DEFAULT_API_VERSION = "1.13.1";

let current = DEFAULT_API_VERSION;

function parts(version: string): number[] {
	return version.split(".").map((part) => Number.parseInt(part, 10) || 0);
}

export function requireApiVersion(version: string): boolean {
	const have = parts(current);
	const want = parts(version);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const diff = (have[i] ?? 0) - (want[i] ?? 0);
		if (diff !== 0) return diff > 0;
	}
	return true;
}

/** Test helper: the app version from now on; without an argument, back to the default. */
export function setApiVersion(version: string = DEFAULT_API_VERSION): void {
	current = version;
}
