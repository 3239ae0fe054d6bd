import type { ViewStateResult } from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import { createDiv, createEl } from "./dom";
import { setIcon } from "./icons";
import type { Menu } from "./menu";
import type { WorkspaceLeaf } from "./workspace-leaf";

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

/** A leaf's content. The leaf calls `open` and `close`, which run `onOpen` and `onClose` around load and unload. */
export abstract class View extends Component {
	app: App;
	icon = "document";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: null = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "workspace-leaf-content" });
	}

	/** The leaf's side of opening: attach, load, then `onOpen`. */
	async open(parentEl: HTMLElement): Promise<void> {
		this.containerEl.setAttr("data-type", this.getViewType());
		parentEl.appendChild(this.containerEl);
		this.load();
		await this.onOpen();
	}

	/** The leaf's side of closing: `onClose`, then unload and detach. */
	async close(): Promise<void> {
		await this.onClose();
		this.unload();
		this.containerEl.detach();
	}

	protected onOpen(): Promise<void> {
		return Promise.resolve();
	}

	protected onClose(): Promise<void> {
		return Promise.resolve();
	}

	abstract getViewType(): string;

	abstract getDisplayText(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	setState(_state: unknown, _result: ViewStateResult): Promise<void> {
		return Promise.resolve();
	}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(_state: unknown): void {}

	getIcon(): string {
		return this.icon;
	}

	onResize(): void {}

	onPaneMenu(_menu: Menu, _source: string): void {}
}

/** The real DOM: `containerEl.children[0]` is the header, `children[1]` the content (`contentEl`). */
export abstract class ItemView extends View {
	contentEl: HTMLElement;
	private readonly headerEl: HTMLElement;
	private readonly titleEl: HTMLElement;
	private readonly actionsEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.headerEl = createDiv({ cls: "view-header", parent: this.containerEl });
		this.titleEl = createDiv({ cls: "view-header-title", parent: this.headerEl });
		this.actionsEl = createDiv({ cls: "view-actions", parent: this.headerEl });
		this.contentEl = createDiv({ cls: "view-content", parent: this.containerEl });
	}

	override async open(parentEl: HTMLElement): Promise<void> {
		await super.open(parentEl);
		this.titleEl.setText(this.getDisplayText());
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const action = createEl("a", { cls: ["clickable-icon", "view-action"], attr: { "aria-label": title }, parent: this.actionsEl, prepend: true });
		setIcon(action, icon);
		action.addEventListener("click", callback);
		return action;
	}
}

/** The leaf's view before anything is opened in it. */
export class EmptyView extends ItemView {
	/** A new tab is where the next note opens. */
	override navigation = true;

	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}
