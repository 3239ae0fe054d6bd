import { Modal, type App } from "obsidian";
import { readDate, readName, readWholeNumber } from "../../domain/planning/form-input";
import { PROTOCOLS, type Protocol } from "../../domain/model/vocabulary";
import { choices } from "./choices";
import { dayField } from "./date-field";
import { mapField, ModalForm } from "./modal-form";

export interface CaseAnswers {
	readonly client: string;
	readonly protocol: Protocol;
	readonly plannedSessions: number;
	/** The first session's day. */
	readonly start: string;
	readonly onset: string | null;
}

export interface CaseDefaults {
	readonly protocol: Protocol;
	/** The planned sessions to offer for a protocol. */
	readonly plannedSessions: (protocol: Protocol) => number;
	readonly today: string;
}

const PROTOCOL_NAMES: Readonly<Record<Protocol, string>> = {
	standard: "Standard",
	brief: "Brief",
	adolescent: "Adolescent",
	group: "Group",
	perinatal: "Perinatal",
};

export class CreateCaseModal extends Modal {
	constructor(
		app: App,
		private readonly defaults: CaseDefaults,
		private readonly onSubmit: (answers: CaseAnswers) => Promise<boolean>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Create case");
		const form = new ModalForm(this, (): Promise<boolean> =>
			this.onSubmit({ client: client.value(), protocol: protocol.value(), plannedSessions: planned.value(), start: start.value(), onset: onset.value() }),
		);
		const client = form.text("Client code", {
			desc: "Initials or a code; names the case's folder and note.",
			read: (text) => readName(text, "Client code"),
		});
		let plannedEdited = false;
		const protocolOptions = choices(PROTOCOLS, (id) => `${PROTOCOL_NAMES[id as Protocol]} (${this.defaults.plannedSessions(id as Protocol)} sessions)`, null);
		const protocol = mapField(
			form.dropdown<Protocol>("Protocol", protocolOptions, {
				value: this.defaults.protocol,
				onChange: (value) => {
					// Follow the protocol until the clinician sets a number of their own.
					if (!plannedEdited) planned.inputEl.value = String(this.defaults.plannedSessions(value as Protocol));
				},
			}),
			(value) => value ?? this.defaults.protocol,
		);
		const planned = form.text("Planned sessions", {
			desc: "From 1 to 52.",
			value: String(this.defaults.plannedSessions(this.defaults.protocol)),
			read: (text) => readWholeNumber(text, 1, 52),
		});
		planned.inputEl.addEventListener("input", () => {
			plannedEdited = true;
		});
		const start = dayField(form, "Start", "The first session's day; earlier for a client moved in from elsewhere.", this.defaults.today);
		const onset = form.text("Onset", {
			desc: "When the current episode began: YYYY-MM-DD, or YYYY-MM. Leave empty if not known yet.",
			placeholder: "YYYY-MM-DD",
			read: (text) => readDate(text, false),
		});
		form.buttons("Create");
		form.focusFirst();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
