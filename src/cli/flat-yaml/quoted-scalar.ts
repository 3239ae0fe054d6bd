import { DOUBLE_QUOTE, SINGLE_QUOTE } from "./line-text";

/** A value read from a line and the index just past it. */
export interface Read {
	readonly value: unknown;
	readonly end: number;
}

const BACKSLASH = 0x5c;

// YAML's double-quoted escapes as `yaml` resolves them (its tab escape is left out: the
// fast path never sees a tab).
const ESCAPES: ReadonlyMap<string, string> = new Map([
	["0", "\0"],
	["a", "\x07"],
	["b", "\b"],
	["e", "\x1b"],
	["f", "\f"],
	["n", "\n"],
	["r", "\r"],
	["t", "\t"],
	["v", "\v"],
	["N", "\u0085"],
	["_", "\u00a0"],
	["L", "\u2028"],
	["P", "\u2029"],
	[" ", " "],
	['"', '"'],
	["/", "/"],
	["\\", "\\"],
]);

const HEX_DIGITS: ReadonlyMap<string, number> = new Map([
	["x", 2],
	["u", 4],
	["U", 8],
]);

/** `'...'` on one line, `''` standing for a quote; undefined when it does not close. */
export function readSingleQuoted(line: string, open: number): Read | undefined {
	let value = "";
	let from = open + 1;
	for (;;) {
		const quote = line.indexOf("'", from);
		if (quote < 0) return undefined;
		value += line.slice(from, quote);
		if (line.charCodeAt(quote + 1) !== SINGLE_QUOTE) return { value, end: quote + 1 };
		value += "'";
		from = quote + 2;
	}
}

/** `"..."` on one line; undefined when it does not close or holds an escape YAML rejects. */
export function readDoubleQuoted(line: string, open: number): Read | undefined {
	let value = "";
	let from = open + 1;
	for (let i = from; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === DOUBLE_QUOTE) return { value: value + line.slice(from, i), end: i + 1 };
		if (c !== BACKSLASH) continue;
		value += line.slice(from, i);
		const letter = line.charAt(i + 1);
		const simple = ESCAPES.get(letter);
		if (simple !== undefined) {
			value += simple;
			i += 1;
		} else {
			const digits = HEX_DIGITS.get(letter);
			const code = digits === undefined ? undefined : hexCode(line, i + 2, digits);
			if (digits === undefined || code === undefined) return undefined;
			value += String.fromCodePoint(code);
			i += 1 + digits;
		}
		from = i + 1;
	}
	return undefined;
}

function hexCode(line: string, from: number, digits: number): number | undefined {
	if (from + digits > line.length) return undefined;
	let code = 0;
	for (let i = from; i < from + digits; i++) {
		const digit = parseInt(line.charAt(i), 16);
		if (Number.isNaN(digit)) return undefined;
		code = code * 16 + digit;
	}
	return code <= 0x10ffff ? code : undefined;
}
