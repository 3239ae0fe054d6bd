/**
 * Obsidian's DOM helpers (createEl, createDiv, empty, setText, addClass, ...),
 * installed on the DOM prototypes and as globals, as the app does at start-up.
 * Only where a DOM exists: jsdom under jest, or a browser page.
 */

const HTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

type AttrValue = string | number | boolean | null;

function ownerDocument(node: Node | undefined): Document {
	return node?.ownerDocument ?? document;
}

/** The fake is where `createEl` comes from, so it is the one place using the namespaced native constructor. */
function nativeElement(doc: Document, namespace: string, tag: string): Element {
	return doc.createElementNS(namespace, tag);
}

function setAttr(el: Element, name: string, value: AttrValue): void {
	if (value === null) el.removeAttribute(name);
	else el.setAttribute(name, String(value));
}

function setText(el: Node, text: string | DocumentFragment): void {
	if (typeof text === "string") {
		el.textContent = text;
		return;
	}
	while (el.firstChild) el.removeChild(el.firstChild);
	el.appendChild(text);
}

function classes(cls: string | string[]): string[] {
	return (Array.isArray(cls) ? cls : cls.split(" ")).filter((name) => name !== "");
}

function place(el: Element, parent: Node | undefined, prepend: boolean | undefined): void {
	if (!parent) return;
	if (prepend) parent.insertBefore(el, parent.firstChild);
	else parent.appendChild(el);
}

function applySvgInfo(el: Element, info: SvgElementInfo): void {
	if (info.cls !== undefined) el.classList.add(...classes(info.cls));
	for (const [name, value] of Object.entries(info.attr ?? {})) setAttr(el, name, value);
	place(el, info.parent, info.prepend);
}

function applyInfo(el: HTMLElement, info: DomElementInfo): void {
	applySvgInfo(el, { cls: info.cls, attr: info.attr });
	if (info.text !== undefined) setText(el, info.text);
	if (info.title !== undefined) el.title = info.title;
	const field = el as HTMLElement & { value?: string; type?: string; placeholder?: string; href?: string };
	if (info.value !== undefined) field.value = info.value;
	if (info.type !== undefined) field.type = info.type;
	if (info.placeholder !== undefined) field.placeholder = info.placeholder;
	if (info.href !== undefined) field.href = info.href;
	place(el, info.parent, info.prepend);
}

function toInfo<T extends object>(o: T | string | undefined): T {
	return (typeof o === "string" ? { cls: o } : (o ?? {})) as T;
}

/** What createEl, createDiv and createSpan share, for any tag and an optional parent override. */
function makeElement<K extends keyof HTMLElementTagNameMap>(tag: K, o: DomElementInfo | string | undefined, callback: ((el: HTMLElementTagNameMap[K]) => void) | undefined, parent?: Node): HTMLElementTagNameMap[K] {
	const info = parent ? { ...toInfo<DomElementInfo>(o), parent } : toInfo<DomElementInfo>(o);
	const el = nativeElement(ownerDocument(info.parent), HTML_NAMESPACE, tag) as HTMLElementTagNameMap[K];
	applyInfo(el, info);
	callback?.(el);
	return el;
}

export function createEl<K extends keyof HTMLElementTagNameMap>(tag: K, o?: DomElementInfo | string, callback?: (el: HTMLElementTagNameMap[K]) => void): HTMLElementTagNameMap[K] {
	return makeElement(tag, o, callback);
}

export function createDiv(o?: DomElementInfo | string, callback?: (el: HTMLDivElement) => void): HTMLDivElement {
	return makeElement("div", o, callback);
}

export function createSpan(o?: DomElementInfo | string, callback?: (el: HTMLSpanElement) => void): HTMLSpanElement {
	return makeElement("span", o, callback);
}

export function createSvg<K extends keyof SVGElementTagNameMap>(tag: K, o?: SvgElementInfo | string, callback?: (el: SVGElementTagNameMap[K]) => void): SVGElementTagNameMap[K] {
	const info = toInfo(o);
	const el = nativeElement(ownerDocument(info.parent), SVG_NAMESPACE, tag) as SVGElementTagNameMap[K];
	applySvgInfo(el, info);
	callback?.(el);
	return el;
}

export function createFragment(callback?: (el: DocumentFragment) => void): DocumentFragment {
	const fragment = new DocumentFragment();
	callback?.(fragment);
	return fragment;
}

