// A redraw replaces the view's elements (all but the caseload's rows, which are kept by
// case): without this, every autosave elsewhere would send the reader back to the top
// and drop keyboard focus.

const FOCUSABLE = "a, button, summary, input, select, textarea, [tabindex]";

export interface Place {
	readonly scrollTop: number;
	/** The element that had focus, if any in the view had: given it back when the redraw kept it. */
	readonly active: HTMLElement | null;
	/** Which focusable element had focus, counted in document order; null when none in the view had. */
	readonly focusIndex: number | null;
}

export function placeIn(container: HTMLElement): Place {
	const active = container.doc.activeElement;
	const focusables = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
	const index = focusables.findIndex((element) => element === active);
	return { scrollTop: container.scrollTop, active: focusables[index] ?? null, focusIndex: index >= 0 ? index : null };
}

/** Back to the same scroll and the same element, or else the element in the same place, when the view still has one there. */
export function restorePlace(container: HTMLElement, place: Place): void {
	container.scrollTop = place.scrollTop;
	if (place.active !== null && container.contains(place.active)) {
		place.active.focus({ preventScroll: true });
		return;
	}
	if (place.focusIndex === null) return;
	const target = container.querySelectorAll<HTMLElement>(FOCUSABLE).item(place.focusIndex);
	target?.focus({ preventScroll: true });
}
