import { Component } from "./component";
import { createDiv } from "./dom";
import { setIcon } from "./icons";

/** One entry; a click on its element runs its callback and closes the menu. */
export class MenuItem {
	readonly dom: HTMLElement;
	private readonly titleEl: HTMLElement;
	private readonly iconEl: HTMLElement;
	private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	private disabled = false;

	constructor(menu: Menu, parentEl: HTMLElement) {
		this.dom = createDiv({ cls: "menu-item", parent: parentEl });
		this.iconEl = createDiv({ cls: "menu-item-icon", parent: this.dom });
		this.titleEl = createDiv({ cls: "menu-item-title", parent: this.dom });
		this.dom.addEventListener("click", (evt) => {
			if (this.disabled || !this.callback) return;
			void this.callback(evt);
			menu.hide();
		});
	}

	setTitle(title: string | DocumentFragment): this {
		this.titleEl.setText(title);
		return this;
	}

	setIcon(icon: string | null): this {
		if (icon === null) this.iconEl.empty();
		else setIcon(this.iconEl, icon);
		return this;
	}

	setChecked(checked: boolean | null): this {
		this.dom.toggleClass("mod-checked", checked === true);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.dom.toggleClass("is-disabled", disabled);
		return this;
	}

	setWarning(isWarning: boolean): this {
		this.dom.toggleClass("mod-warning", isWarning);
		return this;
	}

	setIsLabel(isLabel: boolean): this {
		this.dom.toggleClass("is-label", isLabel);
		return this;
	}

	setSection(section: string): this {
		this.dom.setAttr("data-section", section);
		return this;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}
}

/** A context menu: `.menu` on `document.body` while shown, one `.menu-item` per item. */
export class Menu extends Component {
	readonly dom: HTMLElement;
	readonly items: MenuItem[] = [];
	private readonly hideCallbacks: (() => unknown)[] = [];

	constructor() {
		super();
		this.dom = createDiv({ cls: "menu" });
	}

	static forEvent(_evt: PointerEvent | MouseEvent): Menu {
		return new Menu();
	}

	setNoIcon(): this {
		this.dom.addClass("mod-no-icon");
		return this;
	}

	setUseNativeMenu(_useNativeMenu: boolean): this {
		return this;
	}

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem(this, this.dom);
		this.items.push(item);
		cb(item);
		return this;
	}

	addSeparator(): this {
		createDiv({ cls: "menu-separator", parent: this.dom });
		return this;
	}

	setParentElement(_el: HTMLElement): this {
		return this;
	}

	showAtMouseEvent(_evt: MouseEvent): this {
		return this.showAtPosition({ x: 0, y: 0 });
	}

	showAtPosition(_position: { x: number; y: number }, doc?: Document): this {
		(doc ?? document).body.appendChild(this.dom);
		this.load();
		return this;
	}

	hide(): this {
		if (!this.dom.isConnected) return this;
		this.dom.detach();
		this.unload();
		for (const callback of this.hideCallbacks) callback();
		return this;
	}

	close(): void {
		this.hide();
	}

	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}
}
