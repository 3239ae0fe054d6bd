// Resolves a plain scalar the way `yaml`'s YAML 1.2 core schema does. The patterns are
// yaml's own (schema/core and schema/common), tried in its order, so the fast path and
// the fallback can never disagree about what `007`, `0x1F` or `.inf` is.
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const WORDS: ReadonlyMap<string, null | boolean> = new Map<string, null | boolean>([
	["~", null],
	["null", null],
	["Null", null],
	["NULL", null],
	["true", true],
	["True", true],
	["TRUE", true],
	["false", false],
	["False", false],
	["FALSE", false],
]);

/**
 * Longer scalars that may be numbers are left to `yaml`: the number patterns below
 * backtrack once per character, which on megabytes of digits can overflow the stack.
 */
export const LONGEST_NUMERAL = 1_000;

/** Only these can open a number, so most strings skip the patterns altogether. */
export function mayBeNumber(first: number): boolean {
	return (first >= 0x30 && first <= 0x39) || first === 0x2e || first === 0x2b || first === 0x2d;
}

export function resolvePlainScalar(text: string): unknown {
	if (text.length === 0) return null;
	if (text.length <= 5) {
		const word = WORDS.get(text);
		if (word !== undefined) return word;
	}
	if (!mayBeNumber(text.charCodeAt(0))) return text;
	if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
	if (INT.test(text)) return parseInt(text, 10);
	if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
	if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === "nan" ? NaN : text.startsWith("-") ? -Infinity : Infinity;
	if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
	return text;
}
