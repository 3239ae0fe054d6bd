/** @jest-environment jsdom */

import { ItemView, Plugin, type PluginManifest } from "obsidian";
import { createFakeApp, MarkdownView, nextEvent, TFile, type App } from "../fake-obsidian";

const VIEW_TYPE = "test-view";
const manifest: PluginManifest = { id: "test-plugin", name: "Test plugin", version: "1.0.0", minAppVersion: "1.7.2", author: "Tests", description: "Exercises the fake." };

/** What the views and plugin below did, in order. */
let journal: string[] = [];

class TestView extends ItemView {
	getViewType(): string {
		return VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Test view";
	}

	protected override onOpen(): Promise<void> {
		journal.push("view open");
		this.contentEl.createEl("p", { text: "Hello" });
		this.registerEvent(this.app.vault.on("modify", () => journal.push("view saw modify")));
		return Promise.resolve();
	}

	protected override onClose(): Promise<void> {
		journal.push("view close");
		return Promise.resolve();
	}
}

class TestPlugin extends Plugin {
	override onload(): void {
		this.registerView(VIEW_TYPE, (leaf) => new TestView(leaf));
		this.app.workspace.onLayoutReady(() => journal.push("layout ready"));
		this.registerEvent(this.app.workspace.on("active-leaf-change", (leaf) => journal.push(`active leaf ${leaf?.view.getViewType() ?? "none"}`)));
		this.registerEvent(this.app.workspace.on("file-open", (file) => journal.push(`file open ${file?.path ?? "none"}`)));
	}
}

