import { Modal, type App } from "obsidian";
import { readDate, type Parsed } from "../../domain/planning/form-input";
import { EVENT_TYPE_CATEGORY, EVENT_TYPES, type EventCategory, type EventType } from "../../domain/model/vocabulary";
import { choices, idLabel } from "./choices";
import { ModalForm } from "./modal-form";

export interface EventAnswers {
	readonly date: string;
	readonly type: EventType;
	/** Names the note; empty means the type does. */
	readonly title: string;
	/** Paths of the person notes ticked. */
	readonly people: readonly string[];
}

export interface PersonChoice {
	readonly path: string;
	readonly name: string;
}

const CATEGORY_TEXT: Readonly<Record<EventCategory, string>> = {
	death: "Counts as a loss by death (grief).",
	transition: "Counts as a role transition.",
	dispute: "Counts as a dispute.",
	other: "Counts towards no problem area.",
};

const TYPE_HINT = "What happened.";

export class EventModal extends Modal {
	constructor(
		app: App,
		private readonly people: readonly PersonChoice[],
		private readonly today: string,
		private readonly onSubmit: (event: EventAnswers) => Promise<boolean>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Add life event");
		const form = new ModalForm(
			this,
			(): Promise<boolean> =>
				this.onSubmit({ date: date.value(), type: type.value(), title: title.value(), people: people.value().flatMap((i) => this.people[Number(i)]?.path ?? []) }),
		);
		// Text, not a date picker: an event long past may be known only to the month or the year.
		const date = form.text("Date", {
			desc: "When it happened: YYYY-MM-DD, or YYYY-MM or YYYY when only the month or the year is known.",
			value: this.today,
			placeholder: "YYYY-MM-DD",
			read: (text) => readDate(text, true, { year: true }),
		});
		const type = form.requiredDropdown<EventType>("Type", choices(EVENT_TYPES, idLabel, "Choose a type"), "Choose what happened.", {
			desc: TYPE_HINT,
			onChange: (value, setting) => {
				setting.setDesc(value === "" ? TYPE_HINT : CATEGORY_TEXT[EVENT_TYPE_CATEGORY[value as EventType]]);
			},
		});
		const title = form.text("Title", {
			desc: "A few words that name the note, like Made redundant. Leave empty to use the type.",
			read: (text): Parsed<string> => ({ ok: true, value: text.trim() }),
		});
		const people = form.checklist(
			"People involved",
			// Each box's value is its place in the list, not the note's path: no attribute may hold a name.
			this.people.map((person, i) => ({ value: String(i), label: person.name })),
			this.people.length === 0 ? "No person notes in this case yet." : "The people in the inventory it concerns.",
		);
		form.buttons("Add");
		form.focusFirst();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
