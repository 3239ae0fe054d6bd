// Links and keyboard activation shared by every section.
import type { NoteLinkModel } from "../../../domain/views/note-link";

/** Opens a note of the case; the event tells whether a modifier asks for a new tab. */
export type OpenNote = (path: string, event: MouseEvent | KeyboardEvent) => void;

/**
 * Runs `action` on click, and on Enter or Space as a button or link would. The
 * listeners' own event types say which event it is: an `instanceof` check would
 * fail in a pop-out window, whose events come from its own constructors.
 */
export function onActivate(el: HTMLElement | SVGElement, action: (event: MouseEvent | KeyboardEvent) => void): void {
	const target: GlobalEventHandlers = el;
	target.addEventListener("click", (event) => {
		event.preventDefault();
		action(event);
	});
	target.addEventListener("keydown", (event) => {
		if (event.key !== "Enter" && event.key !== " ") return;
		event.preventDefault();
		action(event);
	});
}

/** Bubbles up from a note's link on hover; whoever draws the view decides whether a preview may show (not in privacy mode). */
export const NOTE_HOVER_EVENT = "ipt-workbench-note-hover";

export interface NoteHoverDetail {
	readonly path: string;
	readonly event: MouseEvent;
}

/** Lets the view know the pointer is over a link to `path`, without putting the path in the DOM. */
export function announceHover(el: Element, path: string): void {
	el.addEventListener("mouseover", (event) => {
		if (event instanceof MouseEvent) el.dispatchEvent(new CustomEvent<NoteHoverDetail>(NOTE_HOVER_EVENT, { bubbles: true, detail: { path, event } }));
	});
}

/**
 * A link to a note. The path stays in the click handler, not in the DOM, so privacy
 * mode leaves no name in an attribute either.
 */
export function renderNoteLink(parent: HTMLElement, link: NoteLinkModel, open: OpenNote): HTMLAnchorElement {
	const el = parent.createEl("a", { cls: "ipt-note-link internal-link", text: link.text, attr: { tabindex: 0, role: "link" } });
	onActivate(el, (event) => open(link.path, event));
	announceHover(el, link.path);
	return el;
}

/** A titled part of a view; `name` becomes its class, so tests and styles can find it. */
export function renderSection(parent: HTMLElement, name: string, heading: string): HTMLElement {
	const section = parent.createEl("section", { cls: ["ipt-section", `ipt-${name}`] });
	section.createEl("h4", { cls: "ipt-section-heading", text: heading });
	return section;
}

/** Muted text for an empty section. */
export function renderEmpty(parent: HTMLElement, text: string): void {
	parent.createEl("p", { cls: "ipt-empty", text });
}
