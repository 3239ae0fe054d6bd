import { Modal, type App } from "obsidian";
import { ModalForm } from "./modal-form";

export interface Confirmation {
	readonly title: string;
	/** What will change, naming the note, then anything else to say. */
	readonly paragraphs: readonly string[];
	/** The button that writes. */
	readonly confirm: string;
}

/**
 * Asks before a note is written, naming the note that will change. It starts on
 * Cancel: a note is changed by choice, never by a stray Enter.
 */
export class ConfirmModal extends Modal {
	constructor(
		app: App,
		private readonly confirmation: Confirmation,
		private readonly onConfirm: () => Promise<boolean>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.confirmation.title);
		for (const text of this.confirmation.paragraphs) this.contentEl.createEl("p", { text });
		const form = new ModalForm(this, this.onConfirm);
		form.buttons(this.confirmation.confirm).focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
