import { Modal, type App } from "obsidian";
import { ModalForm } from "./modal-form";

export interface ExportChoice {
	readonly identified: boolean;
	readonly includeBodies: boolean;
}

/** What is exported: the modal's title and first sentence, and whether the notes' text is a choice. */
export interface ExportKind {
	readonly title: string;
	readonly what: string;
	readonly asksForText: boolean;
}

const CASE_SUMMARY: ExportKind = {
	title: "Export case summary",
	what: "A summary for supervision or teaching, with its closeness circle and measures chart",
	asksForText: true,
};

/** How to export: de-identified without note bodies unless the clinician picks otherwise. */
export class ExportModal extends Modal {
	constructor(
		app: App,
		private readonly folder: string,
		private readonly onSubmit: (choice: ExportChoice) => Promise<boolean>,
		private readonly kind: ExportKind = CASE_SUMMARY,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.kind.title);
		this.contentEl.createEl("p", { text: `${this.kind.what}, in a new folder inside "${this.folder}".` });
		const form = new ModalForm(this, (): Promise<boolean> => this.onSubmit({ identified: names.value() === "identified", includeBodies: bodies?.value() === "yes" }));
		const names = form.dropdown<"deidentified" | "identified">(
			"Names and dates",
			[
				["deidentified", "De-identified"],
				["identified", "Identified"],
			],
			{ desc: 'De-identified: "Client A", people by role, dates in weeks from the first session. Pseudonymised, not anonymised.' },
		);
		const bodies = this.kind.asksForText
			? form.dropdown<"no" | "yes">(
					"Note text",
					[
						["no", "Leave out"],
						["yes", "Include"],
					],
					{ desc: "The text of the case's notes below their properties; de-identified like the rest when included." },
				)
			: null;
		form.buttons("Export");
		form.focusFirst();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
