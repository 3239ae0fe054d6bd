import type { LinkRef } from "../domain/model/links";
import { linkBasename } from "../domain/model/links";
import { basenameOf, folderOf, sharedDepth } from "./paths";

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
 * Picks the note a link means among notes with the link's basename, the way Obsidian
 * does: the path must end with the link's text; when several do, the one nearest the
 * linking note wins, then the shortest path.
 */
export function pickLinkTarget(link: LinkRef, sourcePath: string, candidates: Iterable<string>): string | null {
	const wanted = link.target.toLowerCase();
	const sourceFolder = folderOf(sourcePath);
	let best: string | null = null;
	let bestDepth = -1;
	for (const candidate of candidates) {
		const bare = candidate.toLowerCase().replace(/\.md$/, "");
		if (bare !== wanted && !bare.endsWith(`/${wanted}`)) continue;
		const depth = sharedDepth(folderOf(candidate), sourceFolder);
		if (best === null || depth > bestDepth || (depth === bestDepth && isShorterOrFirst(candidate, best))) {
			best = candidate;
			bestDepth = depth;
		}
	}
	return best;
}

function isShorterOrFirst(a: string, b: string): boolean {
	return a.length < b.length || (a.length === b.length && a < b);
}
