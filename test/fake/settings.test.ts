/** @jest-environment jsdom */

import { chooseValue, click, createFakeApp, enterText, findSetting, Menu, Modal, Notice, Setting, type ToggleComponent } from "../fake-obsidian";

let containerEl: HTMLElement;

beforeEach(() => {
	containerEl = document.body.createDiv();
});

afterEach(() => {
	document.body.empty();
	Notice.reset();
});

function input<T extends Element>(setting: Setting, selector: string): T {
	const el = setting.controlEl.querySelector<T>(selector);
	if (!el) throw new Error(`no ${selector} in the setting`);
	return el;
}

describe("Setting", () => {
	it("builds the real DOM: name and description, then the controls", () => {
		const setting = new Setting(containerEl).setName("Case folder").setDesc("Where case notes live.");
		expect(setting.settingEl.hasClass("setting-item")).toBe(true);
		expect(setting.infoEl.parentElement).toBe(setting.settingEl);
		expect([setting.nameEl.getText(), setting.descEl.getText()]).toEqual(["Case folder", "Where case notes live."]);
		expect(setting.controlEl.hasClass("setting-item-control")).toBe(true);
		expect(findSetting(containerEl, "Case folder")).toBe(setting.settingEl);
		expect(() => findSetting(containerEl, "Other")).toThrow('No setting named "Other"');
	});

	it("marks headings", () => {
		const setting = new Setting(containerEl).setName("Display").setHeading();
		expect(setting.settingEl.hasClass("setting-item-heading")).toBe(true);
	});

	it("reports typing in a text field", () => {
		const changes: string[] = [];
		const setting = new Setting(containerEl).addText((text) => text.setPlaceholder("Folder").setValue("Cases").onChange((value) => changes.push(value)));
		const field = input<HTMLInputElement>(setting, "input[type=text]");
		expect([field.value, field.placeholder]).toEqual(["Cases", "Folder"]);
		enterText(field, "Clients");
		expect(changes).toEqual(["Clients"]);
	});

	it("reports typing in a text area", () => {
		const changes: string[] = [];
		const setting = new Setting(containerEl).addTextArea((area) => area.onChange((value) => changes.push(value)));
		enterText(input<HTMLTextAreaElement>(setting, "textarea"), "two\nlines");
		expect(changes).toEqual(["two\nlines"]);
	});

	it("flips a toggle on click, and reports a changed value set in code, like the real toggle", () => {
		const changes: boolean[] = [];
		const setting = new Setting(containerEl).addToggle((component) => component.setValue(true).onChange((value) => changes.push(value)));
		const [toggle] = setting.components as ToggleComponent[];
		if (!toggle) throw new Error("no toggle");
		const toggleEl = input<HTMLElement>(setting, ".checkbox-container");
		expect(toggleEl.hasClass("is-enabled")).toBe(true);
		click(toggleEl);
		expect([toggle.getValue(), toggleEl.hasClass("is-enabled")]).toEqual([false, false]);
		toggle.setValue(false);
		toggle.setValue(true);
		expect(changes).toEqual([false, true]);
	});

	it("reports a dropdown choice", () => {
		const changes: string[] = [];
		const setting = new Setting(containerEl).addDropdown((dropdown) =>
			dropdown
				.addOptions({ weekly: "Weekly", fortnightly: "Every two weeks" })
				.setValue("fortnightly")
				.onChange((value) => changes.push(value)),
		);
		const select = input<HTMLSelectElement>(setting, "select.dropdown");
		expect(Array.from(select.options).map((option) => [option.value, option.text])).toEqual([
			["weekly", "Weekly"],
			["fortnightly", "Every two weeks"],
		]);
		expect(select.value).toBe("fortnightly");
		chooseValue(select, "weekly");
		expect(changes).toEqual(["weekly"]);
	});

	it("reports a slider on release, or on every move once instant", () => {
		const changes: number[] = [];
		const setting = new Setting(containerEl).addSlider((slider) => slider.setLimits(1, 20, 1).setValue(12).onChange((value) => changes.push(value)));
		const range = input<HTMLInputElement>(setting, "input.slider");
		expect([range.min, range.max, range.value]).toEqual(["1", "20", "12"]);
		range.value = "13";
		range.dispatchEvent(new Event("input"));
		expect(changes).toEqual([]);
		chooseValue(range, "16");
		expect(changes).toEqual([16]);
	});

	it("runs a button's click handler unless disabled", () => {
		const clicks: string[] = [];
		const setting = new Setting(containerEl).addButton((button) => button.setButtonText("Install templates").setCta().onClick(() => clicks.push("install")));
		const button = input<HTMLButtonElement>(setting, "button");
		expect([button.getText(), button.hasClass("mod-cta")]).toEqual(["Install templates", true]);
		click(button);
		setting.setDisabled(true);
		click(button);
		expect(clicks).toEqual(["install"]);
		expect(button.disabled).toBe(true);
	});

	it("clears its controls", () => {
		const setting = new Setting(containerEl).addText(() => undefined).addToggle(() => undefined);
		expect(setting.components).toHaveLength(2);
		setting.clear();
		expect([setting.components.length, setting.controlEl.children.length]).toEqual([0, 0]);
	});
});

