// The other ways a name turns up in free text: a first name alone, "J. Rivera",
// "Jordan R.", "J.R.", "JR", a given name without its family name in Chinese.
import { isEverydayWord, namesNoOneAlone } from "./everyday-words";
import { foldName } from "./reading";
import { unicodePattern } from "../model/unicode-pattern";

const UNSPACED_NAME = unicodePattern(String.raw`^[\p{sc=Han}\p{sc=Hangul}]+$`);
/** Apostrophes (' \u2019 \u2018) and hyphens (- \u2010) joining the parts of a name. */
const JOINERS = /['\u2019\u2018\-\u2010]+/u;
const JOINED = /['\u2019\u2018\-\u2010]/u;

const TWO_LETTERS = unicodePattern(String.raw`^[^\p{L}]*\p{L}[^\p{L}]*\p{L}`);

const EDGES = unicodePattern(String.raw`^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$`, "g");
const AT_AN_EDGE = unicodePattern(String.raw`^[^\p{L}\p{N}]|[^\p{L}\p{N}]$`);
const INITIAL = unicodePattern(String.raw`^\p{L}`);

function trimmed(word: string): string {
	return AT_AN_EDGE().test(word) ? word.replace(EDGES(), "") : word;
}

/**
 * A written family name comes first and is most often one character: 王小明 is also
 * called 小明. Four characters may be two and two (欧阳娜娜).
 */
function givenNames(word: string): string[] {
	const chars = Array.from(word);
	if (!UNSPACED_NAME().test(word) || chars.length < 3) return [];
	return chars.length >= 4 ? [chars.slice(1).join(""), chars.slice(2).join("")] : [chars.slice(1).join("")];
}

/**
 * Every part of a name that could name the person on its own, whatever its letter
 * case, script or length from two letters up: "Anne-Marie O'Neil" gives Anne-Marie,
 * O'Neil, Anne, Marie, O, Neil less the single letter; "li wei" gives li, wei. Titles and
 * particles ("Ms", "van") name no one alone; single letters are initials, which privacy
 * mode itself shows.
 */
export function namePartsOf(name: string): string[] {
	const words = name.split(/[\s/]+/u).map(trimmed);
	const pieces = words.flatMap((word) => (JOINED.test(word) ? word.split(JOINERS).map(trimmed) : []));
	const parts = [...words, ...pieces, ...words.flatMap(givenNames)].filter((part) => TWO_LETTERS().test(part) && !namesNoOneAlone(foldName(part)) && part !== name.trim());
	return [...new Set(parts)];
}

function initialOf(word: string): string | null {
	return INITIAL().exec(word)?.[0].toUpperCase() ?? null;
}

/**
 * Short forms of a name of two words or more: "J. Rivera", "J Rivera", "Jordan R.",
 * "Jordan R", "J.R.", "J. R.", and "JR" unless the initials spell an everyday word ("AM").
 */
export function shortForms(name: string): string[] {
	const words = name.trim().split(/\s+/u);
	const first = words[0];
	const last = words[words.length - 1];
	if (words.length < 2 || first === undefined || last === undefined) return [];
	const forms: string[] = [];
	const firstInitial = initialOf(first);
	const lastInitial = initialOf(last);
	if (firstInitial !== null && TWO_LETTERS().test(last)) forms.push(`${firstInitial}. ${last}`, `${firstInitial} ${last}`);
	if (lastInitial !== null && TWO_LETTERS().test(first)) forms.push(`${first} ${lastInitial}.`, `${first} ${lastInitial}`);
	const initials = words.map(initialOf);
	if (initials.every((initial): initial is string => initial !== null)) {
		forms.push(`${initials.join(".")}.`, `${initials.join(". ")}.`);
		if (!isEverydayWord(foldName(initials.join("")))) forms.push(initials.join(""));
	}
	return forms;
}
