import { MetadataCache, nextEvent, TFile, Vault, type ColdCache } from "../fake-obsidian";

function setUp(files: Record<string, string>, coldCache?: ColdCache) {
	const vault = new Vault(files);
	const cache = new MetadataCache(vault, coldCache);
	const log: string[] = [];
	vault.on("create", (file) => log.push(`vault create ${file.path}`));
	vault.on("modify", (file) => log.push(`vault modify ${file.path}`));
	vault.on("delete", (file) => log.push(`vault delete ${file.path}`));
	vault.on("rename", (file, oldPath) => log.push(`vault rename ${oldPath} -> ${file.path}`));
	cache.on("changed", (file, data, metadata) => log.push(`changed ${file.path} ${JSON.stringify(metadata.frontmatter)} ${data.length}`));
	cache.on("deleted", (file, previous) => log.push(`deleted ${file.path} ${JSON.stringify(previous?.frontmatter)}`));
	cache.on("resolve", (file) => log.push(`resolve ${file.path}`));
	cache.on("resolved", () => log.push("resolved"));
	cache.on("initialized", () => log.push("initialized"));
	const fileAt = (path: string): TFile => {
		const file = vault.getFileByPath(path);
		if (!file) throw new Error(`no file at ${path}`);
		return file;
	};
	return { vault, cache, log, fileAt };
}

describe("metadata cache events", () => {
	it("has the notes present at start indexed at once, without events", () => {
		const { cache, log, fileAt } = setUp({ "a.md": "---\nkind: client\n---\n" });
		expect(cache.getFileCache(fileAt("a.md"))?.frontmatter).toEqual({ kind: "client" });
		expect(log).toEqual([]);
	});

	it("fires `changed` after a modify has returned, then `resolve` and `resolved`", async () => {
		const { vault, cache, log, fileAt } = setUp({ "a.md": "---\nx: 1\n---\n" });
		const file = fileAt("a.md");
		await vault.modify(file, "---\nx: 2\n---\n");
		expect(log).toEqual(["vault modify a.md"]);
		expect(cache.getFileCache(file)?.frontmatter).toEqual({ x: 1 });
		await nextEvent(cache, "resolved");
		expect(log).toEqual(["vault modify a.md", 'changed a.md {"x":2} 13', "resolve a.md", "resolved"]);
		expect(cache.getFileCache(file)?.frontmatter).toEqual({ x: 2 });
	});

	it("has no cache for a new note until `changed` fires for it", async () => {
		const { vault, cache, log } = setUp({});
		const file = await vault.create("new.md", "---\nx: 1\n---\n");
		expect(cache.getFileCache(file)).toBeNull();
		const [changedFile, data, metadata] = await nextEvent(cache, "changed");
		expect([changedFile, data, metadata]).toEqual([file, "---\nx: 1\n---\n", cache.getFileCache(file)]);
		expect(log).toEqual(["vault create new.md", 'changed new.md {"x":1} 13', "resolve new.md", "resolved"]);
	});

	it("fires one `changed` for a burst of writes, with the last text", async () => {
		const { vault, log, fileAt, cache } = setUp({ "a.md": "" });
		const file = fileAt("a.md");
		await vault.modify(file, "---\nx: 1\n---\n");
		await vault.modify(file, "---\nx: 2\n---\n");
		await nextEvent(cache, "resolved");
		expect(log.filter((line) => line.startsWith("changed"))).toEqual(['changed a.md {"x":2} 13']);
	});

	it("fires nothing when a write leaves the text as it was", async () => {
		const { vault, log, fileAt } = setUp({ "a.md": "same" });
		await vault.modify(fileAt("a.md"), "same");
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(log).toEqual(["vault modify a.md"]);
	});

	it("fires no `changed` on rename; the cache follows the file and links are re-resolved", async () => {
		const { vault, cache, log, fileAt } = setUp({ "Person.md": "---\nrole: friend\n---\n", "case.md": "---\nrelated: \"[[Person]]\"\n---\n" });
		const person = fileAt("Person.md");
		await vault.rename(person, "Renamed.md");
		expect(cache.getFileCache(person)?.frontmatter).toEqual({ role: "friend" });
		expect(cache.getCache("Person.md")).toBeNull();
		await nextEvent(cache, "resolved");
		expect(log).toEqual(["vault rename Person.md -> Renamed.md", "resolve case.md", "resolved"]);
		expect(cache.resolvedLinks["case.md"]).toEqual({});
		expect(cache.unresolvedLinks["case.md"]).toEqual({ Person: 1 });
	});

	it("fires `deleted` with the previous cache during the delete, before plugins hear of it", async () => {
		const { vault, cache, log, fileAt } = setUp({ "a.md": "---\nx: 1\n---\n", "b.md": "[[a]]" });
		const file = fileAt("a.md");
		await vault.adapter.remove(file.path);
		expect(log).toEqual(['deleted a.md {"x":1}', "vault delete a.md"]);
		expect(cache.getFileCache(file)).toBeNull();
		await nextEvent(cache, "resolved");
		expect(cache.resolvedLinks["b.md"]).toEqual({});
		expect(cache.unresolvedLinks["b.md"]).toEqual({ a: 1 });
		expect(cache.resolvedLinks["a.md"]).toBeUndefined();
	});

	it("resolves a link once its target is created", async () => {
		const { vault, cache, log } = setUp({ "case.md": "---\nrelated:\n  - \"[[Ann]]\"\n---\n" });
		expect(cache.unresolvedLinks["case.md"]).toEqual({ Ann: 1 });
		await vault.createFolder("People");
		await vault.create("People/Ann.md", "");
		await nextEvent(cache, "resolved");
		expect(cache.resolvedLinks["case.md"]).toEqual({ "People/Ann.md": 1 });
		expect(log).toContain("resolve case.md");
	});

	it("asks for a resolution pass on request, as the app does at start-up", async () => {
		const { cache, log } = setUp({ "a.md": "" });
		expect(cache.isSettled()).toBe(true);
		cache.requestResolve();
		expect(cache.isSettled()).toBe(false);
		await nextEvent(cache, "resolved");
		expect(log).toEqual(["resolved"]);
	});
});

