import { Modal, type App } from "obsidian";
import type { Phase } from "../../domain/model/vocabulary";
import { dayField } from "./date-field";
import { ModalForm } from "./modal-form";

export interface SessionPlan {
	readonly number: number;
	readonly phase: Phase;
	readonly today: string;
}

/** Asks for the date of the next session; Enter takes today's. */
export class SessionModal extends Modal {
	constructor(
		app: App,
		private readonly plan: SessionPlan,
		private readonly onSubmit: (date: string) => Promise<boolean>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("New session note");
		const form = new ModalForm(this, (): Promise<boolean> => this.onSubmit(date.value()));
		const { number, phase, today } = this.plan;
		const date = dayField(form, "Date", `Session ${number}, ${phase} phase: the day it was held.`, today);
		form.buttons("Create");
		form.focusFirst();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
