import type { Events } from "./events";

/** A key pressed in `el`, as its own window makes the event. */
export function pressKey(el: Element, key: string): void {
	const win = windowOf(el);
	el.dispatchEvent(new win.KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, view: win }));
}

/** Resolves with the arguments of the next `name` event of `source`. */
export function nextEvent(source: Events, name: string): Promise<unknown[]> {
	return new Promise((resolve) => {
		const ref = source.on(name, (...args: unknown[]) => {
			source.offref(ref);
			resolve(args);
		});
	});
}

/** The `.setting-item` whose name reads `name`, in a settings tab's container. */
export function findSetting(containerEl: HTMLElement, name: string): HTMLElement {
	const found = Array.from(containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((item) => item.querySelector(".setting-item-name")?.textContent === name);
	if (!found) throw new Error(`No setting named "${name}"`);
	return found;
}

/** The element's own window: an event a user causes in a pop-out is made by that window's constructors. */
function windowOf(el: Element): Window & typeof globalThis {
	return el.ownerDocument.defaultView ?? window;
}

/** Types `value` into a text field as a user would: the `input` event fires. */
export function enterText(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	el.value = value;
	el.dispatchEvent(new (windowOf(el).Event)("input", { bubbles: true }));
}

/**
 * Types `value` and leaves the field (Tab, a click elsewhere, or Enter): `input`, then
 * `change`, which a browser fires on a text field only once it is left edited.
 */
export function enterTextAndLeave(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	enterText(el, value);
	el.dispatchEvent(new (windowOf(el).Event)("change", { bubbles: true }));
}

/** Picks an option of a dropdown (or lets go of a slider at `value`): the `change` event fires. */
export function chooseValue(el: HTMLSelectElement | HTMLInputElement, value: string): void {
	el.value = value;
	const win = windowOf(el);
	el.dispatchEvent(new win.Event("input", { bubbles: true }));
	el.dispatchEvent(new win.Event("change", { bubbles: true }));
}

export function click(el: Element): void {
	const win = windowOf(el);
	el.dispatchEvent(new win.MouseEvent("click", { bubbles: true, cancelable: true, view: win }));
}
