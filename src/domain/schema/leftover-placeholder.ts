// A note whose properties still hold `{{...}}` is a template, or a note made from one
// and never filled in: read as a case, it would be a client called `{{client}}`.
import { firstPlaceholder } from "../templates/placeholders";

export interface LeftoverPlaceholder {
	/** The top-level property that holds it. */
	readonly key: string;
	readonly placeholder: string;
}

/** Lists and nested values are looked into; keys too, since `{{date}}` unquoted reads as a key. */
function placeholderIn(value: unknown, depth: number): string | null {
	if (typeof value === "string") return firstPlaceholder(value);
	if (depth > 3 || typeof value !== "object" || value === null) return null;
	if (Array.isArray(value)) {
		for (const item of value) {
			const found = placeholderIn(item, depth + 1);
			if (found !== null) return found;
		}
		return null;
	}
	for (const [key, item] of Object.entries(value)) {
		const found = firstPlaceholder(key) ?? placeholderIn(item, depth + 1);
		if (found !== null) return found;
	}
	return null;
}

/** The first property whose value still holds a placeholder, or null. */
export function leftoverPlaceholder(fields: Readonly<Record<string, unknown>>): LeftoverPlaceholder | null {
	for (const [key, value] of Object.entries(fields)) {
		const placeholder = firstPlaceholder(key) ?? placeholderIn(value, 0);
		if (placeholder !== null) return { key, placeholder };
	}
	return null;
}
