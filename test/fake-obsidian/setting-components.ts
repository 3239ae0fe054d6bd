import { createDiv, createEl } from "./dom";
import { setIcon } from "./icons";

/**
 * The controls a Setting holds, with the real DOM: a user changes them through
 * DOM events (`input` for text, `change` for dropdowns and sliders, `click` for
 * toggles and buttons), which is also how a test does.
 */
export abstract class BaseComponent {
	disabled = false;

	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent {
	abstract getValue(): T;
	abstract setValue(value: T): this;
}

/** Callbacks registered with `onChange`, called with the new value. */
class ChangeCallbacks<T> {
	private readonly callbacks: ((value: T) => unknown)[] = [];

	add(callback: (value: T) => unknown): void {
		this.callbacks.push(callback);
	}

	call(value: T): void {
		for (const callback of this.callbacks) void callback(value);
	}
}

export abstract class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: T;
	private readonly changes = new ChangeCallbacks<string>();

	constructor(inputEl: T) {
		super();
		this.inputEl = inputEl;
		inputEl.addEventListener("input", () => this.onChanged());
	}

	override setDisabled(disabled: boolean): this {
		this.inputEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	onChanged(): void {
		this.changes.call(this.getValue());
	}

	onChange(callback: (value: string) => unknown): this {
		this.changes.add(callback);
		return this;
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(createEl("input", { type: "text", attr: { spellcheck: "false" }, parent: containerEl }));
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(createEl("textarea", { parent: containerEl }));
	}
}

/** A click flips it; `setValue` to a new value also calls the change callbacks, as the real toggle does. */
export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private on = false;
	private readonly changes = new ChangeCallbacks<boolean>();

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = createDiv({ cls: "checkbox-container", parent: containerEl });
		createEl("input", { type: "checkbox", attr: { tabindex: 0 }, parent: this.toggleEl });
		this.toggleEl.addEventListener("click", () => this.onClick());
	}

	override setDisabled(disabled: boolean): this {
		this.toggleEl.toggleClass("is-disabled", disabled);
		return super.setDisabled(disabled);
	}

	getValue(): boolean {
		return this.on;
	}

	setValue(on: boolean): this {
		const changed = on !== this.on;
		this.on = on;
		this.toggleEl.toggleClass("is-enabled", on);
		if (changed) this.changes.call(on);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.toggleEl.setAttr("aria-label", tooltip);
		return this;
	}

	onClick(): void {
		if (!this.disabled) this.setValue(!this.on);
	}

	onChange(callback: (value: boolean) => unknown): this {
		this.changes.add(callback);
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private readonly changes = new ChangeCallbacks<string>();

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = createEl("select", { cls: "dropdown", parent: containerEl });
		this.selectEl.addEventListener("change", () => this.changes.call(this.getValue()));
	}

	override setDisabled(disabled: boolean): this {
		this.selectEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	addOption(value: string, display: string): this {
		createEl("option", { value, text: display, parent: this.selectEl });
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}

	onChange(callback: (value: string) => unknown): this {
		this.changes.add(callback);
		return this;
	}
}

/** Reports on `change`, and also on every `input` once `setInstant(true)`. */
export class SliderComponent extends ValueComponent<number> {
	sliderEl: HTMLInputElement;
	private instant = false;
	private format: (value: number) => string = String;
	private readonly changes = new ChangeCallbacks<number>();

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = createEl("input", { cls: "slider", type: "range", parent: containerEl });
		this.sliderEl.addEventListener("change", () => this.changes.call(this.getValue()));
		this.sliderEl.addEventListener("input", () => {
			if (this.instant) this.changes.call(this.getValue());
		});
	}

	override setDisabled(disabled: boolean): this {
		this.sliderEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	setInstant(instant: boolean): this {
		this.instant = instant;
		return this;
	}

	setLimits(min: number | null, max: number | null, step: number | "any"): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}

	getValue(): number {
		return Number(this.sliderEl.value);
	}

	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}

	getValuePretty(): string {
		return this.format(this.getValue());
	}

	setDisplayFormat(format: (value: number) => string): this {
		this.format = format;
		return this;
	}

	setDynamicTooltip(): this {
		this.sliderEl.setAttr("aria-label", this.getValuePretty());
		return this;
	}

	onChange(callback: (value: number) => unknown): this {
		this.changes.add(callback);
		return this;
	}
}

export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = createEl("button", { parent: containerEl });
	}

	override setDisabled(disabled: boolean): this {
		this.buttonEl.disabled = disabled;
		return super.setDisabled(disabled);
	}

	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}

	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}

	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}

	setTooltip(tooltip: string): this {
		this.buttonEl.setAttr("aria-label", tooltip);
		return this;
	}

	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}

	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}

	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => {
			if (!this.disabled) void callback(evt);
		});
		return this;
	}
}

export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = createDiv({ cls: ["clickable-icon", "extra-setting-button"], parent: containerEl });
	}

	override setDisabled(disabled: boolean): this {
		this.extraSettingsEl.toggleClass("is-disabled", disabled);
		return super.setDisabled(disabled);
	}

	setTooltip(tooltip: string): this {
		this.extraSettingsEl.setAttr("aria-label", tooltip);
		return this;
	}

	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}

	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) void callback();
		});
		return this;
	}
}
