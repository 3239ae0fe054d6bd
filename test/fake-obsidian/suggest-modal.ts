import type { App } from "./app";
import { createDiv, createEl } from "./dom";
import { Modal } from "./modal";

export interface FuzzyMatch<T> {
	item: T;
	match: { score: number; matches: [number, number][] };
}

/**
 * The real DOM: a `.prompt` with an input and `.suggestion-item`s; typing filters, the
 * arrow keys move the selection, Enter or a click chooses and closes.
 */
export abstract class SuggestModal<T> extends Modal {
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	emptyStateText = "No results found.";
	limit = 100;
	private items: T[] = [];
	private selected = 0;

	constructor(app: App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.inputEl = createEl("input", { cls: "prompt-input", type: "text", parent: this.modalEl });
		this.resultContainerEl = createDiv({ cls: "prompt-results", parent: this.modalEl });
		this.inputEl.addEventListener("input", () => void this.refresh());
		this.inputEl.addEventListener("keydown", (evt) => {
			if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
				evt.preventDefault();
				const step = evt.key === "ArrowDown" ? 1 : -1;
				this.select((this.selected + step + this.items.length) % Math.max(1, this.items.length));
			} else if (evt.key === "Enter") {
				evt.preventDefault();
				this.chooseAt(this.selected, evt);
			}
		});
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	open(): void {
		super.open();
		void this.refresh();
		this.inputEl.focus();
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	private async refresh(): Promise<void> {
		this.items = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
		this.resultContainerEl.empty();
		if (this.items.length === 0) createDiv({ cls: "suggestion-empty", text: this.emptyStateText, parent: this.resultContainerEl });
		this.items.forEach((item, index) => {
			const el = createDiv({ cls: "suggestion-item", parent: this.resultContainerEl });
			this.renderSuggestion(item, el);
			el.addEventListener("click", (evt) => this.chooseAt(index, evt));
		});
		this.select(0);
	}

	private select(index: number): void {
		this.selected = index;
		const els = this.resultContainerEl.querySelectorAll(".suggestion-item");
		els.forEach((el, i) => el.classList.toggle("is-selected", i === index));
	}

	private chooseAt(index: number, evt: MouseEvent | KeyboardEvent): void {
		const item = this.items[index];
		if (item === undefined) return;
		this.close();
		this.onChooseSuggestion(item, evt);
	}
}

/** Case-insensitive subsequence matching, the shape of Obsidian's fuzzy search. */
function fuzzy(query: string, text: string): FuzzyMatch<never>["match"] | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	const t = text.toLowerCase();
	const matches: [number, number][] = [];
	let from = 0;
	for (const ch of q) {
		const at = t.indexOf(ch, from);
		if (at < 0) return null;
		matches.push([at, at + 1]);
		from = at + 1;
	}
	return { score: -from, matches };
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	getSuggestions(query: string): FuzzyMatch<T>[] {
		const found: FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = fuzzy(query, this.getItemText(item));
			if (match) found.push({ item, match });
		}
		return query.trim() === "" ? found : found.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(value: FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(value.item));
	}

	onChooseSuggestion(value: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(value.item, evt);
	}
}
