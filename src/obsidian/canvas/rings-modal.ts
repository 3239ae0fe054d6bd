import { Modal, type App } from "obsidian";
import { ModalForm } from "../modals/modal-form";

/**
 * Lists the rings the canvas would change, a line per person, and writes them only on
 * the user's yes. It starts on Cancel, as every modal that writes does.
 */
export class RingsModal extends Modal {
	constructor(
		app: App,
		private readonly lines: readonly string[],
		private readonly onConfirm: () => Promise<boolean>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Update rings from the canvas");
		const { contentEl } = this;
		contentEl.createEl("p", { text: "The canvas puts these people on another ring than their notes. Each note's circle property changes; nothing else in it does." });
		const list = contentEl.createEl("ul", { cls: "ipt-ring-changes" });
		for (const line of this.lines) list.createEl("li", { text: line });
		new ModalForm(this, this.onConfirm).buttons("Update rings").focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
