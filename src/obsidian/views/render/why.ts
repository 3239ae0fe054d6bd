// "Why?" beside an item of the sidebar: the rule behind a flag, a line of evidence, a due
// item or a measure's verdict, shown on demand. Closed, it is one button; the rule's text
// is drawn only when opened, and taken away again when closed.
import type { RuleRef } from "../../../domain/engine/analysis";

/** Unique in the document across views and redraws, for aria-controls. */
let shownCount = 0;

/**
 * Which "Why?" the user opened, kept by one view so that a redraw (any edit to the case)
 * leaves them open. Each is known by its rule and the item it explains; a redraw that
 * no longer draws one (its item is gone, or its rule changed) forgets it.
 */
export class OpenWhys {
	private readonly open = new Set<string>();
	/** The keys drawn since the last redraw began; a fold drawn later adds its own. */
	private drawn = new Set<string>();
	/** What the last redraw showed (the case): another one opens none. */
	private shows: string | null = null;
	/** Open texts to draw once the redraw under way is done, so that each ends its item as a click puts it. */
	private pending: (() => void)[] | null = null;

	/** Draws the view with `draw`; afterwards only the Whys it drew stay open. */
	redraw(shows: string | null, draw: () => void): void {
		if (shows !== this.shows) this.open.clear();
		this.shows = shows;
		this.drawn = new Set();
		const pending: (() => void)[] = [];
		this.pending = pending;
		try {
			draw();
		} finally {
			this.pending = null;
		}
		for (const show of pending) show();
		for (const key of this.open) if (!this.drawn.has(key)) this.open.delete(key);
	}

	/** Runs `show` at the end of the redraw under way, or now outside one (a fold opened later). */
	afterDraw(show: () => void): void {
		if (this.pending === null) show();
		else this.pending.push(show);
	}

	/** The key of a Why drawn now; two items alike in rule and item are told apart by their order. */
	drawing(rule: RuleRef, item: string): string {
		const base = `${rule.id} ${item}`;
		let key = base;
		for (let n = 2; this.drawn.has(key); n++) key = `${base} #${n}`;
		this.drawn.add(key);
		return key;
	}

	has(key: string): boolean {
		return this.open.has(key);
	}

	set(key: string, open: boolean): void {
		if (open) this.open.add(key);
		else this.open.delete(key);
	}
}

/**
 * Appends the button to `host`; the opened text goes at the end of `host`, on a line of its own.
 * `item` names what the rule explains (an area, a note, a warning), stable across redraws.
 */
export function renderWhy(host: HTMLElement, rule: RuleRef | null, whys: OpenWhys, item: string): void {
	if (rule === null) return;
	const key = whys.drawing(rule, item);
	const button = host.createEl("button", { cls: "ipt-why", text: "Why?", attr: { type: "button", "aria-expanded": "false" } });
	let shown: HTMLElement | null = null;
	const show = (): void => {
		shownCount += 1;
		const id = `ipt-why-${shownCount}`;
		shown = host.createDiv({ cls: "ipt-why-text", text: rule.text, attr: { id, "data-rule": rule.id } });
		button.setAttr("aria-expanded", "true");
		button.setAttr("aria-controls", id);
	};
	if (whys.has(key)) whys.afterDraw(show);
	button.addEventListener("click", () => {
		whys.set(key, shown === null);
		if (shown === null) {
			show();
			return;
		}
		shown.remove();
		shown = null;
		button.setAttr("aria-expanded", "false");
		button.removeAttribute("aria-controls");
	});
}
