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
		const items: readonly unknown[] = value;
		for (let i = 0; i < items.length; i++) {
			const item = items[i];
			// Most list items are numbers (a measure's answers): no call for them.
			const found = typeof item === "string" ? inText(item) : typeof item === "object" ? placeholderIn(item, depth + 1) : null;
			if (found !== null) return found;
		}
		return null;
	}
	const fields = value as Readonly<Record<string, unknown>>;
	for (const key of Object.keys(fields)) {
		const found = inText(key) ?? placeholderIn(fields[key], depth + 1);
		if (found !== null) return found;
	}
	return null;
}

/** The placeholder a top-level property still holds, in its key or its value, or null. */
export function leftoverIn(key: string, value: unknown): LeftoverPlaceholder | null {
	const placeholder = inText(key) ?? (typeof value === "string" || typeof value === "object" ? placeholderIn(value, 0) : null);
	return placeholder === null ? null : { key, placeholder };
}
