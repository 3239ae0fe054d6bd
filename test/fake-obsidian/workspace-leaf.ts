import type { OpenViewState, ViewState } from "obsidian";
import type { App } from "./app";
import { createDiv } from "./dom";
import { Events } from "./events";
import { FileView } from "./file-view";
import type { TFile } from "./files";
import { EmptyView, type View } from "./view";

export type LeafSide = "main" | "left" | "right";

/** A tab holding one view; a new leaf holds the empty view. */
export class WorkspaceLeaf extends Events {
	readonly app: App;
	readonly side: LeafSide;
	readonly containerEl: HTMLElement;
	view: View;
	private pinned = false;

	constructor(app: App, side: LeafSide) {
		super();
		this.app = app;
		this.side = side;
		this.containerEl = createDiv({ cls: "workspace-leaf" });
		this.view = new EmptyView(this);
		app.track(this.view.open(this.containerEl));
	}

	get isDeferred(): boolean {
		return false;
	}

	loadIfDeferred(): Promise<void> {
		return Promise.resolve();
	}

	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), active: this.app.workspace.activeLeaf === this, pinned: this.pinned };
	}

	/**
	 * Opens the registered view of `type` (an unknown type gives the empty view),
	 * or keeps the current view when it already has that type, then applies the
	 * state. `active` makes the leaf active; an active leaf reports `file-open`.
	 */
	async setViewState(viewState: ViewState, _eState?: unknown): Promise<void> {
		const { workspace } = this.app;
		const wasActive = workspace.activeLeaf === this;
		const hadFile = this.view instanceof FileView && this.view.file !== null;
		if (this.view.getViewType() !== viewState.type) await this.open(this.app.viewRegistry.create(viewState.type, this) ?? new EmptyView(this));
		await this.view.setState(viewState.state ?? {}, { history: false });
		if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
		if (viewState.active && !wasActive) workspace.setActiveLeaf(this);
		else if (wasActive && (hadFile || this.view instanceof FileView)) workspace.announceActiveFile(this);
		workspace.trigger("layout-change");
	}

	/** Replaces the current view (closing it) with `view`. */
	async open(view: View): Promise<View> {
		const previous = this.view;
		this.view = view;
		await previous.close();
		await view.open(this.containerEl);
		return view;
	}

	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		const type = file.extension === "md" ? "markdown" : (this.app.viewRegistry.typeForExtension(file.extension) ?? "empty");
		await this.setViewState({ type, state: { ...openState?.state, file: file.path }, active: openState?.active }, openState?.eState);
	}

	getEphemeralState(): unknown {
		return this.view.getEphemeralState();
	}

	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}

	togglePinned(): void {
		this.setPinned(!this.pinned);
	}

	setPinned(pinned: boolean): void {
		if (this.pinned === pinned) return;
		this.pinned = pinned;
		this.trigger("pinned-change", pinned);
	}

	/** Whether opening a file may replace this leaf's view: not pinned, and its view is one to navigate. */
	canNavigate(): boolean {
		return !this.pinned && this.view.navigation;
	}

	get isPinned(): boolean {
		return this.pinned;
	}

	/** Closes the view and removes the leaf from the workspace. */
	detach(): void {
		this.app.track(this.view.close());
		this.containerEl.detach();
		this.app.workspace.removeLeaf(this);
	}

	getIcon(): string {
		return this.view.getIcon();
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	onResize(): void {
		this.view.onResize();
	}
}
