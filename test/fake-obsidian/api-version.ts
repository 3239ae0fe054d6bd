/** The app version the fake answers to: the obsidian.d.ts it follows, unless a test sets an older one. */
const DEFAULT_API_VERSION = "1.13.1";

let current = DEFAULT_API_VERSION;

function parts(version: string): number[] {
	return version.split(".").map((part) => Number.parseInt(part, 10) || 0);
}

/** Obsidian's check: whether the running app is at least `version`. */
export function requireApiVersion(version: string): boolean {
	const have = parts(current);
	const want = parts(version);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const diff = (have[i] ?? 0) - (want[i] ?? 0);
		if (diff !== 0) return diff > 0;
	}
	return true;
}

/** Test helper: the app reports `version` (an older app, to check a plugin's guards); no argument restores the default. */
export function useApiVersion(version = DEFAULT_API_VERSION): void {
	current = version;
}
