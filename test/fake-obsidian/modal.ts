import type { App } from "./app";
import { createDiv } from "./dom";

/** The real DOM: `.modal-container` > `.modal-bg` + `.modal` (close button, title, content), on `document.body` while open; Escape closes it. */
export class Modal {
	app: App;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	private closeCallback: (() => unknown) | null = null;
	private isOpen = false;

	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv({ cls: "modal-container" });
		createDiv({ cls: "modal-bg", parent: this.containerEl }).addEventListener("click", () => this.close());
		this.modalEl = createDiv({ cls: "modal", parent: this.containerEl });
		createDiv({ cls: ["modal-close-button", "clickable-icon"], attr: { "aria-label": "Close" }, parent: this.modalEl }).addEventListener("click", () => this.close());
		const headerEl = createDiv({ cls: "modal-header", parent: this.modalEl });
		this.titleEl = createDiv({ cls: "modal-title", parent: headerEl });
		this.contentEl = createDiv({ cls: "modal-content", parent: this.modalEl });
		// The app's modal scope closes it on Escape, wherever the focus is inside it.
		this.containerEl.addEventListener("keydown", (evt) => {
			if (evt.key !== "Escape" || evt.defaultPrevented) return;
			evt.preventDefault();
			this.close();
		});
	}

	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		// Opened in the window the user is in, as the app does: in a pop-out, inside its document.
		activeDocument.body.appendChild(this.containerEl);
		this.app.track(Promise.resolve(this.onOpen()));
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		this.containerEl.detach();
		this.onClose();
		this.closeCallback?.();
	}

	onOpen(): Promise<void> | void {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}
}
