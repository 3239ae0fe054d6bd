import { normalizePath, TFile, TFolder, Vault, type TAbstractFile } from "../fake-obsidian";

function fileAt(vault: Vault, path: string): TFile {
	const file = vault.getFileByPath(path);
	if (!file) throw new Error(`no file at ${path}`);
	return file;
}

function folderAt(vault: Vault, path: string): TFolder {
	const folder = vault.getFolderByPath(path);
	if (!folder) throw new Error(`no folder at ${path}`);
	return folder;
}

/**
 * The vault's own delete and trash. Plugins should go through
 * `FileManager.trashFile` (a lint rule says so); these tests are of the vault.
 */
function remover(vault: Vault): Pick<Vault, "delete" | "trash"> {
	return vault;
}

/** Records the vault's events as readable lines. */
function recordEvents(vault: Vault): string[] {
	const log: string[] = [];
	const describe = (entry: TAbstractFile): string => `${entry instanceof TFolder ? "folder" : "file"} ${entry.path}`;
	vault.on("create", (entry) => log.push(`create ${describe(entry)}`));
	vault.on("modify", (entry) => log.push(`modify ${describe(entry)}`));
	vault.on("delete", (entry) => log.push(`delete ${describe(entry)}`));
	vault.on("rename", (entry, oldPath) => log.push(`rename ${describe(entry)} from ${oldPath}`));
	return log;
}

describe("normalizePath", () => {
	it.each([
		["folder//note.md", "folder/note.md"],
		["/folder/note.md/", "folder/note.md"],
		["folder\\sub\\note.md", "folder/sub/note.md"],
		["a\u00A0b/c\u202Fd.md", "a b/c d.md"],
		["", "/"],
		["///", "/"],
		["cafe\u0301.md", "caf\u00E9.md"],
	])("turns %j into %j", (input, expected) => {
		expect(normalizePath(input)).toBe(expected);
	});
});

describe("the vault tree", () => {
	const vault = new Vault({ "Clients/Ann/intake.md": "# Intake", "Clients/Ann/photo.png": "png", "top.md": "", "Empty/": "", ".hidden/app.json": "{}" });

	it("builds folders and files with Obsidian's names", () => {
		const file = fileAt(vault, "Clients/Ann/intake.md");
		expect([file.name, file.basename, file.extension, file.parent?.path]).toEqual(["intake.md", "intake", "md", "Clients/Ann"]);
		expect(file.stat.size).toBe("# Intake".length);
		expect(vault.getFolderByPath("Clients")?.children.map((child) => child.path)).toEqual(["Clients/Ann"]);
		expect(vault.getFolderByPath("Empty")?.children).toEqual([]);
		expect(vault.getRoot().isRoot()).toBe(true);
		expect(vault.getRoot().path).toBe("/");
		expect(fileAt(vault, "top.md").parent).toBe(vault.getRoot());
	});

	it("lists files and markdown files, and keeps dot-folders out of the tree", () => {
		expect(vault.getFiles().map((file) => file.path)).toEqual(["Clients/Ann/intake.md", "Clients/Ann/photo.png", "top.md"]);
		expect(vault.getMarkdownFiles().map((file) => file.path)).toEqual(["Clients/Ann/intake.md", "top.md"]);
		expect(vault.getAbstractFileByPath(".hidden/app.json")).toBeNull();
		expect(vault.getAllLoadedFiles()).toContain(vault.getRoot());
		expect(vault.getAllFolders().map((folder) => folder.path)).toEqual(["Clients", "Clients/Ann", "Empty"]);
	});

	it("tells files from folders", () => {
		expect(vault.getFileByPath("Clients")).toBeNull();
		expect(vault.getFolderByPath("top.md")).toBeNull();
		expect(vault.getAbstractFileByPath("missing.md")).toBeNull();
	});

	it("keeps dot-folder files on the disk, where the adapter finds them", async () => {
		await expect(vault.adapter.exists(".hidden/app.json")).resolves.toBe(true);
		await expect(vault.adapter.read(".hidden/app.json")).resolves.toBe("{}");
		await expect(vault.adapter.exists("Clients/Ann")).resolves.toBe(true);
		await expect(vault.adapter.exists("nowhere.md")).resolves.toBe(false);
		await expect(vault.adapter.list("Clients/Ann")).resolves.toEqual({ files: ["Clients/Ann/intake.md", "Clients/Ann/photo.png"], folders: [] });
	});
});

