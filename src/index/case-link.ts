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
 * Picks the note a link opens among notes with the link's basename, the way Obsidian
 * does: the path must end with the link's text; when several do, the one in the
 * linking note's own folder wins, then the shortest path, then the first in order.
 */
export function pickLinkTarget(link: LinkRef, sourcePath: string, candidates: Iterable<string>): string | null {
	const wanted = link.target.toLowerCase();
	const sourceFolder = folderOf(sourcePath);
	let best: string | null = null;
	for (const candidate of candidates) {
		const bare = candidate.toLowerCase().replace(/\.md$/, "");
		if (bare !== wanted && !bare.endsWith(`/${wanted}`)) continue;
		if (best === null || isBetter(candidate, best, sourceFolder)) best = candidate;
	}
	return best;
}

function isBetter(a: string, b: string, sourceFolder: string): boolean {
	const aHere = folderOf(a) === sourceFolder;
	if (aHere !== (folderOf(b) === sourceFolder)) return aHere;
	return a.length < b.length || (a.length === b.length && a < b);
}
