// Text as a person sees it, for finding names: "S**a**m", "M&#97;ya", "Ｓａｍ", "Sаm" with
// a Cyrillic а, "Ma\u00ADya" and "STRAUSS" all read as the names they show. The
// privacy redaction and the export's leak scan both read this way, so what one looks
// for the other replaces. Each character read keeps where it came from, so a name
// found in the reading is replaced in the text as written.
import { latinTwin } from "./look-alikes";
import { unicodePattern } from "../model/unicode-pattern";

export interface Reading {
	/** Folded: compatibility forms, no accents, no invisible characters, Latin look-alikes, lower case. */
	readonly text: string;
	/** Where in the original text the character at each index of `text` starts and ends; null when the same. */
	readonly from: readonly number[] | null;
	readonly to: readonly number[] | null;
}

/**
 * How emphasis and inline HTML are read. "Joined" drops the marks, as a rendered note
 * shows `S**a**m` or `Sa<b>m</b>`; "split" keeps them as the separators they are when
 * they render literally (`x*Sam`, or a name in a tag's attribute). A name found in
 * either reading is a name shown.
 */
export type Markup = "joined" | "split";

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", shy: "\u00ad", zwsp: "\u200b", zwj: "\u200d", zwnj: "\u200c" };
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/iy;
const TAG = /<\/?[a-z][^<>]*>/iy;
/** Nothing to decode, fold beyond letter case, or read past: plain ASCII without `&`, `*`, `<`, `=`, `~`. */
const PLAIN = /^[\t\n\r\x20-\x25\x27-\x29\x2b-\x3b\x3e-\x7d]*$/;
const MARKUP = /[*<=~]/;
const INVISIBLE_OR_MARK = unicodePattern(String.raw`[\p{M}\p{Cf}]`, "g");

function decodeEntity(body: string): string | null {
	if (!body.startsWith("#")) return NAMED_ENTITIES[body.toLowerCase()] ?? null;
	const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
	return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

/** Special case foldings toLowerCase does not do: ß is ss, dotless ı is i, final ς is σ. */
const LOWER_SPECIAL: Readonly<Record<string, string>> = { ß: "ss", ı: "i", ς: "σ" };

const foldedChars = new Map<string, string>();

/** One character (or decoded entity) as read: NFKD without marks or format characters, lower case, look-alikes as Latin. */
function foldChars(chars: string): string {
	const known = foldedChars.get(chars);
	if (known !== undefined) return known;
	const bare = chars.normalize("NFKD").replace(INVISIBLE_OR_MARK(), "");
	const lower = Array.from(bare.toLowerCase(), latinTwin)
		.join("")
		.replace(/[\u00df\u0131\u03c2]/g, (char) => LOWER_SPECIAL[char] ?? char);
	if (foldedChars.size < 10_000) foldedChars.set(chars, lower);
	return lower;
}

function markupLength(text: string, at: number): number {
	const char = text[at];
	if (char === "*") return 1;
	if ((char === "=" || char === "~") && text[at + 1] === char) {
		let end = at + 2;
		while (text[end] === char) end++;
		return end - at;
	}
	if (char === "<") {
		TAG.lastIndex = at;
		return TAG.exec(text)?.[0].length ?? 0;
	}
	return 0;
}

/** The text as a person reads it, each character keeping where it came from. */
export function readingOf(text: string, markup: Markup = "joined"): Reading {
	if (PLAIN.test(text)) return { text: text.toLowerCase(), from: null, to: null };
	let out = "";
	const from: number[] = [];
	const to: number[] = [];
	let at = 0;
	while (at < text.length) {
		const skipped = markup === "joined" ? markupLength(text, at) : 0;
		if (skipped > 0) {
			at += skipped;
			continue;
		}
		let unit = String.fromCodePoint(text.codePointAt(at) ?? 0);
		let end = at + unit.length;
		if (unit === "&") {
			ENTITY.lastIndex = at;
			const entity = ENTITY.exec(text);
			const decoded = entity ? decodeEntity(entity[1] ?? "") : null;
			if (entity && decoded !== null) {
				unit = decoded;
				end = at + entity[0].length;
			}
		}
		const read = foldChars(unit);
		for (let i = 0; i < read.length; i++) {
			from.push(at);
			to.push(end);
		}
		out += read;
		at = end;
	}
	return { text: out, from, to };
}

/** Both readings when emphasis or HTML could change what a person sees, else the one. */
export function readingsOf(text: string): Reading[] {
	return MARKUP.test(text) ? [readingOf(text, "joined"), readingOf(text, "split")] : [readingOf(text)];
}

/** Names are folded again each time a case's names are gathered; most come back unchanged. */
const foldedNames = new Map<string, string>();

/** How two spellings of a name are compared: "Strauß", "STRAUSS" and "strauss" fold alike. */
export function foldName(text: string): string {
	const known = foldedNames.get(text);
	if (known !== undefined) return known;
	const fold = readingOf(text.trim(), "split").text;
	if (foldedNames.size >= 100_000) foldedNames.clear();
	foldedNames.set(text, fold);
	return fold;
}