describe("writing to the vault", () => {
	it("creates a note and announces it once the promise settles", async () => {
		const vault = new Vault({ "Clients/": "" });
		const log = recordEvents(vault);
		const pending = vault.create("Clients//new.md", "text");
		expect(log).toEqual([]);
		const file = await pending;
		expect(file.path).toBe("Clients/new.md");
		expect(log).toEqual(["create file Clients/new.md"]);
		await expect(vault.read(file)).resolves.toBe("text");
	});

	it("refuses to create over an existing file or folder, like the real app", async () => {
		const vault = new Vault({ "a.md": "mine", "Folder/": "" });
		await expect(vault.create("a.md", "other")).rejects.toThrow("File already exists.");
		await expect(vault.create("Folder", "x")).rejects.toThrow("File already exists.");
		await expect(vault.read(fileAt(vault, "a.md"))).resolves.toBe("mine");
	});

	it("refuses to create a note in a folder that does not exist", async () => {
		const vault = new Vault();
		await expect(vault.create("Missing/note.md", "")).rejects.toThrow("ENOENT");
		expect(vault.getFolderByPath("Missing")).toBeNull();
	});

	it("creates folders with their missing parents, and refuses existing ones", async () => {
		const vault = new Vault({ "A/": "" });
		const log = recordEvents(vault);
		const folder = await vault.createFolder("A/B/C");
		expect(folder.path).toBe("A/B/C");
		expect(log).toEqual(["create folder A/B", "create folder A/B/C"]);
		await expect(vault.createFolder("A/B")).rejects.toThrow("Folder already exists.");
	});

	it("modifies, appends and processes, updating the stat", async () => {
		let now = 1000;
		const vault = new Vault({ "n.md": "one" }, { now: () => now });
		const file = fileAt(vault, "n.md");
		const log = recordEvents(vault);
		now = 2000;
		await vault.modify(file, "two");
		await vault.append(file, "+three");
		const result = await vault.process(file, (text) => text.toUpperCase());
		expect(result).toBe("TWO+THREE");
		await expect(vault.read(file)).resolves.toBe("TWO+THREE");
		expect(file.stat).toEqual({ ctime: 1000, mtime: 2000, size: 9 });
		expect(log).toEqual(["modify file n.md", "modify file n.md", "modify file n.md"]);
	});

	it("counts the size in UTF-8 bytes", async () => {
		const vault = new Vault({ "n.md": "" });
		const file = fileAt(vault, "n.md");
		await vault.modify(file, "é€😀");
		expect(file.stat.size).toBe(2 + 3 + 4);
	});

	it("runs `process` without letting another write in between", async () => {
		const vault = new Vault({ "n.md": "0" });
		const file = fileAt(vault, "n.md");
		await Promise.all([1, 2, 3].map(() => vault.process(file, (text) => String(Number(text) + 1))));
		await expect(vault.read(file)).resolves.toBe("3");
	});

	it("refuses to modify a file that was deleted", async () => {
		const vault = new Vault({ "n.md": "" });
		const file = fileAt(vault, "n.md");
		await remover(vault).delete(file);
		await expect(vault.modify(file, "x")).rejects.toThrow("ENOENT");
	});
});

describe("renaming and deleting", () => {
	it("renames a file, keeping the same object, and reports the old path", async () => {
		const vault = new Vault({ "a.md": "text", "B/": "" });
		const file = fileAt(vault, "a.md");
		const log = recordEvents(vault);
		await vault.rename(file, "B/c.md");
		expect(vault.getFileByPath("B/c.md")).toBe(file);
		expect(vault.getFileByPath("a.md")).toBeNull();
		expect([file.name, file.basename, file.parent?.path]).toEqual(["c.md", "c", "B"]);
		expect(log).toEqual(["rename file B/c.md from a.md"]);
		await expect(vault.read(file)).resolves.toBe("text");
	});

	it("renames a folder and reports every entry under it", async () => {
		const vault = new Vault({ "Old/sub/n.md": "", "Old/m.md": "" });
		const log = recordEvents(vault);
		await vault.rename(folderAt(vault, "Old"), "New");
		expect(log).toEqual(["rename folder New from Old", "rename folder New/sub from Old/sub", "rename file New/sub/n.md from Old/sub/n.md", "rename file New/m.md from Old/m.md"]);
		expect(vault.getFileByPath("New/sub/n.md")?.parent?.path).toBe("New/sub");
	});

	it("refuses to rename onto an existing path", async () => {
		const vault = new Vault({ "a.md": "", "b.md": "" });
		await expect(vault.rename(fileAt(vault, "a.md"), "b.md")).rejects.toThrow("Destination file already exists!");
	});

	it("deletes a folder's entries before the folder", async () => {
		const vault = new Vault({ "F/n.md": "", "F/G/m.md": "" });
		const log = recordEvents(vault);
		await remover(vault).delete(folderAt(vault, "F"));
		expect(log).toEqual(["delete file F/n.md", "delete file F/G/m.md", "delete folder F/G", "delete folder F"]);
		expect(vault.getAllLoadedFiles()).toEqual([vault.getRoot()]);
	});

	it("trashes into the hidden .trash folder, or out of the vault", async () => {
		const vault = new Vault({ "a.md": "kept", "b.md": "gone" });
		await remover(vault).trash(fileAt(vault, "a.md"), false);
		await remover(vault).trash(fileAt(vault, "b.md"), true);
		expect(vault.getFiles()).toEqual([]);
		await expect(vault.adapter.read(".trash/a.md")).resolves.toBe("kept");
		await expect(vault.adapter.exists(".trash/b.md")).resolves.toBe(false);
	});
});

describe("the adapter as a plugin sees it", () => {
	it("reports writes to vault paths to the vault, like a file watcher", async () => {
		const vault = new Vault({ "a.md": "old" });
		const log = recordEvents(vault);
		await vault.adapter.write("a.md", "new");
		await vault.adapter.write("b.md", "fresh");
		await vault.adapter.mkdir(`${vault.configDir}/plugins/x`);
		await vault.adapter.write(`${vault.configDir}/plugins/x/data.json`, "{}");
		await vault.adapter.remove("b.md");
		expect(log).toEqual(["modify file a.md", "create file b.md", "delete file b.md"]);
		await expect(vault.read(fileAt(vault, "a.md"))).resolves.toBe("new");
	});

	it("refuses to write into a folder that does not exist", async () => {
		const vault = new Vault();
		await expect(vault.adapter.write("Missing/a.md", "")).rejects.toThrow("ENOENT");
	});
});
