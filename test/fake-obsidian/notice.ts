import { createDiv } from "./dom";

function messageText(message: string | DocumentFragment): string {
	return typeof message === "string" ? message : (message.textContent ?? "");
}

/**
 * A toast. Every message shown is recorded in `Notice.messages` for tests to
 * assert (clear it with `Notice.reset()`); the elements exist only with a DOM,
 * attached to `document.body` until hidden (no timer hides them, so tests see them).
 */
export class Notice {
	/** Every message shown, in order, including later `setMessage` texts. */
	static readonly messages: string[] = [];
	/** The notices not hidden yet. */
	static readonly visible: Notice[] = [];

	noticeEl!: HTMLElement;
	containerEl!: HTMLElement;
	messageEl!: HTMLElement;
	message: string;
	/** In ms; 0 means until hidden. The fake never hides a notice by itself. */
	readonly duration: number;

	constructor(message: string | DocumentFragment, duration?: number) {
		this.message = messageText(message);
		this.duration = duration ?? 5000;
		if (typeof document !== "undefined") {
			this.containerEl = createDiv({ cls: "notice-container", parent: document.body });
			this.noticeEl = createDiv({ cls: "notice", parent: this.containerEl });
			this.messageEl = createDiv({ cls: "notice-message", parent: this.noticeEl });
			this.messageEl.setText(message);
		}
		Notice.messages.push(this.message);
		Notice.visible.push(this);
	}

	static reset(): void {
		Notice.messages.length = 0;
		for (const notice of [...Notice.visible]) notice.hide();
	}

	setMessage(message: string | DocumentFragment): this {
		this.message = messageText(message);
		Notice.messages.push(this.message);
		this.messageEl?.setText(message);
		return this;
	}

	hide(): void {
		const index = Notice.visible.indexOf(this);
		if (index >= 0) Notice.visible.splice(index, 1);
		this.containerEl?.detach();
	}
}
