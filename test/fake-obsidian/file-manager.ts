import type { DataWriteOptions } from "obsidian";
import type { App } from "./app";
import { TAbstractFile, TFile, TFolder } from "./files";
import { findFrontmatterBlock, readEditableFrontmatter, replaceFrontmatter } from "./frontmatter";
import { LinkResolver } from "./link-resolver";
import { linksTo, rewriteLinks } from "./link-updater";

/** With the default settings: new notes at the vault root, wikilinks, shortest link paths, system trash, links updated on rename. */
export class FileManager {
	constructor(private readonly app: App) {}

	getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
		return this.app.vault.getRoot();
	}

	/** Renames, then rewrites the links that reached the file so they still do. */
	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		const { vault } = this.app;
		if (!(file instanceof TFile)) return vault.rename(file, newPath);
		const resolver = new LinkResolver(vault.getFiles());
		const linking = vault.getMarkdownFiles().map((source) => {
			const originals = new Set(linksTo(vault.adapter.readText(source.path), source.path, file, resolver).map((reference) => reference.original));
			return { source, originals };
		});
		await vault.rename(file, newPath);
		for (const { source, originals } of linking) {
			if (originals.size === 0) continue;
			const linktext = this.app.metadataCache.fileToLinktext(file, source.path);
			await vault.process(source, (text) => rewriteLinks(text, originals, linktext, file.path));
		}
	}

	/** The default "Deleted files" setting: the system trash (the vault hears of it like of any disk change). */
	async trashFile(file: TAbstractFile): Promise<void> {
		const { adapter } = this.app.vault;
		await (file instanceof TFolder ? adapter.rmdir(file.path, true) : adapter.trashSystem(file.path));
	}

	generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const embed = file.extension === "md" ? "" : "!";
		const linktext = this.app.metadataCache.fileToLinktext(file, sourcePath);
		return `${embed}[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}

	/**
	 * Parses the note's frontmatter, lets `fn` change it, and writes it back as
	 * YAML, keeping the body byte for byte, all in one `vault.process`. Invalid
	 * YAML throws YAMLParseError and nothing is written; so does an error in `fn`.
	 */
	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: DataWriteOptions): Promise<void> {
		await this.app.vault.process(
			file,
			(content) => {
				const block = findFrontmatterBlock(content);
				const frontmatter = readEditableFrontmatter(block);
				fn(frontmatter);
				return replaceFrontmatter(content, block, frontmatter);
			},
			options,
		);
	}
}