/** A window of the app: the main one or a pop-out, each with its own DOM constructors. */
export type AppWindow = Window & typeof globalThis;

/** The window where the user acts now: the main one until a leaf of a pop-out is made active. */
let currentWindow: AppWindow | null = null;

/** Called by the workspace when the active leaf moves between windows. */
export function setActiveWindow(win: AppWindow): void {
	currentWindow = win;
}

/**
 * The app's cross-window check: `instanceof` against the class given, or against
 * the class of the same name in the value's own window (a pop-out's `MouseEvent`
 * is not the main window's).
 */
function isInstance(value: unknown, type: abstract new () => unknown, win: Window | null): boolean {
	if (value instanceof type) return true;
	const own = win === null ? undefined : (win as unknown as Record<string, unknown>)[type.name];
	return typeof own === "function" && own !== type && value instanceof (own as abstract new () => unknown);
}

/** Neither the element nor an ancestor is `display: none`. */
function displayedUpwards(el: HTMLElement | null): boolean {
	return el === null || (el.style.display !== "none" && displayedUpwards(el.parentElement));
}

type DelegatedListener = (this: HTMLElement, ev: Event, delegateTarget: HTMLElement) => unknown;
const delegated = new WeakMap<EventTarget, Map<DelegatedListener, EventListener>>();

function define(target: object, members: Record<string, unknown>): void {
	for (const [name, value] of Object.entries(members)) Object.defineProperty(target, name, { value, configurable: true, writable: true });
}

function installNodeHelpers(win: AppWindow): void {
	define(win.Node.prototype, {
		createEl<K extends keyof HTMLElementTagNameMap>(this: Node, tag: K, o?: DomElementInfo | string, callback?: (el: HTMLElementTagNameMap[K]) => void) {
			return makeElement(tag, o, callback, this);
		},
		createDiv(this: Node, o?: DomElementInfo | string, callback?: (el: HTMLDivElement) => void) {
			return makeElement("div", o, callback, this);
		},
		createSpan(this: Node, o?: DomElementInfo | string, callback?: (el: HTMLSpanElement) => void) {
			return makeElement("span", o, callback, this);
		},
		createSvg<K extends keyof SVGElementTagNameMap>(this: Node, tag: K, o?: SvgElementInfo | string, callback?: (el: SVGElementTagNameMap[K]) => void) {
			return createSvg(tag, { ...toInfo<SvgElementInfo>(o), parent: this }, callback);
		},
		empty(this: Node) {
			while (this.firstChild) this.removeChild(this.firstChild);
		},
		detach(this: Node) {
			this.parentNode?.removeChild(this);
		},
		appendText(this: Node, val: string) {
			this.appendChild(ownerDocument(this).createTextNode(val));
		},
		instanceOf(this: Node, type: abstract new () => unknown) {
			return isInstance(this, type, ownerDocument(this).defaultView);
		},
		setChildrenInPlace(this: Node, children: Node[]) {
			while (this.firstChild) this.removeChild(this.firstChild);
			for (const child of children) this.appendChild(child);
		},
		indexOf(this: Node, other: Node) {
			return Array.prototype.indexOf.call(this.childNodes, other);
		},
	});
	Object.defineProperty(win.Node.prototype, "doc", { configurable: true, get: function (this: Node) { return ownerDocument(this); } });
	Object.defineProperty(win.Node.prototype, "win", { configurable: true, get: function (this: Node) { return ownerDocument(this).defaultView ?? window; } });
}

/** Obsidian's additions to UIEvent: its window and document, and the cross-window `instanceOf`. */
function installEventHelpers(win: AppWindow): void {
	define(win.UIEvent.prototype, {
		instanceOf(this: UIEvent, type: abstract new () => unknown) {
			return isInstance(this, type, this.view ?? win);
		},
	});
	Object.defineProperty(win.UIEvent.prototype, "win", { configurable: true, get: function (this: UIEvent) { return this.view ?? win; } });
	Object.defineProperty(win.UIEvent.prototype, "doc", { configurable: true, get: function (this: UIEvent) { return (this.view ?? win).document; } });
	Object.defineProperty(win.UIEvent.prototype, "targetNode", { configurable: true, get: function (this: UIEvent) { return this.target instanceof win.Node ? this.target : null; } });
}

