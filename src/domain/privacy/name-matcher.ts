// Finds names as words in a reading of free text. Names are indexed by their first
// word, so finding them costs the length of the text, however many names the vault
// holds: privacy mode redraws a caseload of hundreds of cases with it.
import { readingsOf, foldName, type Reading } from "./reading";
import { LETTER, unicodePattern } from "../model/unicode-pattern";

export interface NameReplacement {
	readonly name: string;
	readonly label: string;
	/** Also an everyday word ("Will", "May"): looked for, but replaced only where hiding too much is allowed. */
	readonly everyday?: true;
}

/** A name found in a text: where it stands as written, and which name it is. */
export interface Found<T extends NameReplacement> {
	readonly start: number;
	readonly end: number;
	readonly name: T;
	/** Found as "Mayas" for Maya: a possessive without its apostrophe. */
	readonly possessive: boolean;
}

const enum Kind {
	Other,
	Letter,
	Digit,
	/** A letter of a script written without spaces between words (Chinese, Japanese, Korean, Thai...): a name may stand anywhere. */
	Unspaced,
}

const DIGIT = unicodePattern(String.raw`\p{N}`);
const UNSPACED = unicodePattern(String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]`);
/**
 * Hebrew and Arabic one-letter words written onto the next ("and", "to", "the"...): "ולדוד"
 * holds דוד. The letters ו ב כ ל מ ש ה and و ف ب ك ل, escaped: main.js stays ASCII (see unicode-pattern.ts).
 */
const ATTACHED_PREFIX = /[\u05d5\u05d1\u05db\u05dc\u05de\u05e9\u05d4\u0648\u0641\u0628\u0643\u0644]/u;
const LEADING_PUNCTUATION = unicodePattern(String.raw`^[^\p{L}\p{N}]+`);
const TRAILING_PUNCTUATION = unicodePattern(String.raw`[^\p{L}\p{N}]+$`);
/** Where the Hebrew block starts: no word in a script before it takes such a prefix. */
const FIRST_RTL = 0x590;

function kindOf(text: string, at: number): Kind {
	const code = text.charCodeAt(at);
	if (code < 0x80) return code >= 0x61 && code <= 0x7a ? Kind.Letter : code >= 0x30 && code <= 0x39 ? Kind.Digit : code >= 0x41 && code <= 0x5a ? Kind.Letter : Kind.Other;
	const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
	if (UNSPACED().test(char)) return Kind.Unspaced;
	return LETTER().test(char) ? Kind.Letter : DIGIT().test(char) ? Kind.Digit : Kind.Other;
}

function charLength(text: string, at: number): number {
	return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

/** End of the run of characters of one kind starting at `at`. */
function runEnd(text: string, at: number, kind: Kind): number {
	let end = at;
	while (end < text.length && kindOf(text, end) === kind) end += charLength(text, end);
	return end;
}

/** Whether a name ending with a character of `last` kind may end before `at`: "Sam" in "Sam2", "Sam's", not in "Samuel". */
function endsThere(text: string, at: number, last: Kind): boolean {
	if (at >= text.length || last === Kind.Unspaced || last === Kind.Other) return true;
	const next = kindOf(text, at);
	return last === Kind.Digit ? next !== Kind.Digit && next !== Kind.Letter && next !== Kind.Unspaced : next !== Kind.Letter && next !== Kind.Unspaced;
}

interface Indexed<T> {
	readonly folded: string;
	readonly name: T;
	readonly last: Kind;
}

/** The first word of a folded name, by which it is looked up. */
function firstWord(folded: string): string {
	const kind = kindOf(folded, 0);
	if (kind === Kind.Other) return "";
	return kind === Kind.Unspaced ? folded.slice(0, charLength(folded, 0)) : folded.slice(0, runEnd(folded, 0, kind));
}

function lastKind(folded: string): Kind {
	const last = folded.codePointAt(folded.length - 1) ?? 0;
	const at = last >= 0xdc00 && last <= 0xdfff ? folded.length - 2 : folded.length - 1;
	return kindOf(folded, at);
}

export class NameMatcher<T extends NameReplacement> {
	private readonly byFirstWord = new Map<string, Indexed<T>[]>();

	/** The first of several names that read alike wins. */
	constructor(names: readonly T[]) {
		const seen = new Set<string>();
		for (const name of names) {
			// Looked up by its first word, and found with or without what surrounds its words:
			// "(Sammy)" in "Sammy, hi"; "J.R." whole where the text has it so.
			const folded = foldName(name.name).replace(LEADING_PUNCTUATION(), "");
			const bare = folded.replace(TRAILING_PUNCTUATION(), "");
			for (const form of bare === folded ? [folded] : [folded, bare]) {
				const key = firstWord(form);
				if (key === "" || seen.has(form)) continue;
				seen.add(form);
				const list = this.byFirstWord.get(key) ?? [];
				list.push({ folded: form, name, last: lastKind(form) });
				this.byFirstWord.set(key, list);
			}
		}
		// Longest first, so "Ms Okafor" wins over "Okafor".
		for (const list of this.byFirstWord.values()) list.sort((a, b) => b.folded.length - a.folded.length);
	}

	get empty(): boolean {
		return this.byFirstWord.size === 0;
	}

	/** Every name in the text as written, read with and without its emphasis; overlapping finds are joined. */
	find(text: string): Found<T>[] {
		if (this.empty) return [];
		return joinOverlaps(readingsOf(text).flatMap((reading) => this.findIn(reading)));
	}

	private findIn(reading: Reading): Found<T>[] {
		const text = reading.text;
		const found: Found<T>[] = [];
		let at = 0;
		let before = Kind.Other;
		while (at < text.length) {
			const kind = kindOf(text, at);
			if (kind === Kind.Other) {
				before = kind;
				at += charLength(text, at);
				continue;
			}
			const end = kind === Kind.Unspaced ? at + charLength(text, at) : runEnd(text, at, kind);
			// A word starts after a non-letter; a name may follow digits ("2Sam") but a number may not follow them.
			const starts = kind === Kind.Unspaced || (before !== Kind.Letter && before !== Kind.Unspaced && (kind === Kind.Letter || before !== Kind.Digit));
			const match = starts ? (this.matchAt(text, at, end) ?? this.matchAfterPrefix(text, at, end)) : null;
			if (match) {
				found.push({ ...match, start: reading.from?.[match.start] ?? match.start, end: reading.to?.[match.end - 1] ?? match.end });
				before = kindOf(text, match.end - 1);
				at = match.end;
			} else {
				before = kind;
				at = end;
			}
		}
		return found;
	}

	private matchAt(text: string, at: number, wordEnd: number): Found<T> | null {
		const word = text.slice(at, wordEnd);
		const exact = this.candidates(text, at, word, false);
		if (exact || !word.endsWith("s") || word.length < 2) return exact;
		return this.candidates(text, at, word.slice(0, -1), true);
	}

	/** "ולדוד": the name after one or two attached Hebrew or Arabic prefix letters. */
	private matchAfterPrefix(text: string, at: number, wordEnd: number): Found<T> | null {
		if (text.charCodeAt(at) < FIRST_RTL) return null;
		for (let skip = 1; skip <= 2 && at + skip < wordEnd && ATTACHED_PREFIX.test(text.charAt(at + skip - 1)); skip++) {
			const match = this.matchAt(text, at + skip, wordEnd);
			if (match) return match;
		}
		return null;
	}

	private candidates(text: string, at: number, word: string, possessive: boolean): Found<T> | null {
		for (const candidate of this.byFirstWord.get(word) ?? []) {
			if (!text.startsWith(candidate.folded, at)) continue;
			const end = at + candidate.folded.length;
			if (!possessive && endsThere(text, end, candidate.last)) return { start: at, end, name: candidate.name, possessive: false };
			// "Mayas", "Maya Kerns": a possessive without its apostrophe, never for an everyday word ("Wills").
			if (candidate.last === Kind.Letter && !candidate.name.everyday && text[end] === "s" && endsThere(text, end + 1, Kind.Letter)) {
				return { start: at, end: end + 1, name: candidate.name, possessive: true };
			}
		}
		return null;
	}
}

/**
 * One find per stretch of text: where finds overlap, the one starting first (the longest
 * among those, then the lowest rank) names the whole stretch.
 */
export function joinOverlaps<F extends Found<NameReplacement>>(found: readonly F[], rank: (find: F) => number = () => 0): F[] {
	const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
	const joined: F[] = [];
	for (const next of sorted) {
		const last = joined[joined.length - 1];
		if (!last || next.start >= last.end) joined.push(next);
		else if (next.end > last.end) joined[joined.length - 1] = { ...last, end: next.end };
	}
	return joined;
}
