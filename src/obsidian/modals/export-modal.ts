import { Modal, type App } from "obsidian";
import { ModalForm } from "./modal-form";

export interface ExportChoice {
	readonly identified: boolean;
	readonly includeBodies: boolean;
}

/** How to export: de-identified without note bodies unless the clinician picks otherwise. */
export class ExportModal extends Modal {
	constructor(
		app: App,
		private readonly folder: string,
		private readonly onSubmit: (choice: ExportChoice) => Promise<boolean>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Export case summary");
		this.contentEl.createEl("p", {
			text: `A summary for supervision or teaching, with its closeness circle and measures chart, in a new folder inside "${this.folder}".`,
		});
		const form = new ModalForm(this, (): Promise<boolean> => this.onSubmit({ identified: names.value() === "identified", includeBodies: bodies.value() === "yes" }));
		const names = form.dropdown<"deidentified" | "identified">(
			"Names and dates",
			[
				["deidentified", "De-identified"],
				["identified", "Identified"],
			],
			{ desc: 'De-identified: "Client A", people by role, dates in weeks from the first session. Pseudonymised, not anonymised.' },
		);
		const bodies = form.dropdown<"no" | "yes">(
			"Note text",
			[
				["no", "Leave out"],
				["yes", "Include"],
			],
			{ desc: "The text of the case's notes below their properties; de-identified like the rest when included." },
		);
		form.buttons("Export");
		form.focusFirst();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
