import type { EventRef, OpenViewState, PaneType } from "obsidian";
import type { App } from "./app";
import { type AppWindow, createDiv, installDomHelpers, setActiveWindow } from "./dom";
import { Events, type Handler } from "./events";
import { FileView } from "./file-view";
import type { TFile } from "./files";
import { getLinkpath } from "./link-text";
import { MarkdownView } from "./markdown-view";
import { normalizePath } from "./paths";
import type { View } from "./view";
import { type LeafSide, WorkspaceLeaf } from "./workspace-leaf";

type ViewConstructor<T> = abstract new (...args: never[]) => T;

function last<T>(items: readonly T[]): T | undefined {
	return items[items.length - 1];
}

/**
 * A sidebar (or the main area): one tab group, where only the shown leaf is
 * displayed, and a sidebar can be collapsed. Hidden leaves answer
 * `containerEl.isShown()` with false, as in the app.
 */
export class WorkspaceSplit {
	readonly containerEl: HTMLElement;
	collapsed: boolean;
	private shown: WorkspaceLeaf | null = null;

	constructor(parentEl: HTMLElement, cls: string, collapsed: boolean) {
		this.containerEl = createDiv({ cls: ["workspace-split", cls], parent: parentEl });
		this.collapsed = collapsed;
		this.containerEl.toggle(!collapsed);
	}

	collapse(): void {
		this.collapsed = true;
		this.containerEl.toggle(false);
	}

	expand(): void {
		this.collapsed = false;
		this.containerEl.toggle(true);
	}

	toggle(): void {
		if (this.collapsed) this.expand();
		else this.collapse();
	}

	add(leaf: WorkspaceLeaf): void {
		this.containerEl.appendChild(leaf.containerEl);
		this.show(leaf);
	}

	show(leaf: WorkspaceLeaf): void {
		this.shown?.containerEl.toggle(false);
		this.shown = leaf;
		leaf.containerEl.toggle(true);
	}

	forget(leaf: WorkspaceLeaf, next: WorkspaceLeaf | undefined): void {
		if (this.shown !== leaf) return;
		this.shown = null;
		if (next) this.show(next);
	}
}

/**
 * The layout: a main area and two sidebars (the left one expanded, the right
 * one collapsed until a leaf is revealed there), leaves, the active leaf and
 * the layout-ready phase, which a test starts with `triggerLayoutReady`.
 */
export class Workspace extends Events {
	layoutReady = false;
	activeLeaf: WorkspaceLeaf | null = null;
	/** How often a view asked for the layout (with its views' getState) to be saved. */
	layoutSaveRequests = 0;
	readonly containerEl: HTMLElement;
	readonly rootSplit: WorkspaceSplit;
	readonly leftSplit: WorkspaceSplit;
	readonly rightSplit: WorkspaceSplit;
	private leaves: WorkspaceLeaf[] = [];
	private layoutReadyCallbacks: (() => unknown)[] = [];
	private lastActiveFile: TFile | null = null;
	private readonly recentFiles: string[] = [];
	/** Each pop-out window's leaf and the tab group it sits in. */
	private readonly popouts = new Map<WorkspaceLeaf, WorkspaceSplit>();

	/** The app debounces this and then writes workspace.json; the fake only counts. */
	requestSaveLayout(): void {
		this.layoutSaveRequests++;
	}

	constructor(private readonly app: App) {
		super();
		this.containerEl = createDiv({ cls: "workspace", parent: document.body });
		this.leftSplit = new WorkspaceSplit(this.containerEl, "mod-left-split", false);
		this.rootSplit = new WorkspaceSplit(this.containerEl, "mod-root", false);
		this.rightSplit = new WorkspaceSplit(this.containerEl, "mod-right-split", true);
	}

	on(name: "active-leaf-change", callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): EventRef;
	on(name: "file-open", callback: (file: TFile | null) => unknown, ctx?: unknown): EventRef;
	on(name: "layout-change", callback: () => unknown, ctx?: unknown): EventRef;
	on(name: "resize", callback: () => unknown, ctx?: unknown): EventRef;
	on(name: "css-change", callback: () => unknown, ctx?: unknown): EventRef;
	on(name: string, callback: Handler, ctx?: unknown): EventRef;
	on(name: string, callback: Handler, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	/** Runs `callback` now when the layout is ready, else when `triggerLayoutReady` is called. */
	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.layoutReadyCallbacks.push(callback);
	}

	/**
	 * Test helper for the app's start-up: the vault announces every file
	 * (`create`), the layout becomes ready and the queued callbacks run in order,
	 * the metadata cache announces `resolved`, and the promise resolves once
	 * everything that started has settled.
	 */
	async triggerLayoutReady(): Promise<void> {
		this.app.vault.announceLoadedFiles();
		this.layoutReady = true;
		const callbacks = this.layoutReadyCallbacks;
		this.layoutReadyCallbacks = [];
		for (const callback of callbacks) this.app.track(Promise.resolve(callback()));
		this.app.metadataCache.requestResolve();
		this.trigger("layout-change");
		await this.app.flush();
	}

