import { Modal, type App } from "obsidian";
import { ModalForm } from "./modal-form";

/**
 * Asks before a review is recorded, naming the note that will change. It starts on
 * Cancel: a review is recorded by choice, never by a stray Enter.
 */
export class ReviewModal extends Modal {
	constructor(
		app: App,
		/** The session note as the view names it. */
		private readonly noteName: string,
		private readonly onConfirm: () => Promise<boolean>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Mark safety items reviewed");
		const { contentEl } = this;
		contentEl.createEl("p", { text: `This sets risk_reviewed: true in "${this.noteName}", the case's latest session note. Nothing else in the note changes.` });
		contentEl.createEl("p", { text: "Do this once you have followed up the open items with the client." });
		const form = new ModalForm(this, this.onConfirm);
		form.buttons("Mark reviewed").focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
