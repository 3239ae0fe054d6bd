import type { Setting } from "obsidian";

/**
 * The line under a setting that says why a value was not saved, and the invalid mark on
 * the input that holds it. Obsidian's `mod-warning` gives the theme's error colour.
 */
export class FieldFeedback {
	private readonly messageEl: HTMLElement;
	private readonly inputs: HTMLElement[] = [];

	constructor(setting: Setting) {
		this.messageEl = setting.infoEl.createDiv({ cls: ["setting-item-description", "mod-warning"], attr: { "aria-live": "polite" } });
		this.messageEl.hide();
	}

	watch(input: HTMLElement): void {
		this.inputs.push(input);
	}

	refuse(input: HTMLElement, message: string): void {
		for (const other of this.inputs) other.setAttr("aria-invalid", other === input ? "true" : null);
		this.messageEl.setText(message);
		this.messageEl.show();
	}

	accept(): void {
		for (const input of this.inputs) input.setAttr("aria-invalid", null);
		this.messageEl.setText("");
		this.messageEl.hide();
	}
}
