// A redraw replaces the view's elements: without this, every autosave elsewhere would
// send the reader back to the top and drop keyboard focus.

const FOCUSABLE = "a, button, summary, input, select, textarea, [tabindex]";

export interface Place {
	readonly scrollTop: number;
	/** Which focusable element had focus, counted in document order; null when none in the view had. */
	readonly focusIndex: number | null;
}

export function placeIn(container: HTMLElement): Place {
	const active = container.doc.activeElement;
	const focusables = Array.from(container.querySelectorAll(FOCUSABLE));
	const index = active ? focusables.indexOf(active) : -1;
	return { scrollTop: container.scrollTop, focusIndex: index >= 0 ? index : null };
}

/** Back to the same scroll and the element in the same place, when the view still has one there. */
export function restorePlace(container: HTMLElement, place: Place): void {
	container.scrollTop = place.scrollTop;
	if (place.focusIndex === null) return;
	const target = container.querySelectorAll<HTMLElement>(FOCUSABLE).item(place.focusIndex);
	target?.focus({ preventScroll: true });
}
