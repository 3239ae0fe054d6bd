/** @jest-environment jsdom */

// A note whose YAML Obsidian cannot parse has no properties in the metadata cache. It
// must be reported, in the validate-notes list and in its case's sidebar, not dropped
// from its case without a word.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CachedMetadata } from "obsidian";
import manifest from "../../manifest.json";
import IptWorkbenchPlugin from "../../src/obsidian/main";
import { createFakeApp, MetadataCache, Notice, Vault } from "../fake-obsidian";
import { validatedNotes } from "./validate-support";
import { INDEX_WAIT_MS, openSidebar, section, settle, showNote, startWorkbench, texts } from "./views-support";

const CASE = "IPT/Ann/Ann.md";
const SESSION = "IPT/Ann/Sessions/Session 01.md";
const BROKEN_SESSION = "---\nipt: session\nsession: 1\nhomework: [call Mum\n---\n# Session 1\n";
const GOOD_SESSION = "---\nipt: session\nsession: 1\nhomework: [call Mum]\n---\n# Session 1\n";

const VAULT = {
	[CASE]: "---\nipt: case\nclient: A.K.\n---\n",
	"IPT/Ann/People/Mum.md": "---\nipt: person\nname: Mum\ncircle: 1\n---\n",
	[SESSION]: BROKEN_SESSION,
	// Broken YAML in an ordinary note is none of our business.
	"Daily/2026-11-20.md": "---\nmood: [broken\n---\n",
	"Empty block.md": "---\n---\nText\n",
	"Plain.md": "No frontmatter at all.\n",
	"Rule.md": "---\nA note that opens with a horizontal rule.\n",
};

const UNCLOSED = "IPT/Ann/People/Dad.md";

afterEach(() => {
	document.body.empty();
	Notice.reset();
});

describe("a note whose YAML cannot be parsed", () => {
	it("is reported by validate-notes with its file and the field frontmatter, and ordinary notes are not", async () => {
		const app = await startWorkbench({ files: VAULT });
		await app.flush();
		expect(await validatedNotes(app)).toEqual([[SESSION, [expect.stringMatching(/^Error: the frontmatter is not valid YAML \(.+[^:]\); .*Nothing in this note is used until then\.$/) as string]]]);
	});

	it("shows in its case's sidebar, beside the rest of the case", async () => {
		const app = await startWorkbench({ files: VAULT });
		await showNote(app, CASE);
		const leaf = await openSidebar(app);
		const diagnostics = section(leaf, "diagnostics");
		expect(texts(diagnostics, ".ipt-diagnostic-field")).toEqual(["frontmatter"]);
		expect(texts(diagnostics, ".ipt-diagnostic .ipt-note-link")).toEqual(["Session 01"]);
		expect(texts(diagnostics, ".ipt-diagnostic-message")).toEqual([expect.stringMatching(/^the frontmatter is not valid YAML/) as string]);
		expect(texts(section(leaf, "closeness-circle"), ".ipt-node-label")).toEqual(["Mum"]);
	});

	it("is reported as soon as an edit breaks it, and back in its case once fixed", async () => {
		const app = await startWorkbench({ files: { ...VAULT, [SESSION]: GOOD_SESSION } });
		await showNote(app, CASE);
		const leaf = await openSidebar(app);
		expect(texts(section(leaf, "diagnostics"), ".ipt-empty")).toEqual(["No problems in this case's notes."]);
		const file = app.vault.getFileByPath(SESSION);
		if (!file) throw new Error("no session note");
		await app.vault.modify(file, BROKEN_SESSION);
		await settle(app, INDEX_WAIT_MS);
		expect(texts(section(leaf, "diagnostics"), ".ipt-diagnostic-field")).toEqual(["frontmatter"]);
		await app.vault.modify(file, GOOD_SESSION);
		await settle(app, INDEX_WAIT_MS);
		expect(texts(section(leaf, "diagnostics"), ".ipt-empty")).toEqual(["No problems in this case's notes."]);
		expect(await validatedNotes(app)).toEqual([]);
	});

	it("keeps its diagnostic when it is renamed, under its new path", async () => {
		const app = await startWorkbench({ files: VAULT });
		await app.flush();
		const file = app.vault.getFileByPath(SESSION);
		if (!file) throw new Error("no session note");
		await app.fileManager.renameFile(file, "IPT/Ann/Sessions/Session 1.md");
		await app.flush();
		expect((await validatedNotes(app)).map(([path]) => path)).toEqual(["IPT/Ann/Sessions/Session 1.md"]);
	});

	it("is read as text only when the cache holds a YAML block it could not read", async () => {
		const app = createFakeApp({ files: VAULT });
		await app.loadPlugin(IptWorkbenchPlugin, manifest);
		const read: string[] = [];
		const cachedRead = app.vault.cachedRead.bind(app.vault);
		app.vault.cachedRead = (file) => {
			read.push(file.path);
			return cachedRead(file);
		};
		await app.workspace.triggerLayoutReady();
		await app.flush();
		expect(read.sort()).toEqual(["Daily/2026-11-20.md", SESSION, "Rule.md"]);
	});

	it("reports an IPT note whose frontmatter is never closed, as the command line does", async () => {
		const app = await startWorkbench({ files: { ...VAULT, [UNCLOSED]: "---\nipt: person\nname: Dad\ncircle: 2\n\nHe rang on Sunday.\n" } });
		await app.flush();
		expect(await validatedNotes(app)).toEqual([
			[UNCLOSED, ["Error: the frontmatter has no closing --- line, so Obsidian does not read it; add --- after the last property."]],
			[SESSION, [expect.stringMatching(/^Error: the frontmatter is not valid YAML/) as string]],
		]);
	});
});

describe("what the cache tells of a YAML block (the fake against captures of the real app)", () => {
	const folder = join(__dirname, "..", "fixtures", "obsidian-cached-metadata");
	const captures = readdirSync(folder)
		.filter((name) => name.endsWith(".json"))
		.map((name) => JSON.parse(readFileSync(join(folder, name), "utf8")) as { filePath?: string; fileContents?: string; cachedMetadata?: CachedMetadata })
		.filter((capture) => capture.fileContents?.startsWith("---\n") === true);

	it("lists the block as the first section, of type yaml, even when it gives no properties", () => {
		expect(captures.some((capture) => capture.cachedMetadata?.frontmatter === undefined)).toBe(true);
		for (const capture of captures) {
			const path = capture.filePath ?? "";
			const vault = new Vault({ [path]: capture.fileContents ?? "" });
			const cache = new MetadataCache(vault);
			const file = vault.getFileByPath(path);
			if (!file) throw new Error(`no ${path}`);
			const yamlSections = (metadata: CachedMetadata | null | undefined) => metadata?.sections?.filter((s) => s.type === "yaml");
			expect([path, yamlSections(cache.getFileCache(file))]).toEqual([path, yamlSections(capture.cachedMetadata)]);
			expect([path, cache.getFileCache(file)?.sections?.[0]?.type]).toEqual([path, "yaml"]);
		}
	});
});