	/** The active note view (the real type is MarkdownFileInfo, which it satisfies: `editor` and `file`). */
	get activeEditor(): MarkdownView | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? view : null;
	}

	/**
	 * As the app: `false` (or nothing) navigates the active leaf when it is in the
	 * main area and may navigate (not pinned, a view meant for navigation, such as
	 * a note being typed), else the most recent such leaf; anything else, or when
	 * none may navigate, is a new tab.
	 */
	getLeaf(newLeaf?: PaneType | boolean): WorkspaceLeaf {
		if (!newLeaf) {
			const reusable = [this.activeLeaf, ...[...this.leaves].reverse()].find((leaf) => leaf?.side === "main" && leaf.canNavigate());
			if (reusable) return reusable;
		}
		return this.createLeaf("main");
	}

	/**
	 * A leaf in a new pop-out window. The window is an iframe, so it has its own
	 * DOM constructors as a real pop-out has: its elements and events fail
	 * `instanceof` against the main window's classes. Obsidian's DOM helpers are
	 * installed in it. Its leaf belongs to the main area, as in the app.
	 */
	openPopoutLeaf(): WorkspaceLeaf {
		const frame = createDiv({ cls: "popout-window", parent: document.body }).createEl("iframe");
		const win = frame.contentWindow as AppWindow | null;
		if (!win) throw new Error("The fake could not open a pop-out window");
		installDomHelpers(win);
		const split = new WorkspaceSplit(win.document.body, "mod-root", false);
		const leaf = new WorkspaceLeaf(this.app, "main");
		this.popouts.set(leaf, split);
		this.leaves.push(leaf);
		split.add(leaf);
		return leaf;
	}

	getUnpinnedLeaf(): WorkspaceLeaf {
		return this.getLeaf(false);
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.createLeaf("left");
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.createLeaf("right");
	}

	async ensureSideLeaf(type: string, side: "left" | "right", options: { active?: boolean; reveal?: boolean; state?: Record<string, unknown> } = {}): Promise<WorkspaceLeaf> {
		const leaf = this.getLeavesOfType(type).find((candidate) => candidate.side === side) ?? this.createLeaf(side);
		await leaf.setViewState({ type, state: options.state, active: options.active });
		if (options.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.leaves]) callback(leaf);
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.filter((candidate) => candidate.side === "main")) callback(leaf);
	}

	getMostRecentLeaf(): WorkspaceLeaf | null {
		return this.mostRecentMainLeaf() ?? null;
	}

	/** Shows the leaf in its tab group and expands its sidebar; like the app, a change of layout is announced (`layout-change`). */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		const split = this.splitOf(leaf);
		const changed = split.collapsed || !leaf.containerEl.isShown();
		split.expand();
		split.show(leaf);
		if (changed) this.trigger("layout-change");
		await Promise.resolve();
	}

	setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean }): void {
		if (this.activeLeaf === leaf) return;
		this.activeLeaf = leaf;
		setActiveWindow(leaf.containerEl.win as AppWindow);
		this.splitOf(leaf).show(leaf);
		if (leaf.side === "main") this.leaves = [...this.leaves.filter((other) => other !== leaf), leaf];
		this.trigger("active-leaf-change", leaf);
		if (leaf.view instanceof FileView) this.announceActiveFile(leaf);
	}

	getActiveViewOfType<T extends View>(type: ViewConstructor<T>): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	/** The active leaf's file, or else the file most recently active. */
	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		return view instanceof FileView && view.file ? view.file : this.lastActiveFile;
	}

	getLastOpenFiles(): string[] {
		return [...this.recentFiles];
	}

	/** Opens the link's target, creating the note at the vault root when the link is unresolved. */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
		const linkpath = getLinkpath(linktext);
		const target = this.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath) ?? (await this.app.vault.create(normalizePath(/\.[^/]+$/.test(linkpath) ? linkpath : `${linkpath}.md`), ""));
		await this.getLeaf(newLeaf).openFile(target, { active: true, ...openViewState });
	}

	/**
	 * Test helper: opens `file` in the main leaf and makes it active (firing
	 * `active-leaf-change` when the active leaf changes, and `file-open`);
	 * `null` closes the file, leaving an empty tab, and fires `file-open` with null.
	 */
	async setActiveFile(file: TFile | null): Promise<void> {
		const leaf = this.getLeaf(false);
		if (file) await leaf.openFile(file, { active: true });
		else {
			await leaf.setViewState({ type: "empty" });
			this.setActiveLeaf(leaf);
		}
	}

	/** A file view in the active leaf shows a file (or none): `file-open` fires. */
	announceActiveFile(leaf: WorkspaceLeaf): void {
		const file = leaf.view instanceof FileView ? leaf.view.file : null;
		this.lastActiveFile = file;
		if (file) this.recentFiles.splice(0, this.recentFiles.length, file.path, ...this.recentFiles.filter((path) => path !== file.path));
		this.trigger("file-open", file);
	}

	/** Called by a detaching leaf. */
	removeLeaf(leaf: WorkspaceLeaf): void {
		this.leaves = this.leaves.filter((other) => other !== leaf);
		const split = this.splitOf(leaf);
		split.forget(leaf, last(this.leaves.filter((other) => this.splitOf(other) === split)));
		this.popouts.delete(leaf);
		if (this.activeLeaf === leaf) {
			this.activeLeaf = null;
			const next = this.mostRecentMainLeaf();
			if (next) this.setActiveLeaf(next);
			else this.trigger("active-leaf-change", null);
		}
		this.trigger("layout-change");
	}

	private createLeaf(side: LeafSide): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		this.splitOf(leaf).add(leaf);
		return leaf;
	}

	private mostRecentMainLeaf(): WorkspaceLeaf | undefined {
		return last(this.leaves.filter((leaf) => leaf.side === "main"));
	}

	private splitOf(leaf: WorkspaceLeaf): WorkspaceSplit {
		const popout = this.popouts.get(leaf);
		if (popout) return popout;
		return leaf.side === "main" ? this.rootSplit : leaf.side === "left" ? this.leftSplit : this.rightSplit;
	}
}
