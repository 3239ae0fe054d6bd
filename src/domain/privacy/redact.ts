// Replaces names inside free text (evidence reasons, warnings, homework) by their labels.

export interface NameReplacement {
	readonly name: string;
	readonly label: string;
}

export type Redactor = (text: string) => string;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whole names match whatever their case ("Mum" in "row with mum"); single name parts
 * match only as written, so a client called "Case" leaves "the case" alone. The first
 * replacement given for a name wins. One pass, so a label is never itself replaced.
 */
export function redactor(wholeNames: readonly NameReplacement[], nameParts: readonly NameReplacement[]): Redactor {
	const whole = new Map<string, string>();
	for (const { name, label } of wholeNames) {
		const key = name.trim().toLowerCase();
		if (key !== "" && !whole.has(key)) whole.set(key, label);
	}
	const parts = new Map<string, string>();
	for (const { name, label } of nameParts) {
		const key = name.trim();
		if (key !== "" && !whole.has(key.toLowerCase()) && !parts.has(key)) parts.set(key, label);
	}
	const names = [...new Set([...whole.keys(), ...[...parts.keys()].map((part) => part.toLowerCase())])];
	if (names.length === 0) return (text) => text;
	// Longest first, so "Ms Okafor" wins over "Okafor".
	const alternatives = names.sort((a, b) => b.length - a.length).map(escapeRegExp);
	// The character before a name is captured and put back: no lookbehind, which older mobile WebViews lack.
	const found = new RegExp(`(^|[^\\p{L}\\p{N}])(${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
	return (text) => text.replace(found, (_match, before: string, name: string) => before + (whole.get(name.toLowerCase()) ?? parts.get(name) ?? name));
}

/** The parts of a name worth hiding on their own: capitalised words of three letters or more. */
export function nameParts(name: string): string[] {
	const words = name.split(/[\s/]+/u).map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));
	return words.filter((word) => word.length >= 3 && /^\p{Lu}/u.test(word));
}
