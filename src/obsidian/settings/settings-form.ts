import { normalizePath, Setting, TextComponent, type SettingDefinitionItem } from "obsidian";
import type { Workbench } from "../workbench";
import { checkChange, type SettingPath, type SettingProblem } from "./check-change";
import { FieldFeedback } from "./field-feedback";

/** What a user typed, as data.json would hold it; the parser then says whether it fits. */
export type FromText = (text: string) => unknown;

/** A whole number where the text is one; otherwise the text itself, which the parser names in its reason. */
export const numberFromText: FromText = function (text) {
	const trimmed = text.trim();
	return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
};

/** Empty means "none" (null); anything else as {@link numberFromText}. */
export const optionalNumberFromText: FromText = function (text) { return text.trim() === "" ? null : numberFromText(text); };

/** A vault path in Obsidian's form; empty stays empty so the parser can say a folder is needed. */
export const folderFromText: FromText = function (text) {
	const trimmed = text.trim();
	return trimmed === "" ? "" : normalizePath(trimmed);
};

/** Comma-separated folders, each as {@link folderFromText}; empty is none. */
export const foldersFromText: FromText = function (text) {
	return text
		.split(",")
		.filter((part) => part.trim() !== "")
		.map(folderFromText);
};

interface FieldBase {
	readonly name: string;
	readonly desc: string;
	readonly path: SettingPath;
}

export interface TextField extends FieldBase {
	readonly value: string;
	readonly fromText: FromText;
	readonly placeholder?: string;
	/**
	 * Applied when the field is left (Tab, a click elsewhere, Enter) rather than at each
	 * keystroke: a folder half typed would rescan the vault, and could hide every case.
	 */
	readonly whenLeft?: boolean;
}

export interface DropdownField extends FieldBase {
	readonly value: string;
	readonly options: Readonly<Record<string, string>>;
	/** The stored value of an option; the option's own string unless given. */
	readonly fromOption?: (option: string) => unknown;
}

export interface ToggleField extends FieldBase {
	readonly value: boolean;
}

/** One input of a row that holds several (the phase lengths of a protocol). */
export interface RowInput {
	readonly label: string;
	readonly path: SettingPath;
	readonly value: string;
	readonly fromText: FromText;
}