describe("a cold metadata cache (a new device, a rebuilt cache)", () => {
	const FILES = { "a.md": "---\nx: 1\n---\n[[b]]", "b.md": "" };

	it("starts with no note parsed and `initialized` false, and hears nothing of the vault's load", async () => {
		const { vault, cache, log, fileAt } = setUp(FILES, "silent");
		expect(cache.initialized).toBe(false);
		expect(cache.getFileCache(fileAt("a.md"))).toBeNull();
		vault.announceLoadedFiles();
		cache.requestResolve();
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(log).toEqual(["vault create a.md", "vault create b.md"]);
		expect(cache.getFileCache(fileAt("a.md"))).toBeNull();
		expect(cache.isSettled()).toBe(true);
	});

	it("parses every note once asked to finish, then fires `initialized`, `resolve` per note and `resolved`", async () => {
		const { cache, log, fileAt } = setUp(FILES, "silent");
		cache.finishIndexing();
		expect(cache.isSettled()).toBe(false);
		await nextEvent(cache, "resolved");
		expect(log).toEqual(["initialized", "resolve a.md", "resolve b.md", "resolved"]);
		expect(cache.initialized).toBe(true);
		expect(cache.getFileCache(fileAt("a.md"))?.frontmatter).toEqual({ x: 1 });
		expect(cache.resolvedLinks["a.md"]).toEqual({ "b.md": 1 });
	});

	it("announces each note it indexes with `changed` when announced", async () => {
		const { cache, log } = setUp(FILES, "announced");
		cache.finishIndexing();
		await nextEvent(cache, "resolved");
		expect(log).toEqual(['changed a.md {"x":1} 18', 'changed b.md undefined 0', "initialized", "resolve a.md", "resolve b.md", "resolved"]);
	});

	it("parses a note edited before indexing finishes, and holds `resolved` until it has", async () => {
		const { vault, cache, log, fileAt } = setUp(FILES, "silent");
		await vault.modify(fileAt("b.md"), "---\ny: 2\n---\n");
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(log).toEqual(["vault modify b.md", 'changed b.md {"y":2} 13']);
		cache.finishIndexing();
		await nextEvent(cache, "resolved");
		expect(log.slice(2)).toEqual(["initialized", "resolve a.md", "resolve b.md", "resolved"]);
		expect(cache.getFileCache(fileAt("b.md"))?.frontmatter).toEqual({ y: 2 });
	});
});

describe("link helpers of the cache", () => {
	const vault = new Vault({ "Clients/Ann.md": "", "Clients/Bob.md": "", "Archive/2020/Bob.md": "", "Archive/2020/Carol Smith.md": "", "Notes/x.md": "", "img.png": "" });
	const cache = new MetadataCache(vault);
	const resolve = (linkpath: string, source: string): string | null => cache.getFirstLinkpathDest(linkpath, source)?.path ?? null;

	it("resolves by exact path, by name, case-insensitively, with or without .md", () => {
		expect(resolve("Clients/Ann", "Notes/x.md")).toBe("Clients/Ann.md");
		expect(resolve("ann", "Notes/x.md")).toBe("Clients/Ann.md");
		expect(resolve("Ann.md", "Notes/x.md")).toBe("Clients/Ann.md");
		expect(resolve("img.png", "Notes/x.md")).toBe("img.png");
		expect(resolve("Nobody", "Notes/x.md")).toBeNull();
		expect(resolve("", "Notes/x.md")).toBe("Notes/x.md");
	});

	it("prefers the note's own folder, then the shortest path, among notes of the same name", () => {
		expect(resolve("Bob", "Archive/2020/Carol Smith.md")).toBe("Archive/2020/Bob.md");
		expect(resolve("Bob", "Notes/x.md")).toBe("Clients/Bob.md");
		expect(resolve("Archive/2020/Bob", "Clients/Ann.md")).toBe("Archive/2020/Bob.md");
		expect(resolve("2020/Bob", "Clients/Ann.md")).toBe("Archive/2020/Bob.md");
	});

	it("resolves ./ and ../ links from the note's folder", () => {
		expect(resolve("./Bob", "Archive/2020/Carol Smith.md")).toBe("Archive/2020/Bob.md");
		expect(resolve("../../Clients/Bob", "Archive/2020/Carol Smith.md")).toBe("Clients/Bob.md");
		expect(resolve("./Ann", "Archive/2020/Carol Smith.md")).toBeNull();
	});

	it("writes the name when no other file has it, else the path", () => {
		const file = (path: string): TFile => {
			const found = vault.getFileByPath(path);
			if (!found) throw new Error(`no file at ${path}`);
			return found;
		};
		expect(cache.fileToLinktext(file("Clients/Ann.md"), "Notes/x.md")).toBe("Ann");
		expect(cache.fileToLinktext(file("Clients/Bob.md"), "Notes/x.md")).toBe("Clients/Bob");
		expect(cache.fileToLinktext(file("Archive/2020/Bob.md"), "Notes/x.md")).toBe("Archive/2020/Bob");
		expect(cache.fileToLinktext(file("Clients/Ann.md"), "Notes/x.md", false)).toBe("Ann.md");
		expect(cache.fileToLinktext(file("img.png"), "Notes/x.md")).toBe("img.png");
	});
});
