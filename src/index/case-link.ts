import type { LinkRef } from "../domain/model/links";
import { linkBasename } from "../domain/model/links";
import { basenameOf, folderOf } from "./paths";

/** The note a link from `from` opens, or null: Obsidian's answer in the plugin, the scan's on the command line. */
export type ResolveLink = (link: LinkRef, from: string) => string | null;

/** Key under which a case note is found by name, and a link looked up: its basename, any case. */
export function nameKey(pathOrTarget: string): string {
	return basenameOf(pathOrTarget).toLowerCase();
}

export function linkKey(link: LinkRef): string {
	return linkBasename(link.target).toLowerCase();
}

/**
 * The vault path a link written relative to its note (`./People/Sam`, `../Jordan R`,
 * Obsidian's "relative path" link format) names, or null for any other link. `..`
 * above the vault's root stays at the root.
 */
function relativeTarget(target: string, sourceFolder: string): string | null {
	if (!target.startsWith("./") && !target.startsWith("../")) return null;
	const segments = sourceFolder === "" ? [] : sourceFolder.split("/");
	for (const segment of target.split("/")) {
		if (segment === "..") segments.pop();
		else if (segment !== "." && segment !== "") segments.push(segment);
	}
	return segments.join("/");
}

/**
 * Picks the note a link opens among notes with the link's basename, the way Obsidian
 * does: a relative link names one path; otherwise the path must end with the link's
 * text, and when several do, the one in the linking note's own folder wins, then the
 * shortest path, then the first in order.
 */
export function pickLinkTarget(link: LinkRef, sourcePath: string, candidates: Iterable<string>): string | null {
	const sourceFolder = folderOf(sourcePath);
	const relative = relativeTarget(link.target, sourceFolder);
	const wanted = (relative ?? link.target).toLowerCase();
	let best: string | null = null;
	for (const candidate of candidates) {
		const bare = candidate.toLowerCase().replace(/\.md$/, "");
		if (bare !== wanted && (relative !== null || !bare.endsWith(`/${wanted}`))) continue;
		if (best === null || isBetter(candidate, best, sourceFolder)) best = candidate;
	}
	return best;
}

function isBetter(a: string, b: string, sourceFolder: string): boolean {
	const aHere = folderOf(a) === sourceFolder;
	if (aHere !== (folderOf(b) === sourceFolder)) return aHere;
	return a.length < b.length || (a.length === b.length && a < b);
}
