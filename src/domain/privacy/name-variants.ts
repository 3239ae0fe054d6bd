// The other ways a name turns up in free text: a first name alone, "J. Rivera",
// "Jordan R.", "J.R.", "Jose" for "José". An export hides these as well as the name.
import { nameParts } from "./redact";

/** "José" -> "Jose": the letters without their accents. */
export function withoutAccents(text: string): string {
	return text.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}

/** Lower case, without accents: how two spellings of a name are compared. */
export function foldName(text: string): string {
	return withoutAccents(text).toLowerCase();
}

/** Parts of a name, also inside double-barrelled ones: "Anne-Marie O'Neil" gives Anne-Marie, Anne, Marie, O'Neil, Neil. */
export function namePartsOf(name: string): string[] {
	const pieces = name.split(/[-'’]/u);
	return [...new Set([...nameParts(name), ...(pieces.length > 1 ? pieces.flatMap((piece) => nameParts(piece)) : [])])];
}

function initialOf(word: string): string | null {
	return /^\p{L}/u.exec(word)?.[0].toUpperCase() ?? null;
}

function letterCount(word: string): number {
	return word.match(/\p{L}/gu)?.length ?? 0;
}

/** Short forms of a name of two words or more: "J. Rivera", "J Rivera", "Jordan R.", "Jordan R", "J.R.", "J. R.". */
export function shortForms(name: string): string[] {
	const words = name.trim().split(/\s+/u);
	const first = words[0];
	const last = words[words.length - 1];
	if (words.length < 2 || first === undefined || last === undefined) return [];
	const forms: string[] = [];
	const firstInitial = initialOf(first);
	const lastInitial = initialOf(last);
	if (firstInitial !== null && letterCount(last) >= 2) forms.push(`${firstInitial}. ${last}`, `${firstInitial} ${last}`);
	if (lastInitial !== null && letterCount(first) >= 2) forms.push(`${first} ${lastInitial}.`, `${first} ${lastInitial}`);
	const initials = words.map(initialOf);
	if (initials.every((initial): initial is string => initial !== null)) forms.push(`${initials.join(".")}.`, `${initials.join(". ")}.`);
	return forms;
}
