// A list whose items keep their element across redraws, by key. An autosave in one
// case redraws that case's row only: every other row keeps its element, untouched, and
// with it the focus, the selection and the place under the pointer. A new order moves
// the elements; none is rebuilt for it.
import { sameValue } from "../../../index/same-value";

export interface KeyedItems<T> {
	readonly key: (item: T) => string;
	/** Makes the element of a key, once: what never changes for it (its tag, its listeners). */
	readonly create: (list: HTMLElement, key: string) => HTMLElement;
	/** Draws an item into its emptied element: when it is made, and again only when the item changed. */
	readonly fill: (element: HTMLElement, item: T) => void;
}

interface Drawn<T> {
	readonly element: HTMLElement;
	item: T;
}

export class KeyedList<T> {
	private list: HTMLElement | null = null;
	private readonly drawn = new Map<string, Drawn<T>>();

	/** `same`: whether two items draw alike; items are plain data, so by default their structure decides. */
	constructor(
		private readonly items: KeyedItems<T>,
		private readonly same: (a: T, b: T) => boolean = sameValue,
	) {}

	/**
	 * Puts the list (made on first use as `parent.createEl(tag)`, kept after) at the end of
	 * `parent`, and brings its children in line with `items`, in their order.
	 */
	render(parent: HTMLElement, tag: keyof HTMLElementTagNameMap, cls: string, items: readonly T[]): HTMLElement {
		const list = this.list ?? parent.createEl(tag, { cls });
		this.list = list;
		if (list.parentElement !== parent) parent.appendChild(list);
		const wanted = new Set(items.map(this.items.key));
		for (const [key, gone] of this.drawn) {
			if (wanted.has(key)) continue;
			gone.element.remove();
			this.drawn.delete(key);
		}
		items.forEach((item, i) => {
			const element = this.current(list, item);
			const there = list.children.item(i);
			if (there !== element) list.insertBefore(element, there);
		});
		return list;
	}

	/** The item's element, made or redrawn only when it has none or the item changed. */
	private current(list: HTMLElement, item: T): HTMLElement {
		const key = this.items.key(item);
		const drawn = this.drawn.get(key);
		if (drawn === undefined) {
			const element = this.items.create(list, key);
			this.items.fill(element, item);
			this.drawn.set(key, { element, item });
			return element;
		}
		if (!this.same(drawn.item, item)) {
			drawn.element.empty();
			this.items.fill(drawn.element, item);
			drawn.item = item;
		}
		return drawn.element;
	}
}
