import { Vault } from "../fake-obsidian";
import { MetadataCache } from "../fake-obsidian/metadata-cache";

function cacheWith(format: string | null): { vault: Vault; cache: MetadataCache } {
	const files: Record<string, string> = { "IPT/Jo R/Jo R.md": "", "IPT/Jo R/People/Sam.md": "", "Other/Sam.md": "" };
	if (format !== null) files[".obsidian/app.json"] = JSON.stringify({ newLinkFormat: format });
	const vault = new Vault(files);
	return { vault, cache: new MetadataCache(vault) };
}

describe("fileToLinktext follows the vault's new link format", () => {
	it.each([
		[null, "Jo R", "IPT/Jo R/People/Sam"],
		["shortest", "Jo R", "IPT/Jo R/People/Sam"],
		["absolute", "IPT/Jo R/Jo R", "IPT/Jo R/People/Sam"],
		["relative", "../Jo R", "./Sam"],
	])("%s", (format, toCase, toSam) => {
		const { vault, cache } = cacheWith(format);
		const from = "IPT/Jo R/People/Ann.md";
		const links = ["IPT/Jo R/Jo R.md", "IPT/Jo R/People/Sam.md"].map((path) => cache.fileToLinktext(vault.getFileByPath(path)!, from, true));
		expect(links).toEqual([toCase, toSam]);
		expect(links.map((link) => cache.getFirstLinkpathDest(link, from)?.path)).toEqual(["IPT/Jo R/Jo R.md", "IPT/Jo R/People/Sam.md"]);
	});
});
