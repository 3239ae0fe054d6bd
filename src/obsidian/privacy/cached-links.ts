// The links a note writes, with their own words, as Obsidian's metadata cache has them:
// what privacy mode and the export ask of this face (`NoteLinks`).
import type { App } from "obsidian";
import { parseLink, type LinkRef } from "../../domain/model/links";
import type { NoteLinks } from "../../domain/privacy/known-names";

export function cachedNoteLinks(app: App): NoteLinks {
	return (path) => {
		const file = app.vault.getFileByPath(path);
		const cache = file ? app.metadataCache.getFileCache(file) : null;
		if (!cache) return [];
		const links: LinkRef[] = [];
		for (const { link, displayText } of [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])]) {
			const target = parseLink(`[[${link}]]`)?.target;
			if (target !== undefined && displayText) links.push({ target, unquoted: false, display: displayText });
		}
		return links;
	};
}
