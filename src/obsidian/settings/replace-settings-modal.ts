import { Modal, Setting, type App } from "obsidian";

/** Asks before data.json that could not be read is replaced; resolves false when closed without an answer. */
export function confirmReplacingSettings(app: App, why: readonly string[]): Promise<boolean> {
	return new Promise((resolve) => new ReplaceSettingsModal(app, why, resolve).open());
}

class ReplaceSettingsModal extends Modal {
	private answered = false;

	constructor(
		app: App,
		private readonly why: readonly string[],
		private readonly resolve: (replace: boolean) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Replace the settings file?");
		this.contentEl.createEl("p", { text: "The plugin could not read its settings file (data.json) whole when it started:" });
		const list = this.contentEl.createEl("ul");
		for (const line of this.why) list.createEl("li", { text: line });
		this.contentEl.createEl("p", {
			text: "Saving will replace that file with the settings as they are now, privacy mode included. The file as it is now will be kept beside it in the plugin's folder as data.json.bak.",
		});
		new Setting(this.contentEl)
			.addButton((button) => button.setButtonText("Cancel").onClick(() => this.answer(false)))
			.addButton((button) => button.setButtonText("Replace and save").onClick(() => this.answer(true)));
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.answered) this.resolve(false);
	}

	private answer(replace: boolean): void {
		this.answered = true;
		this.resolve(replace);
		this.close();
	}
}