/** Lower-cases a name's first letter to run it into a sentence; an acronym such as PHQ-9 stays as it is. */
function lowerFirst(text: string): string {
	return /^[A-Z]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** A row of the tab: its name and description, and what draws its controls. */
interface Row {
	readonly name: string;
	readonly desc: string;
	readonly draw: (setting: Setting) => void;
}

/** Rows under a heading. */
interface Section {
	readonly heading: string;
	readonly rows: Row[];
}

/**
 * The tab's settings, declared once and then either drawn (display(), before 1.13) or
 * given as setting definitions (1.13 and later, which also makes them searchable). Each
 * change the parser accepts is saved; a refused value stays in its input, marked, with
 * the reason under the setting, and is not saved.
 */
export class SettingsForm {
	/** Field names by key path, so a reason can name a setting instead of its stored key. */
	private readonly names = new Map<string, string>();
	private readonly sections: Section[] = [];

	constructor(private readonly workbench: Workbench) {}

	heading(name: string): void {
		this.sections.push({ heading: name, rows: [] });
	}

	draw(containerEl: HTMLElement): void {
		for (const section of this.sections) {
			new Setting(containerEl).setName(section.heading).setHeading();
			for (const row of section.rows) row.draw(new Setting(containerEl).setName(row.name).setDesc(row.desc));
		}
	}

	definitions(): SettingDefinitionItem[] {
		return this.sections.map((section) => ({
			type: "group",
			heading: section.heading,
			items: section.rows.map((row) => ({ name: row.name, desc: row.desc, render: (setting: Setting) => row.draw(setting) })),
		}));
	}

	text(field: TextField): void {
		this.row(field, (setting, feedback) => {
			setting.addText((text) => {
				const apply = (typed: string) => this.commit(feedback, text.inputEl, field.path, field.fromText(typed));
				text.setValue(field.value);
				// A text field fires `change` once it is left edited.
				if (field.whenLeft === true) text.inputEl.addEventListener("change", () => void apply(text.getValue()));
				else text.onChange(apply);
				if (field.placeholder !== undefined) text.setPlaceholder(field.placeholder);
				feedback.watch(text.inputEl);
			});
		});
	}

	dropdown(field: DropdownField): void {
		const fromOption = field.fromOption ?? ((option: string) => option);
		this.row(field, (setting, feedback) => {
			setting.addDropdown((dropdown) => {
				dropdown
					.addOptions(field.options)
					.setValue(field.value)
					.onChange((option) => this.commit(feedback, dropdown.selectEl, field.path, fromOption(option)));
				feedback.watch(dropdown.selectEl);
			});
		});
	}

	toggle(field: ToggleField): void {
		this.row(field, (setting, feedback) => {
			setting.addToggle((toggle) => {
				toggle.setValue(field.value).onChange((on) => this.commit(feedback, toggle.toggleEl, field.path, on));
				feedback.watch(toggle.toggleEl);
			});
		});
	}

	/**
	 * A setting with one text input per value, e.g. planned, initial and final sessions,
	 * each with its name shown above it: three bare boxes would read "16 3 3".
	 */
	texts(name: string, desc: string, inputs: readonly RowInput[]): void {
		for (const input of inputs) this.names.set(input.path.join("."), `${name}: ${lowerFirst(input.label)}`);
		const draw = (setting: Setting) => {
			const feedback = new FieldFeedback(setting);
			setting.controlEl.addClass("ipt-setting-boxes");
			for (const input of inputs) {
				const box = setting.controlEl.createEl("label", { cls: "ipt-setting-box" });
				box.createSpan({ cls: "ipt-setting-box-label", text: input.label });
				const text = new TextComponent(box);
				text.setValue(input.value).onChange((typed) => this.commit(feedback, text.inputEl, input.path, input.fromText(typed)));
				text.inputEl.setAttr("aria-label", `${name}: ${lowerFirst(input.label)}`);
				feedback.watch(text.inputEl);
			}
		};
		this.add({ name, desc, draw });
	}

	private row(field: FieldBase, draw: (setting: Setting, feedback: FieldFeedback) => void): void {
		this.names.set(field.path.join("."), field.name);
		this.add({ name: field.name, desc: field.desc, draw: (setting) => draw(setting, new FieldFeedback(setting)) });
	}

	private add(row: Row): void {
		const section = this.sections[this.sections.length - 1];
		if (!section) throw new Error(`The setting "${row.name}" comes before any heading`);
		section.rows.push(row);
	}

	private async commit(feedback: FieldFeedback, input: HTMLElement, path: SettingPath, value: unknown): Promise<void> {
		const checked = checkChange(this.workbench.settings, path, value);
		if (checked.problem) {
			feedback.refuse(input, this.refusal(checked.problem, path));
			return;
		}
		feedback.accept();
		try {
			await this.workbench.updateSettings(checked.settings);
		} catch (error) {
			feedback.refuse(input, `Not saved: the settings file could not be written (${error instanceof Error ? error.message : String(error)}).`);
		}
	}

	/** The parser's reason, in the tab's words: settings by name, and which one a change would break. */
	private refusal(problem: SettingProblem, path: SettingPath): string {
		// Stored keys in camel case never occur in prose, so each can be swapped for its setting's name.
		const reason = problem.reason.replace(/\b[a-z]+[A-Z]\w*\b/g, (key) => {
			const name = [...this.names].find(([at]) => at.endsWith(`.${key}`) || at === key)?.[1];
			return name === undefined ? key : lowerFirst(name);
		});
		const edited = path.join(".");
		if (edited === problem.at || edited.startsWith(`${problem.at}.`)) return `Not saved: ${reason}.`;
		const broken = this.names.get(problem.at);
		return `Not saved: ${broken === undefined ? problem.at : lowerFirst(broken)} would become invalid: ${reason}.`;
	}
}
