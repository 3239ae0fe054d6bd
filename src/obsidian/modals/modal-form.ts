import { Setting, type Modal } from "obsidian";
import type { Parsed } from "../../domain/planning/form-input";
import type { Options } from "./choices";

export interface Field<T> {
	/** The answer as it stands now, or why it cannot be used; shows nothing. */
	read(): Parsed<T>;
	/** The answer, once the form has been checked and found valid. */
	value(): T;
}

/** A field with its own row, for a modal that updates the row's description as the user types. */
export interface RowField<T> extends Field<T> {
	readonly setting: Setting;
	readonly inputEl: HTMLInputElement | HTMLSelectElement;
}

export interface TextOptions<T> {
	readonly desc?: string;
	readonly value?: string;
	readonly placeholder?: string;
	readonly read: (text: string) => Parsed<T>;
}

export interface DropdownOptions {
	readonly desc?: string;
	/** The option chosen at first; the first option unless given. */
	readonly value?: string;
	/** Called with the new choice and the field's row (to update its description, say). */
	readonly onChange?: (value: string, setting: Setting) => void;
}

interface Entry {
	readonly focusEl: HTMLElement;
	/** Reads the field and shows or clears its message; false when it needs fixing. */
	readonly check: () => boolean;
	/** Fields of a hidden part of the form are not checked. */
	readonly active: () => boolean;
}

/** Where new fields go, and whether they are shown (and so checked). */
interface Placement {
	readonly parentEl: HTMLElement;
	readonly active: () => boolean;
}

/** The same field, its answer seen through `fn`. */
export function mapField<T, U>(field: Field<T>, fn: (value: T) => U): Field<U> {
	return {
		read: () => {
			const read = field.read();
			return read.ok ? { ok: true, value: fn(read.value) } : read;
		},
		value: () => fn(field.value()),
	};
}

let nextId = 0;

/**
 * The form inside a modal: fields in Obsidian's setting rows, each labelled by its
 * name, a message under a field that needs fixing, Enter to submit and a Cancel
 * button (Escape is the modal's own). `submit` resolves true when the modal may close.
 */
export class ModalForm {
	private readonly entries: Entry[] = [];
	private placement: Placement;
	private busy = false;
	/** After a failed submit, messages follow the answers so they go once fixed. */
	private checked = false;

	constructor(
		private readonly modal: Modal,
		private readonly submit: () => Promise<boolean>,
	) {
		this.placement = { parentEl: modal.contentEl, active: () => true };
		modal.contentEl.addEventListener("keydown", (evt) => {
			if (evt.key !== "Enter" || evt.isComposing) return;
			// Obsidian's cross-window checks: in a pop-out window `instanceof Node` is false.
			const target = evt.targetNode;
			if (target && (target.instanceOf(HTMLTextAreaElement) || target.instanceOf(HTMLButtonElement) || target.instanceOf(HTMLAnchorElement))) return;
			evt.preventDefault();
			void this.trySubmit();
		});
	}

	/** A field of any shape: `read` turns what the user entered into the value, or a message shown in `messageParent`. */
	add<T>(options: { focusEl: HTMLElement; messageParent: HTMLElement; inputs?: readonly HTMLElement[]; read: () => Parsed<T> }): Field<T> {
		const messageEl = options.messageParent.createDiv({ cls: "ipt-form-message", attr: { id: `ipt-form-message-${nextId++}`, "aria-live": "polite" } });
		const inputs = options.inputs ?? [options.focusEl];
		for (const input of inputs) input.setAttr("aria-describedby", messageEl.id);
		let last: Parsed<T> | null = null;
		const check = (): boolean => {
			last = options.read();
			messageEl.setText(last.ok ? "" : last.message);
			for (const input of inputs) input.setAttr("aria-invalid", last.ok ? null : "true");
			return last.ok;
		};
		// One field's answer can change what another accepts (a status and a date of death), so all are checked again.
		const refresh = () => {
			if (this.checked) this.invalidEntries();
		};
		for (const input of inputs) {
			input.addEventListener("input", refresh);
			input.addEventListener("change", refresh);
		}
		this.entries.push({ focusEl: options.focusEl, check, active: this.placement.active });
		return {
			read: options.read,
			value: () => {
				if (last === null || !last.ok) throw new Error("A form field was read before the form was checked.");
				return last.value;
			},
		};
	}

	text<T>(name: string, options: TextOptions<T>): RowField<T> {
		let input!: HTMLInputElement;
		const setting = this.row(name, options.desc).addText((text) => {
			text.setValue(options.value ?? "").setPlaceholder(options.placeholder ?? "");
			input = text.inputEl;
		});
		input.setAttr("aria-label", name);
		const field = this.add({ focusEl: input, messageParent: setting.infoEl, read: () => options.read(input.value) });
		return { ...field, setting, inputEl: input };
	}

