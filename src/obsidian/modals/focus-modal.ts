import { Keymap, Modal, type App, type PaneType } from "obsidian";
import { focusList } from "../../domain/planning/note-properties";
import { strengthText, type FocusChoice } from "../../domain/planning/focus-choices";
import type { ProblemArea } from "../../domain/model/vocabulary";
import { ModalForm } from "./modal-form";

export interface FocusStart {
	readonly choices: readonly FocusChoice[];
	/** The engine's focus checks for a choice of areas, in plain words. */
	readonly warnings: (areas: readonly ProblemArea[]) => string[];
	/** Opens an evidence note behind the modal, in a new tab when the click asks for one. */
	readonly openNote: (path: string, newLeaf: PaneType | boolean) => void;
	/** How a note is named, and free text shown: as written, or without names in privacy mode. */
	readonly noteLabel: (path: string) => string;
	readonly shown: (text: string) => string;
}

export class FocusModal extends Modal {
	constructor(
		app: App,
		private readonly start: FocusStart,
		private readonly onSubmit: (areas: ProblemArea[]) => Promise<boolean>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Set focus");
		const { contentEl } = this;
		contentEl.createEl("p", { text: "Tick the problem areas agreed with the client: normally one, at most two. The evidence is what the notes show." });
		const form = new ModalForm(this, (): Promise<boolean> => this.onSubmit(focus.value()));
		const boxes = this.start.choices.map((choice) => this.choiceRow(form, choice));
		const warningsEl = contentEl.createDiv({ cls: "ipt-focus-warnings", attr: { "aria-live": "polite" } });
		const chosen = () => focusList(boxes.filter((box) => box.checked).map((box) => box.value as ProblemArea));
		const focus = form.add({ focusEl: boxes[0] ?? contentEl, messageParent: warningsEl, inputs: boxes, read: () => ({ ok: true, value: chosen() }) });
		const showWarnings = () => {
			warningsEl.querySelectorAll(".ipt-focus-warning").forEach((el) => el.remove());
			for (const warning of this.start.warnings(chosen())) warningsEl.createDiv({ cls: "ipt-focus-warning mod-warning", text: this.start.shown(warning) });
		};
		for (const box of boxes) box.addEventListener("change", showWarnings);
		showWarnings();
		form.buttons("Save");
		form.focusFirst();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** The area's box, how strong the evidence is, and each piece of evidence as a link to its note. */
	private choiceRow(form: ModalForm, choice: FocusChoice): HTMLInputElement {
		const row = form.row(choice.label, strengthText(choice.flag));
		const box = row.controlEl.createEl("input", { type: "checkbox", value: choice.area, attr: { "aria-label": choice.label } });
		box.checked = choice.chosen;
		const evidence = choice.flag?.evidence ?? [];
		if (evidence.length > 0) {
			const list = row.infoEl.createEl("ul", { cls: "ipt-focus-evidence" });
			for (const item of evidence) {
				const entry = list.createEl("li");
				// The path stays in the click handler: in privacy mode no attribute may hold a name.
				const link = entry.createEl("a", { cls: "internal-link", text: this.start.noteLabel(item.path), href: "#" });
				link.addEventListener("click", (evt) => {
					evt.preventDefault();
					this.start.openNote(item.path, Keymap.isModEvent(evt));
				});
				entry.appendText(`: ${this.start.shown(item.reason)}`);
			}
		}
		return box;
	}
}
