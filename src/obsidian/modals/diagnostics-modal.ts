import { Modal, type App } from "obsidian";
import type { Diagnostic } from "../../domain/model/diagnostic";
import type { Screen } from "../privacy/screen";
import { diagnosticsByFile } from "../../domain/model/diagnostics-by-file";
import { openNoteAt } from "../notes/open-note";

function count(n: number, one: string): string {
	return `${n} ${one}${n === 1 ? "" : "s"}`;
}

export function diagnosticsSummary(diagnostics: readonly Diagnostic[]): string {
	const errors = diagnostics.filter((d) => d.severity === "error").length;
	const notes = new Set(diagnostics.map((d) => d.path)).size;
	return `${count(errors, "error")} and ${count(diagnostics.length - errors, "warning")} in ${count(notes, "note")}`;
}

/** What the check was of: the vault's notes unless told otherwise. */
export interface CheckWording {
	readonly title: string;
	/** Said when there is no problem. */
	readonly clean: string;
}

const NOTE_CHECK: CheckWording = { title: "Note check", clean: "Every note follows the note format." };

/** Every problem found, by file; a file name opens the note. */
export class DiagnosticsModal extends Modal {
	constructor(
		app: App,
		private readonly diagnostics: readonly Diagnostic[],
		/** Privacy mode's way of naming notes and wording messages. */
		private readonly screen: Screen,
		private readonly wording: CheckWording = NOTE_CHECK,
	) {
		super(app);
	}

	onOpen(): void {
		const { contentEl } = this;
		this.setTitle(this.wording.title);
		contentEl.empty();
		if (this.diagnostics.length === 0) {
			contentEl.createEl("p", { text: this.wording.clean });
			return;
		}
		contentEl.createEl("p", { text: `${diagnosticsSummary(this.diagnostics)}.` });
		for (const [path, list] of diagnosticsByFile(this.diagnostics)) {
			const fileEl = contentEl.createDiv();
			// A real link: reachable with Tab and opened with Enter, like links in a note.
			const link = fileEl.createEl("a", { text: this.screen.note(path), href: "#" });
			link.addEventListener("click", (evt) => {
				evt.preventDefault();
				this.close();
				openNoteAt(this.app, path, false);
			});
			const items = fileEl.createEl("ul");
			for (const d of list) items.createEl("li", { text: `${d.severity === "error" ? "Error" : "Warning"}: ${this.screen.text(d.message)}` });
		}
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
