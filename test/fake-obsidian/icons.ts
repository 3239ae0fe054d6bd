import { createSvg } from "./dom";

/** Like the real setIcon: replaces the element's content with an `svg.svg-icon` named after the icon (no drawing). */
export function setIcon(parent: HTMLElement, iconId: string): void {
	while (parent.firstChild) parent.removeChild(parent.firstChild);
	createSvg("svg", { cls: ["svg-icon", iconId.startsWith("lucide-") ? iconId : `lucide-${iconId}`], attr: { "data-icon": iconId }, parent });
}