describe("Modal", () => {
	class Confirm extends Modal {
		readonly journal: string[] = [];

		override onOpen(): void {
			this.journal.push("open");
			this.setTitle("Delete the note?");
			this.contentEl.createEl("p", { text: "This cannot be undone." });
		}

		override onClose(): void {
			this.journal.push("close");
			this.contentEl.empty();
		}
	}

	it("attaches to the body while open, with title and content", () => {
		const modal = new Confirm(createFakeApp());
		modal.setCloseCallback(() => modal.journal.push("callback"));
		modal.open();
		expect(document.body.contains(modal.containerEl)).toBe(true);
		expect(modal.containerEl.querySelector(".modal-title")?.textContent).toBe("Delete the note?");
		expect(modal.contentEl.getText()).toBe("This cannot be undone.");
		modal.close();
		expect(document.body.contains(modal.containerEl)).toBe(false);
		expect(modal.journal).toEqual(["open", "close", "callback"]);
	});

	it("closes from its close button", () => {
		const modal = new Confirm(createFakeApp());
		modal.open();
		const closeButton = modal.modalEl.querySelector(".modal-close-button");
		if (!closeButton) throw new Error("no close button");
		click(closeButton);
		expect(modal.journal).toEqual(["open", "close"]);
	});
});

describe("Notice", () => {
	it("records every message and shows it until hidden", () => {
		const notice = new Notice("Case saved");
		notice.setMessage("Case saved again");
		new Notice("Sticky", 0);
		expect(Notice.messages).toEqual(["Case saved", "Case saved again", "Sticky"]);
		expect(notice.messageEl.getText()).toBe("Case saved again");
		expect(document.body.contains(notice.noticeEl)).toBe(true);
		notice.hide();
		expect(document.body.contains(notice.noticeEl)).toBe(false);
		expect(Notice.visible.map((shown) => shown.message)).toEqual(["Sticky"]);
	});
});

describe("Menu", () => {
	it("runs an item's callback on click and hides", () => {
		const clicked: string[] = [];
		const hidden: string[] = [];
		const menu = new Menu()
			.addItem((item) => item.setTitle("Open case").setIcon("folder").onClick(() => clicked.push("open")))
			.addSeparator()
			.addItem((item) => item.setTitle("Disabled").setDisabled(true).onClick(() => clicked.push("disabled")));
		menu.onHide(() => hidden.push("hidden"));
		menu.showAtMouseEvent(new MouseEvent("contextmenu"));
		const items = Array.from(document.body.querySelectorAll(".menu .menu-item"));
		expect(items.map((item) => item.textContent)).toEqual(["Open case", "Disabled"]);
		const [, disabled] = items;
		if (disabled) click(disabled);
		expect(clicked).toEqual([]);
		if (items[0]) click(items[0]);
		expect([clicked, hidden, menu.dom.isConnected]).toEqual([["open"], ["hidden"], false]);
	});
});
