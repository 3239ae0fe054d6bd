// "Why?" beside an item of the sidebar: the rule behind a flag, a line of evidence, a due
// item or a measure's verdict, shown on demand. Closed, it is one button; the rule's text
// is drawn only when opened, and taken away again when closed.
import type { RuleRef } from "../../../domain/engine/analysis";

let shownCount = 0;

/** Appends the button to `host`; the opened text goes at the end of `host`, on a line of its own. */
export function renderWhy(host: HTMLElement, rule: RuleRef | null): void {
	if (rule === null) return;
	const button = host.createEl("button", { cls: "ipt-why", text: "Why?", attr: { type: "button", "aria-expanded": "false" } });
	let shown: HTMLElement | null = null;
	button.addEventListener("click", () => {
		if (shown !== null) {
			shown.remove();
			shown = null;
			button.setAttr("aria-expanded", "false");
			button.removeAttribute("aria-controls");
			return;
		}
		shownCount += 1;
		const id = `ipt-why-${shownCount}`;
		shown = host.createDiv({ cls: "ipt-why-text", text: rule.text, attr: { id, "data-rule": rule.id } });
		button.setAttr("aria-expanded", "true");
		button.setAttr("aria-controls", id);
	});
}
