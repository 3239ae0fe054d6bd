// Writes text as YAML that reads back as exactly that text, whatever it holds (a whole
// number, on purpose, as that number).
import { unicodePattern } from "../model/unicode-pattern";

// Text that YAML reads as a string when written bare: starts with a letter, and holds
// no character that YAML gives a meaning (`:`, `#`, quotes at the start, brackets, ...).
const PLAIN_TEXT = unicodePattern(String.raw`^\p{L}(?:[\p{L}\p{M}\p{N} ._'()/-]*[\p{L}\p{M}\p{N}._'()/-])?$`);
// Words some YAML readers take for booleans or null.
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
// Whole numbers and dates stay bare on purpose: `session: 3` must be a number, and a
// bare date is what Obsidian writes (it, and the `yaml` package, keep it a string).
const WHOLE_NUMBER = /^(?:0|[1-9]\d{0,14})$/;
const DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

function isBareSafe(text: string): boolean {
	return WHOLE_NUMBER.test(text) || DATE.test(text) || (PLAIN_TEXT().test(text) && !RESERVED.test(text));
}

/** YAML's printable set, less the characters it treats as line breaks. */
function isPrintable(code: number): boolean {
	if (code < 0x20) return false;
	if (code >= 0x7f && code <= 0x9f) return false;
	return code !== 0x2028 && code !== 0x2029 && code !== 0xfeff && code !== 0xfffe && code !== 0xffff;
}

function hex4(code: number): string {
	return `\\u${code.toString(16).padStart(4, "0")}`;
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The inside of a double-quoted scalar: every character that is not plainly printable is escaped. */
export function doubleQuotedContent(text: string): string {
	let out = "";
	for (let i = 0; i < text.length; i++) {
		const char = text.charAt(i);
		const code = text.charCodeAt(i);
		const short = SHORT_ESCAPES[char];
		if (short !== undefined) out += short;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
			out += text.slice(i, i + 2);
			i++;
		} else if (!isPrintable(code) || (code >= 0xd800 && code <= 0xdfff)) out += hex4(code);
		else out += char;
	}
	return out;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The inside of a single-quoted scalar. Single quotes have no escapes but `''`, so line
 * breaks and other unprintable characters become spaces.
 */
export function singleQuotedContent(text: string): string {
	return spacedOut(text).replace(/'/g, "''");
}

/** For a comment or a single-quoted scalar: one line of printable text. */
export function spacedOut(text: string): string {
	let out = "";
	for (let i = 0; i < text.length; i++) out += isPrintable(text.charCodeAt(i)) ? text.charAt(i) : " ";
	return out;
}

/** A scalar that reads back as `text`: bare when that is safe, double-quoted and escaped otherwise. */
export function yamlScalar(text: string): string {
	return isBareSafe(text) ? text : `"${doubleQuotedContent(text)}"`;
}