function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file at ${path}`);
	return file;
}

async function startApp(files: Record<string, string> = {}) {
	const app = createFakeApp({ files });
	const plugin = await app.loadPlugin(TestPlugin, manifest);
	return { app, plugin };
}

async function openTestView(app: App) {
	const leaf = app.workspace.getRightLeaf(false);
	if (!leaf) throw new Error("no right leaf");
	await leaf.setViewState({ type: VIEW_TYPE, active: true });
	return leaf;
}

beforeEach(() => {
	journal = [];
});

afterEach(() => document.body.empty());

describe("layout ready", () => {
	it("queues callbacks until the test triggers it, then runs new ones at once", async () => {
		const { app } = await startApp();
		expect(app.workspace.layoutReady).toBe(false);
		expect(journal).toEqual([]);
		await app.workspace.triggerLayoutReady();
		expect(journal).toEqual(["layout ready"]);
		app.workspace.onLayoutReady(() => journal.push("late callback"));
		expect(journal).toEqual(["layout ready", "late callback"]);
	});

	it("announces every existing file to handlers registered before it, as the vault load does", async () => {
		const { app } = await startApp({ "Clients/Ann.md": "", "top.md": "" });
		const early: string[] = [];
		const late: string[] = [];
		app.vault.on("create", (entry) => early.push(entry.path));
		app.workspace.onLayoutReady(() => app.vault.on("create", (entry) => late.push(entry.path)));
		await app.workspace.triggerLayoutReady();
		expect(early).toEqual(["Clients", "Clients/Ann.md", "top.md"]);
		expect(late).toEqual([]);
	});

	it("lets the metadata cache announce `resolved` after start-up, without `changed`", async () => {
		const { app } = await startApp({ "a.md": "---\nx: 1\n---\n" });
		const changed = jest.fn();
		app.metadataCache.on("changed", changed);
		const resolved = nextEvent(app.metadataCache, "resolved");
		await app.workspace.triggerLayoutReady();
		await expect(resolved).resolves.toEqual([]);
		expect(changed).not.toHaveBeenCalled();
	});
});

describe("views", () => {
	it("creates the registered view in a leaf, with the real DOM", async () => {
		const { app } = await startApp();
		const leaf = await openTestView(app);
		const view = leaf.view;
		if (!(view instanceof TestView)) throw new Error("the leaf does not hold the test view");
		expect(view.app).toBe(app);
		expect(view.containerEl.children[0]?.hasClass("view-header")).toBe(true);
		expect(view.containerEl.children[1]).toBe(view.contentEl);
		expect(view.contentEl.getText()).toBe("Hello");
		expect(view.containerEl.getAttr("data-type")).toBe(VIEW_TYPE);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([leaf]);
		expect(app.workspace.activeLeaf).toBe(leaf);
		expect(leaf.getViewState()).toMatchObject({ type: VIEW_TYPE, active: true });
		expect(journal).toEqual(["view open", "active leaf test-view"]);
	});

	it("keeps a sidebar view hidden until its leaf is revealed", async () => {
		const { app } = await startApp();
		const leaf = await openTestView(app);
		expect(leaf.view.containerEl.isShown()).toBe(false);
		await app.workspace.revealLeaf(leaf);
		expect(leaf.view.containerEl.isShown()).toBe(true);
		app.workspace.rightSplit.collapse();
		expect(leaf.view.containerEl.isShown()).toBe(false);
	});

	it("closes views on detach: onClose runs and their registered events stop", async () => {
		const { app } = await startApp({ "a.md": "" });
		const leaf = await openTestView(app);
		app.workspace.detachLeavesOfType(VIEW_TYPE);
		await app.flush();
		await app.vault.modify(fileAt(app, "a.md"), "x");
		expect(journal).toEqual(["view open", "active leaf test-view", "view close", "active leaf none"]);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([]);
		expect(leaf.view.containerEl.isConnected).toBe(false);
	});

	it("reuses the main leaf unless it is pinned or a new one is asked for", async () => {
		const { app } = await startApp();
		const first = app.workspace.getLeaf(false);
		expect(app.workspace.getLeaf(false)).toBe(first);
		expect(app.workspace.getLeaf("tab")).not.toBe(first);
		const recent = app.workspace.getLeaf(false);
		recent.setPinned(true);
		expect(app.workspace.getLeaf(false)).not.toBe(recent);
	});

	it("navigates the active note's leaf, never a view that is not for navigation", async () => {
		const { app } = await startApp({ "a.md": "" });
		await app.workspace.setActiveFile(fileAt(app, "a.md"));
		const noteLeaf = app.workspace.activeLeaf;
		expect(app.workspace.getLeaf(false)).toBe(noteLeaf);
		const viewLeaf = await openTestView(app);
		app.workspace.setActiveLeaf(viewLeaf);
		expect(app.workspace.getLeaf(false)).toBe(noteLeaf);
	});

	it("opens a pop-out window with its own DOM constructors and Obsidian's cross-window checks", async () => {
		const { app } = await startApp({ "a.md": "" });
		const leaf = app.workspace.openPopoutLeaf();
		await leaf.openFile(fileAt(app, "a.md"), { active: true });
		const win = leaf.containerEl.win as Window & typeof globalThis;
		expect(win).not.toBe(window);
		expect(activeDocument).toBe(win.document);
		const el = leaf.containerEl.createDiv();
		const event = new win.MouseEvent("click");
		// What a plain `instanceof` answers, without the lint rule that (rightly) forbids it in plugin code.
		const plainInstanceOf = (value: object, type: { prototype: object }): boolean => Object.prototype.isPrototypeOf.call(type.prototype, value);
		expect([plainInstanceOf(el, HTMLElement), el.instanceOf(HTMLElement), plainInstanceOf(event, MouseEvent), event.instanceOf(MouseEvent), event.instanceOf(KeyboardEvent)]).toEqual([false, true, false, true, false]);
		el.dispatchEvent(event);
		expect(event.targetNode).toBe(el);
		await app.workspace.setActiveFile(fileAt(app, "a.md"));
		expect(app.workspace.getLeaf(false)).toBe(leaf);
	});

	it("ensures one side leaf of a type, revealed", async () => {
		const { app } = await startApp();
		const leaf = await app.workspace.ensureSideLeaf(VIEW_TYPE, "right", { active: true });
		expect(await app.workspace.ensureSideLeaf(VIEW_TYPE, "right")).toBe(leaf);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([leaf]);
		expect(leaf.view.containerEl.isShown()).toBe(true);
	});

	it("opens an unknown type as the empty view", async () => {
		const { app } = await startApp();
		const leaf = app.workspace.getLeaf(true);
		await leaf.setViewState({ type: "not-registered" });
		expect(leaf.view.getViewType()).toBe("empty");
	});

	it("detaches the plugin's views and forgets their type when it unloads", async () => {
		const { app, plugin } = await startApp();
		await openTestView(app);
		plugin.unload();
		await app.flush();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([]);
		expect(app.viewRegistry.isRegistered(VIEW_TYPE)).toBe(false);
		expect(journal).toContain("view close");
	});
});

describe("the active file", () => {
	it("opens a note in the main area and announces it", async () => {
		const { app } = await startApp({ "a.md": "Alpha", "b.md": "Beta" });
		await app.workspace.setActiveFile(fileAt(app, "a.md"));
		expect(journal).toEqual(["active leaf markdown", "file open a.md"]);
		expect(app.workspace.getActiveFile()?.path).toBe("a.md");
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		expect(view?.file?.path).toBe("a.md");
		expect(view?.editor.getValue()).toBe("Alpha");

		await app.workspace.setActiveFile(fileAt(app, "b.md"));
		expect(journal.slice(2)).toEqual(["file open b.md"]);
		expect(app.workspace.getLastOpenFiles()).toEqual(["b.md", "a.md"]);
	});

	it("keeps the last active file while a sidebar view is active", async () => {
		const { app } = await startApp({ "a.md": "" });
		await app.workspace.setActiveFile(fileAt(app, "a.md"));
		await openTestView(app);
		expect(app.workspace.activeLeaf?.view.getViewType()).toBe(VIEW_TYPE);
		expect(app.workspace.getActiveFile()?.path).toBe("a.md");
		expect(app.workspace.getActiveViewOfType(MarkdownView)).toBeNull();
	});

	it("closes the file with null", async () => {
		const { app } = await startApp({ "a.md": "" });
		await app.workspace.setActiveFile(fileAt(app, "a.md"));
		await app.workspace.setActiveFile(null);
		expect(journal.slice(-1)).toEqual(["file open none"]);
		expect(app.workspace.getActiveFile()).toBeNull();
	});

	it("follows a link, creating the note when the link is unresolved", async () => {
		const { app } = await startApp({ "People/Ann.md": "", "case.md": "" });
		await app.workspace.openLinkText("Ann#History", "case.md");
		expect(app.workspace.getActiveFile()?.path).toBe("People/Ann.md");
		await app.workspace.openLinkText("New person", "case.md");
		expect(app.workspace.getActiveFile()?.path).toBe("New person.md");
		expect(app.vault.getFileByPath("New person.md")).not.toBeNull();
	});

	it("shows changes made elsewhere in the open note's editor", async () => {
		const { app } = await startApp({ "a.md": "---\nx: 1\n---\n" });
		const file = fileAt(app, "a.md");
		await app.workspace.setActiveFile(file);
		await app.fileManager.processFrontMatter(file, (frontmatter) => {
			frontmatter.x = 2;
		});
		expect(app.workspace.activeEditor?.editor.getValue()).toBe("---\nx: 2\n---\n");
	});
});
