import type { Events } from "./events";

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

/** Types `value` into a text field as a user would: the `input` event fires. */
export function enterText(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	el.value = value;
	el.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Picks an option of a dropdown (or lets go of a slider at `value`): the `change` event fires. */
export function chooseValue(el: HTMLSelectElement | HTMLInputElement, value: string): void {
	el.value = value;
	el.dispatchEvent(new Event("input", { bubbles: true }));
	el.dispatchEvent(new Event("change", { bubbles: true }));
}

export function click(el: Element): void {
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
}
