// A note whose properties still hold `{{...}}` is a template, or a note made from one
// and never filled in: read as a case, it would be a client called `{{client}}`.
import { firstPlaceholder } from "../templates/placeholders";

export interface LeftoverPlaceholder {
	/** The top-level property that holds it. */
	readonly key: string;
	readonly placeholder: string;
}

/** Every note is looked at: a plain look for `{{` first, the full match only where there is one. */
function inText(text: string): string | null {
	return text.includes("{{") ? firstPlaceholder(text) : null;
}

/** Lists and nested values are looked into; keys too, since `{{date}}` unquoted reads as a key. */
function placeholderIn(value: unknown, depth: number): string | null {
	if (typeof value === "string") return inText(value);
	if (depth > 3 || typeof value !== "object" || value === null) return null;
	if (Array.isArray(value)) {
		for (const item of value) {
			const found = placeholderIn(item, depth + 1);
			if (found !== null) return found;
		}
		return null;
	}
	for (const [key, item] of Object.entries(value)) {
		const found = inText(key) ?? placeholderIn(item, depth + 1);
		if (found !== null) return found;
	}
	return null;
}

/** The first property whose value still holds a placeholder, or null. */
export function leftoverPlaceholder(fields: Readonly<Record<string, unknown>>): LeftoverPlaceholder | null {
	for (const key of Object.keys(fields)) {
		const value = fields[key];
		const placeholder = inText(key) ?? (typeof value === "string" || typeof value === "object" ? placeholderIn(value, 0) : null);
		if (placeholder !== null) return { key, placeholder };
	}
	return null;
}
