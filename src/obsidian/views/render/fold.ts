// Long lists in a narrow sidebar: the first few items drawn, the rest behind a fold whose
// content is built only when opened, so a case with years of history draws as fast as a
// new one and the clinician still reaches every item in one click.

/** How many items a capped list draws before its fold. */
export const SHOWN_BEFORE_FOLD = 3;

/** Which folds the user opened, kept by the view so that a redraw leaves them open. */
export class OpenFolds {
	private readonly open = new Set<string>();

	/** `changed`: told when the user opens or closes a fold, so that a view can save its state. */
	constructor(private readonly changed: () => void = () => undefined) {}

	has(key: string): boolean {
		return this.open.has(key);
	}

	set(key: string, open: boolean): void {
		if (this.open.has(key) === open) return;
		if (open) this.open.add(key);
		else this.open.delete(key);
		this.changed();
	}

	/** The open folds, for a view's saved state. */
	list(): string[] {
		return [...this.open].sort();
	}

	/** Opens exactly the folds a saved state lists; a layout saved by another version may hold anything, and opens none then. */
	restore(saved: unknown): void {
		this.open.clear();
		if (!Array.isArray(saved)) return;
		for (const key of saved as readonly unknown[]) if (typeof key === "string") this.open.add(key);
	}
}

export interface FoldedList<T> {
	/** Names the fold among the view's others, for `OpenFolds`. */
	readonly key: string;
	/** The fold's summary, given how many items it holds. */
	readonly more: (hidden: number) => string;
	readonly items: readonly T[];
	readonly draw: (list: HTMLElement, item: T) => void;
}

/** Draws `list.items` into `list`: the first few as they are, the rest in a fold at the end. */
export function renderFoldedList<T>(parent: HTMLElement, cls: string, folded: FoldedList<T>, folds: OpenFolds): void {
	const list = parent.createEl("ul", { cls });
	for (const item of folded.items.slice(0, SHOWN_BEFORE_FOLD)) folded.draw(list, item);
	const rest = folded.items.slice(SHOWN_BEFORE_FOLD);
	if (rest.length === 0) return;
	const fold = list.createEl("li", { cls: "ipt-fold" }).createEl("details");
	fold.createEl("summary", { cls: "ipt-fold-summary", text: folded.more(rest.length) });
	let drawn = false;
	const fill = (): void => {
		if (drawn) return;
		drawn = true;
		const inner = fold.createEl("ul", { cls });
		for (const item of rest) folded.draw(inner, item);
	};
	if (folds.has(folded.key)) {
		fold.open = true;
		fill();
	}
	fold.addEventListener("toggle", () => {
		folds.set(folded.key, fold.open);
		if (fold.open) fill();
	});
}
