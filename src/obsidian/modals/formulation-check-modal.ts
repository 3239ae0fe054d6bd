import { Modal, type App } from "obsidian";
import type { CheckSection } from "../../domain/practice/check-text";

/**
 * The result of "Check my formulation". Shown, not saved: the check is worked out from
 * the notes each time, so a saved copy would go stale as the student revises, and the
 * plugin never overwrites a note, so every check would leave one more file.
 */
export class FormulationCheckModal extends Modal {
	constructor(
		app: App,
		private readonly summary: string,
		private readonly sections: readonly CheckSection[],
		/** Privacy mode's way of wording a sentence. */
		private readonly shown: (text: string) => string,
	) {
		super(app);
	}

	onOpen(): void {
		const { contentEl } = this;
		this.setTitle("Formulation check");
		contentEl.empty();
		contentEl.addClass("ipt-formulation-check");
		contentEl.createEl("p", { text: this.shown(this.summary) });
		for (const section of this.sections) {
			contentEl.createEl("h3", { text: section.heading });
			const list = contentEl.createEl("ul");
			for (const line of section.lines) list.createEl("li", { text: this.shown(line) });
		}
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
