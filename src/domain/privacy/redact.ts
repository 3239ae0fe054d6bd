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
 * Names match whatever their case ("Mum" in "row with mum", "jordan" for Jordan): on a
 * shared screen a hidden name must stay hidden, even at the cost of replacing a common
 * word that is also someone's name. The first replacement given for a name wins. One
 * pass, so a label is never itself replaced.
 */
export function redactor(replacements: readonly NameReplacement[]): Redactor {
	const labels = new Map<string, string>();
	for (const { name, label } of replacements) {
		const key = name.trim().normalize("NFC").toLowerCase();
		if (key !== "" && !labels.has(key)) labels.set(key, label);
	}
	if (labels.size === 0) return (text) => text;
	// Longest first, so "Ms Okafor" wins over "Okafor".
	const alternatives = [...labels.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	// The character before a name is captured and put back: no lookbehind, which older mobile WebViews lack.
	// A combining mark belongs to the letter before it: "Zoe" is not a name inside "Zoë" spelt decomposed.
	const found = new RegExp(`(^|[^\\p{L}\\p{M}\\p{N}])(${alternatives.join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "giu");
	return (text) => text.normalize("NFC").replace(found, (_match, before: string, name: string) => before + (labels.get(name.toLowerCase()) ?? name));
}

/**
 * The parts of a name worth hiding on their own: capitalised words of three letters or
 * more ("Anne-Marie", "O'Neil"), then the parts of those ("Anne", "Marie", "Neil").
 */
export function nameParts(name: string): string[] {
	const trim = (word: string) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
	const keep = (word: string) => word.length >= 3 && /^\p{Lu}/u.test(word);
	const words = name.split(/[\s/]+/u).map(trim).filter(keep);
	const pieces = words.flatMap((word) => word.split(/['’-]+/u).map(trim)).filter((piece) => keep(piece) && !words.includes(piece));
	return [...new Set([...words, ...pieces])];
}
