// One answer to a suicide or self-harm item as a note gives it, before any rule is
// applied: the engine decides what is open, the faces only show it.

export type SafetyMeasure = "phq9" | "hamd" | "epds";

export interface SafetyReading {
	readonly measure: SafetyMeasure;
	/** The item's number on its scale: 9 (PHQ-9), 3 (HAM-D) or 10 (EPDS). */
	readonly item: number;
	/** The key as the note writes it (`phq9_items`, `PHQ9_item9`). */
	readonly key: string;
	/** The value as written, short enough to show. */
	readonly raw: string;
	/** The item's score; null when the value cannot be read as a whole number in the item's range. */
	readonly score: number | null;
}

/** Positive (any answer above 0) or unreadable: either way a clinician must see it. */
export function mustBeSeen(reading: SafetyReading): boolean {
	return reading.score === null || reading.score >= 1;
}
