// The links a note writes, with their own words, as Obsidian's metadata cache has them:
// what privacy mode and the export ask of this face (`NoteLinks`). Each link is read from
// its original text, as the command line reads the file, so both faces find the same
// words: Obsidian's display text of `[[People/Sam]]` is the link itself, not a name.
import type { App } from "obsidian";
import type { NoteLinks } from "../../domain/privacy/known-names";
import { linksInText } from "../../domain/privacy/note-links";

export function cachedNoteLinks(app: App): NoteLinks {
	return (path) => {
		const file = app.vault.getFileByPath(path);
		const cache = file ? app.metadataCache.getFileCache(file) : null;
		if (!cache) return [];
		return [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])].flatMap(({ original }) => linksInText(original));
	};
}
