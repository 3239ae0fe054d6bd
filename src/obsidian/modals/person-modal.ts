import { Modal, type App } from "obsidian";
import { readDate, readName, type Parsed } from "../../domain/planning/form-input";
import type { NewPerson } from "../../domain/planning/note-properties";
import { CONTACT_FREQUENCIES, DISPUTE_STAGES, PERSON_STATUSES, type ContactFrequency, type DisputeStage, type PersonStatus } from "../../domain/model/vocabulary";
import { choices, scale } from "./choices";
import { mapField, ModalForm, type Field } from "./modal-form";

function numberField(field: Field<string | null>): Field<number | null> {
	return mapField(field, (value) => (value === null ? null : Number(value)));
}

export class PersonModal extends Modal {
	constructor(
		app: App,
		/** How many rings the closeness circle has (settings). */
		private readonly ringCount: number,
		/** Why a name cannot be used, or null when it can. */
		private readonly refuseName: (name: string) => string | null,
		private readonly onSubmit: (person: NewPerson) => Promise<boolean>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Add person");
		const form = new ModalForm(
			this,
			(): Promise<boolean> =>
				this.onSubmit({
					name: name.value(),
					role: role.value(),
					circle: circle.value(),
					contact: contact.value(),
					support: support.value(),
					conflict: conflict.value(),
					status: status.value() ?? "living",
					died: died.value(),
					disputeStage: disputeStage.value(),
					expectationsReciprocal: reciprocal.value(),
					confidant: confidant.value(),
				}),
		);
		const name = form.text("Name", {
			desc: "As the client calls them; names the note.",
			read: (text) => {
				const read = readName(text, "Name");
				const refusal = read.ok ? this.refuseName(read.value) : null;
				return refusal === null ? read : { ok: false, message: refusal };
			},
		});
		const role = form.text("Role", {
			desc: "Relationship to the client: partner, mother, boss, friend.",
			read: (text): Parsed<string | null> => ({ ok: true, value: text.trim() === "" ? null : text.trim() }),
		});
		const circle = numberField(
			form.dropdown("Circle", scale(1, this.ringCount, "Not known", (n) => (n === 1 ? "1 (closest)" : n === this.ringCount ? `${n} (furthest)` : String(n))), {
				desc: "Ring of the closeness circle.",
			}),
		);
		const contact = form.dropdown<ContactFrequency>("Contact", choices(CONTACT_FREQUENCIES), { desc: "How often they are in touch." });
		const support = numberField(form.dropdown("Support", scale(0, 3), { desc: "How much support the client gets, from 0 to 3." }));
		const conflict = numberField(form.dropdown("Conflict", scale(0, 3), { desc: "How much open or hidden conflict, from 0 to 3." }));
		const status = form.dropdown<PersonStatus>("Status", choices(PERSON_STATUSES, undefined, null), { value: "living" });
		const died = form.text("Date of death", {
			placeholder: "YYYY-MM-DD",
			read: (text): Parsed<string | null> => {
				const date = readDate(text, false, { year: true });
				const stillLiving = status.read();
				if (date.ok && date.value !== null && stillLiving.ok && stillLiving.value !== "deceased") {
					return { ok: false, message: "A date of death needs the status deceased; change the status or clear the date." };
				}
				return date;
			},
		});
		const disputeStage = form.dropdown<DisputeStage>("Dispute stage", choices(DISPUTE_STAGES), { desc: "Only when there is a role dispute with this person." });
		const reciprocal = form.yesNo("Expectations reciprocal", "Do the two hold expectations of each other that fit?");
		const confidant = form.yesNo("Confidant", "Can the client confide in them?");
		form.buttons("Add");
		form.focusFirst();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
