import { Modal, type App } from "obsidian";
import { readDate } from "../../domain/planning/form-input";
import { ABSENCE_REASONS, type AbsenceReason } from "../../domain/model/vocabulary";
import { absenceWords } from "../../domain/views/attendance-text";
import { choices } from "./choices";
import { ModalForm } from "./modal-form";

export interface MissedSessionAnswers {
	readonly date: string;
	readonly reason: AbsenceReason;
}

/** The date of a session that was not held and why; its number is the next one. */
export class MissedSessionModal extends Modal {
	constructor(
		app: App,
		private readonly number: number,
		private readonly today: string,
		private readonly onSubmit: (answers: MissedSessionAnswers) => Promise<boolean>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(`Record session ${this.number} as not held`);
		const form = new ModalForm(this, (): Promise<boolean> => this.onSubmit({ date: date.value(), reason: reason.value() }));
		const date = form.text("Date", { desc: "When the session was due: YYYY-MM-DD.", value: this.today, read: (text) => readDate(text, true) });
		const label = (id: string): string => {
			const words = absenceWords(id as AbsenceReason);
			return words.charAt(0).toUpperCase() + words.slice(1);
		};
		const reason = form.requiredDropdown<AbsenceReason>("Reason", choices(ABSENCE_REASONS, label, null), "Choose why it was not held.", { value: "missed" });
		form.buttons("Record");
		form.focusFirst();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
