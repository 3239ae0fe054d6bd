/**
 * Obsidian's rules: either slash becomes `/`, runs of slashes collapse, no leading
 * or trailing slash (an empty path is the root `/`), non-breaking spaces become
 * spaces, and the result is in Unicode NFC.
 */
export function normalizePath(path: string): string {
	let normalized = path.replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "");
	if (normalized === "") normalized = "/";
	return normalized.replace(/[\u00A0\u202F]/g, " ").normalize("NFC");
}

export const ROOT_PATH = "/";

/** The folder path holding `path`; the root for a top-level entry. */
export function parentPath(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash <= 0 ? ROOT_PATH : path.slice(0, slash);
}

export function lastSegment(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

/** `a.b.md` has extension `md` and basename `a.b`; a name without a dot has no extension. */
export function splitName(name: string): { basename: string; extension: string } {
	const dot = name.lastIndexOf(".");
	if (dot <= 0) return { basename: name, extension: "" };
	return { basename: name.slice(0, dot), extension: name.slice(dot + 1) };
}

export function joinPath(folder: string, name: string): string {
	return folder === ROOT_PATH || folder === "" ? name : `${folder}/${name}`;
}

/** The vault does not index dot-folders such as the config folder; they live on disk only. */
export function isHiddenPath(path: string): boolean {
	return path.split("/").some((segment) => segment.startsWith("."));
}

/** The path of `target` seen from `folder`, as the app's relative link format writes it: `./Sam`, `../Jordan R`. */
export function relativePath(folder: string, target: string): string {
	const from = folder === ROOT_PATH ? [] : folder.split("/");
	const to = target.split("/");
	let shared = 0;
	while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
	const up = from.length - shared;
	const rest = to.slice(shared).join("/");
	return up === 0 ? `./${rest}` : `${"../".repeat(up)}${rest}`;
}