function installElementHelpers(win: AppWindow): void {
	define(win.Element.prototype, {
		getText(this: Element) {
			return this.textContent ?? "";
		},
		setText(this: Element, val: string | DocumentFragment) {
			setText(this, val);
		},
		addClass(this: Element, ...names: string[]) {
			this.classList.add(...names);
		},
		addClasses(this: Element, names: string[]) {
			this.classList.add(...names);
		},
		removeClass(this: Element, ...names: string[]) {
			this.classList.remove(...names);
		},
		removeClasses(this: Element, names: string[]) {
			this.classList.remove(...names);
		},
		toggleClass(this: Element, names: string | string[], value: boolean) {
			for (const name of Array.isArray(names) ? names : [names]) this.classList.toggle(name, value);
		},
		hasClass(this: Element, cls: string) {
			return this.classList.contains(cls);
		},
		setAttr(this: Element, name: string, value: AttrValue) {
			setAttr(this, name, value);
		},
		setAttrs(this: Element, obj: Record<string, AttrValue>) {
			for (const [name, value] of Object.entries(obj)) setAttr(this, name, value);
		},
		getAttr(this: Element, name: string) {
			return this.getAttribute(name);
		},
		matchParent(this: Element, selector: string, lastParent?: Element) {
			for (let el = this.parentElement; el && el !== lastParent; el = el.parentElement) if (el.matches(selector)) return el;
			return null;
		},
		find(this: Element, selector: string) {
			return this.querySelector(selector);
		},
		findAll(this: Element, selector: string) {
			return Array.from(this.querySelectorAll(selector));
		},
	});
}

function installHtmlElementHelpers(win: AppWindow): void {
	define(win.HTMLElement.prototype, {
		toggle(this: HTMLElement, show: boolean) {
			this.style.display = show ? "" : "none";
		},
		show(this: HTMLElement) {
			this.toggle(true);
		},
		hide(this: HTMLElement) {
			this.toggle(false);
		},
		toggleVisibility(this: HTMLElement, visible: boolean) {
			this.style.visibility = visible ? "" : "hidden";
		},
		/** Attached to the document, and neither it nor an ancestor is `display: none`. */
		isShown(this: HTMLElement) {
			return this.isConnected && displayedUpwards(this);
		},
		setCssProps(this: HTMLElement, props: Record<string, string>) {
			for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
		},
		setCssStyles(this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
			Object.assign(this.style, styles);
		},
		onClickEvent(this: HTMLElement, listener: (this: HTMLElement, ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
			this.addEventListener("click", listener, options);
		},
		trigger(this: HTMLElement, eventType: string) {
			this.dispatchEvent(new Event(eventType, { bubbles: true, cancelable: true }));
		},
		on(this: HTMLElement, type: string, selector: string, listener: DelegatedListener, options?: boolean | AddEventListenerOptions) {
			const handler = (ev: Event): void => {
				const target = ev.target instanceof win.Element ? ev.target.closest(selector) : null;
				if (target instanceof win.HTMLElement && this.contains(target)) listener.call(this, ev, target);
			};
			const handlers = delegated.get(this) ?? new Map<DelegatedListener, EventListener>();
			handlers.set(listener, handler);
			delegated.set(this, handlers);
			this.addEventListener(type, handler, options);
		},
		off(this: HTMLElement, type: string, _selector: string, listener: DelegatedListener, options?: boolean | AddEventListenerOptions) {
			const handler = delegated.get(this)?.get(listener);
			if (handler) this.removeEventListener(type, handler, options);
		},
	});
}

function installGlobals(win: AppWindow): void {
	define(win, { createEl, createDiv, createSpan, createSvg, createFragment });
	Object.defineProperty(win, "activeDocument", { configurable: true, get: () => (currentWindow ?? window).document });
	Object.defineProperty(win, "activeWindow", { configurable: true, get: () => currentWindow ?? window });
}

/** Installs the helpers once per window, as the app does for the main window and each pop-out. */
export function installDomHelpers(win: AppWindow): void {
	if ("createEl" in win.Node.prototype) return;
	installNodeHelpers(win);
	installEventHelpers(win);
	installElementHelpers(win);
	installHtmlElementHelpers(win);
	installGlobals(win);
}

if (typeof window !== "undefined") installDomHelpers(window);
