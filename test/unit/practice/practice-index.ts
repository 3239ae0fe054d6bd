// A vault index holding practice cases and any further notes, read as the plugin reads them.
import type { SampleNote } from "../../../src/domain/templates/sample-case";
import { VaultIndex } from "../../../src/index/vault-index";
import { frontmatterOf } from "../templates/note-text";

export function indexOf(folders: readonly { folder: string; notes: readonly SampleNote[] }[], extra: Readonly<Record<string, string>> = {}): VaultIndex {
	const index = new VaultIndex();
	for (const { folder, notes } of folders) for (const note of notes) index.upsert(`${folder}/${note.relativePath}`, frontmatterOf(note.text));
	for (const [path, text] of Object.entries(extra)) index.upsert(path, frontmatterOf(text));
	return index;
}