	/** A choice from a list; the `""` option, when there is one, means "not given" and reads as null. */
	dropdown<T extends string>(name: string, options: Options, extra: DropdownOptions = {}): RowField<T | null> {
		return this.select(name, options, extra, (chosen) => ({ ok: true, value: chosen === "" ? null : (chosen as T) }));
	}

	/** A choice the user must make: the `""` option is the prompt, and `message` says so when it is left. */
	requiredDropdown<T extends string>(name: string, options: Options, message: string, extra: DropdownOptions = {}): RowField<T> {
		return this.select(name, options, extra, (chosen) => (chosen === "" ? { ok: false, message } : { ok: true, value: chosen as T }));
	}

	/** Yes, no, or not known (null). */
	yesNo(name: string, desc?: string): Field<boolean | null> {
		const options: Options = [
			["", "Not known"],
			["yes", "Yes"],
			["no", "No"],
		];
		return mapField(this.dropdown<"yes" | "no">(name, options, { desc }), (value) => (value === null ? null : value === "yes"));
	}

	/** Boxes to tick, any number of them; reads the values ticked, in list order. */
	checklist(name: string, items: readonly { value: string; label: string }[], desc: string): Field<string[]> {
		const setting = this.row(name, desc);
		const listEl = this.placement.parentEl.createDiv({ cls: "ipt-form-checklist", attr: { role: "group", "aria-label": name } });
		const boxes = items.map((item) => {
			const label = listEl.createEl("label", { cls: "ipt-form-check" });
			const box = label.createEl("input", { type: "checkbox", value: item.value });
			label.appendText(` ${item.label}`);
			return box;
		});
		return this.add({
			focusEl: boxes[0] ?? listEl,
			messageParent: setting.infoEl,
			inputs: boxes,
			read: () => ({ ok: true, value: boxes.filter((box) => box.checked).map((box) => box.value) }),
		});
	}

	/**
	 * A part of the form shown only while `active` says so; its fields are checked only
	 * then. The fields `build` adds go in the returned element.
	 */
	section(active: () => boolean, build: () => void): HTMLElement {
		const outer = this.placement;
		const parentEl = outer.parentEl.createDiv();
		this.placement = { parentEl, active: () => outer.active() && active() };
		try {
			build();
		} finally {
			this.placement = outer;
		}
		return parentEl;
	}

	/** A setting row where the next field goes, named by the field's label. */
	row(name: string, desc?: string): Setting {
		const setting = new Setting(this.placement.parentEl).setName(name);
		if (desc !== undefined) setting.setDesc(desc);
		return setting;
	}

	/** Cancel, then the submit button; returns Cancel's element, for a modal that starts there. */
	buttons(submitText: string): HTMLButtonElement {
		let cancelEl!: HTMLButtonElement;
		new Setting(this.modal.contentEl)
			.addButton((button) => {
				button.setButtonText("Cancel").onClick(() => this.modal.close());
				cancelEl = button.buttonEl;
			})
			.addButton((button) =>
				button
					.setButtonText(submitText)
					.setCta()
					.onClick(() => void this.trySubmit()),
			);
		return cancelEl;
	}

	focusFirst(): void {
		this.entries[0]?.focusEl.focus();
	}

	/** Checks every shown field; submits when all are valid, else moves to the first that is not. */
	async trySubmit(): Promise<void> {
		if (this.busy) return;
		this.checked = true;
		const invalid = this.invalidEntries();
		if (invalid.length > 0) {
			invalid[0]?.focusEl.focus();
			return;
		}
		this.busy = true;
		try {
			if (await this.submit()) this.modal.close();
		} finally {
			this.busy = false;
		}
	}

	/** Checks every shown field, showing or clearing its message. */
	private invalidEntries(): Entry[] {
		return this.entries.filter((entry) => entry.active() && !entry.check());
	}

	private select<T>(name: string, options: Options, extra: DropdownOptions, read: (chosen: string) => Parsed<T>): RowField<T> {
		let select!: HTMLSelectElement;
		const setting = this.row(name, extra.desc).addDropdown((dropdown) => {
			for (const [value, label] of options) dropdown.addOption(value, label);
			if (extra.value !== undefined) dropdown.setValue(extra.value);
			if (extra.onChange) dropdown.onChange((chosen) => extra.onChange?.(chosen, setting));
			select = dropdown.selectEl;
		});
		select.setAttr("aria-label", name);
		const field = this.add({ focusEl: select, messageParent: setting.infoEl, read: () => read(select.value) });
		return { ...field, setting, inputEl: select };
	}
}
