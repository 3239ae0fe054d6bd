/** @jest-environment jsdom */

import { createFakeApp, TFile, type App } from "../fake-obsidian";

function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file at ${path}`);
	return file;
}

function read(app: App, path: string): Promise<string> {
	return app.vault.read(fileAt(app, path));
}

afterEach(() => document.body.empty());

describe("processFrontMatter", () => {
	it("writes the changed properties and keeps the body byte for byte", async () => {
		const body = "\n# Session 3\r\n\r\nClient said: \"it's fine\" ---\n\n- [ ] homework\n\n\n";
		const app = createFakeApp({ files: { "s.md": `---\ndate: 2024-07-21\nmood: 4\ntags:\n  - ipt\n---${body}` } });
		await app.fileManager.processFrontMatter(fileAt(app, "s.md"), (frontmatter) => {
			frontmatter.mood = 6;
			frontmatter.related = ["[[Ann]]", "[[Bob]]"];
		});
		expect(await read(app, "s.md")).toBe(`---\ndate: 2024-07-21\nmood: 6\ntags:\n  - ipt\nrelated:\n  - "[[Ann]]"\n  - "[[Bob]]"\n---${body}`);
	});

	it("writes as the Properties editor does: comments dropped, lists as block lists, links quoted, numbers as numbers", async () => {
		const text = '---\n# the intake form\nfocus: [grief] # agreed\ncase: [[Ann]]\nhomework: ["Call [[Bob]]"]\nphq9: 9\ncode: "007"\n---\nBody\n';
		const app = createFakeApp({ files: { "s.md": text } });
		await app.fileManager.processFrontMatter(fileAt(app, "s.md"), (frontmatter) => {
			frontmatter.people = ["[[Ann]]"];
		});
		expect(await read(app, "s.md")).toBe('---\nfocus:\n  - grief\ncase:\n  - - Ann\nhomework:\n  - Call [[Bob]]\nphq9: 9\ncode: "007"\npeople:\n  - "[[Ann]]"\n---\nBody\n');
	});

	it("hands the callback Obsidian's values: dates as strings, empty properties as null", async () => {
		const app = createFakeApp({ files: { "s.md": "---\ndate: 2024-07-21\nwhen: 2024-07-21T12:37:00\nempty:\n---\n" } });
		let seen: unknown;
		await app.fileManager.processFrontMatter(fileAt(app, "s.md"), (frontmatter) => {
			seen = { ...frontmatter };
		});
		expect(seen).toEqual({ date: "2024-07-21", when: "2024-07-21T12:37:00", empty: null });
		expect(await read(app, "s.md")).toBe("---\ndate: 2024-07-21\nwhen: 2024-07-21T12:37:00\nempty:\n---\n");
	});

	it("creates the block on top of a note that has none", async () => {
		const app = createFakeApp({ files: { "n.md": "# Title\nbody" } });
		await app.fileManager.processFrontMatter(fileAt(app, "n.md"), (frontmatter) => {
			frontmatter.type = "ipt-case";
		});
		expect(await read(app, "n.md")).toBe("---\ntype: ipt-case\n---\n# Title\nbody");
	});

	it("leaves a note without a block alone when nothing is added", async () => {
		const app = createFakeApp({ files: { "n.md": "body" } });
		await app.fileManager.processFrontMatter(fileAt(app, "n.md"), () => undefined);
		expect(await read(app, "n.md")).toBe("body");
	});

	it("removes a block whose properties were all deleted", async () => {
		const app = createFakeApp({ files: { "n.md": "---\na: 1\n---\nbody" } });
		await app.fileManager.processFrontMatter(fileAt(app, "n.md"), (frontmatter) => {
			delete frontmatter.a;
		});
		expect(await read(app, "n.md")).toBe("body");
	});

	it("refuses invalid YAML with a YAMLParseError and writes nothing", async () => {
		const text = "---\nname: [unclosed\nother: 1\n---\nbody";
		const app = createFakeApp({ files: { "n.md": text } });
		const modified = jest.fn();
		app.vault.on("modify", modified);
		const fn = jest.fn();
		await expect(app.fileManager.processFrontMatter(fileAt(app, "n.md"), fn)).rejects.toMatchObject({ name: "YAMLParseError" });
		expect(fn).not.toHaveBeenCalled();
		expect(modified).not.toHaveBeenCalled();
		expect(await read(app, "n.md")).toBe(text);
	});

	it("writes nothing when the callback throws", async () => {
		const app = createFakeApp({ files: { "n.md": "---\na: 1\n---\n" } });
		await expect(
			app.fileManager.processFrontMatter(fileAt(app, "n.md"), () => {
				throw new Error("no");
			}),
		).rejects.toThrow("no");
		expect(await read(app, "n.md")).toBe("---\na: 1\n---\n");
	});

	it("updates the metadata cache through the usual `changed` event", async () => {
		const app = createFakeApp({ files: { "n.md": "---\na: 1\n---\n" } });
		const file = fileAt(app, "n.md");
		await app.fileManager.processFrontMatter(file, (frontmatter) => {
			frontmatter.a = 2;
		});
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ a: 1 });
		await app.flush();
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ a: 2 });
	});
});

describe("renameFile", () => {
	it("renames and rewrites the links that reached the file, keeping aliases and subpaths", async () => {
		const app = createFakeApp({
			files: {
				"People/Ann.md": "",
				"People/Other.md": "[[Ann]] stays [[Annex]]",
				"case.md": "---\nperson: \"[[Ann]]\"\nrelated:\n  - \"[[Ann|A.]]\"\n  - \"[[Bob]]\"\n---\nSee [[Ann#History|her story]], ![[Ann]] and [notes](People/Ann.md#Plan).\n",
				"Annex.md": "",
			},
		});
		await app.fileManager.renameFile(fileAt(app, "People/Ann.md"), "People/Ann Lee.md");
		expect(app.vault.getFileByPath("People/Ann Lee.md")).not.toBeNull();
		expect(await read(app, "case.md")).toBe(
			"---\nperson: \"[[Ann Lee]]\"\nrelated:\n  - \"[[Ann Lee|A.]]\"\n  - \"[[Bob]]\"\n---\nSee [[Ann Lee#History|her story]], ![[Ann Lee]] and [notes](People/Ann%20Lee.md#Plan).\n",
		);
		expect(await read(app, "People/Other.md")).toBe("[[Ann Lee]] stays [[Annex]]");
	});
});

describe("links and trash", () => {
	it("generates wikilinks with the shortest link text, embeds for attachments", () => {
		const app = createFakeApp({ files: { "People/Ann.md": "", "Archive/Ann.md": "", "Bob.md": "", "scan.png": "" } });
		expect(app.fileManager.generateMarkdownLink(fileAt(app, "Bob.md"), "x.md")).toBe("[[Bob]]");
		expect(app.fileManager.generateMarkdownLink(fileAt(app, "People/Ann.md"), "x.md", "#Plan", "Ann")).toBe("[[People/Ann#Plan|Ann]]");
		expect(app.fileManager.generateMarkdownLink(fileAt(app, "scan.png"), "x.md")).toBe("![[scan.png]]");
	});

	it("trashes to the system trash: the file leaves the vault with a delete event", async () => {
		const app = createFakeApp({ files: { "a.md": "" } });
		const deleted = jest.fn();
		app.vault.on("delete", deleted);
		const file = fileAt(app, "a.md");
		await app.fileManager.trashFile(file);
		expect(deleted).toHaveBeenCalledWith(file);
		expect(app.vault.getFileByPath("a.md")).toBeNull();
	});
});
