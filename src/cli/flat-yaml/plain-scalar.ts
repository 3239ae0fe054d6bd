import { LONGEST_NUMERAL, mayBeNumber, resolvePlainScalar } from "./core-scalar";
import { CLOSE_BRACKET, COLON, COMMA, HASH, SPACE, trimmedEnd } from "./line-text";
import type { Read } from "./quoted-scalar";

// Characters that cannot open a plain scalar: YAML reads each as something else.
const INDICATORS = new Set("[]{},#&*!|>'\"%@`".split("").map(function (c) { return c.charCodeAt(0); }));
// Characters that open a plain scalar only when a "safe" character follows them.
const QUALIFIED_INDICATORS = new Set("-?:".split("").map(function (c) { return c.charCodeAt(0); }));
// Inside `[...]` these end or nest an item, so a plain item holding one is left to `yaml`.
const FLOW_STOPS = new Set("[]{},:#".split("").map(function (c) { return c.charCodeAt(0); }));

function opensPlain(line: string, start: number, inFlow: boolean): boolean {
	const first = line.charCodeAt(start);
	if (INDICATORS.has(first)) return false;
	if (!QUALIFIED_INDICATORS.has(first)) return true;
	const next = line.charCodeAt(start + 1);
	return !(start + 1 === line.length || next === SPACE || (inFlow && FLOW_STOPS.has(next)));
}

/**
 * A plain scalar running from `start` (not a space) to the end of the line. Undefined
 * when YAML would read more into it: a mapping (`: `), a comment (` #`), a key (`:` at
 * the end) or an indicator at its start.
 */
export function readBlockPlain(line: string, start: number): unknown {
	if (!opensPlain(line, start, false)) return undefined;
	for (let i = start; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === COLON && (i + 1 === line.length || line.charCodeAt(i + 1) === SPACE)) return undefined;
		if (c === HASH && line.charCodeAt(i - 1) === SPACE) return undefined;
	}
	return resolvable(line.slice(start, trimmedEnd(line, start, line.length)));
}

/** The scalar's value, or undefined (left to `yaml`) for a long one that may be a number. */
function resolvable(text: string): unknown {
	return text.length > LONGEST_NUMERAL && mayBeNumber(text.charCodeAt(0)) ? undefined : resolvePlainScalar(text);
}

/** A plain item of a flow sequence, from `start` (not a space) up to its `,` or `]`. */
export function readFlowPlain(line: string, start: number): Read | undefined {
	if (!opensPlain(line, start, true)) return undefined;
	let i = start;
	for (; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === COMMA || c === CLOSE_BRACKET) break;
		if (FLOW_STOPS.has(c)) return undefined;
	}
	const value = resolvable(line.slice(start, trimmedEnd(line, start, i)));
	return value === undefined ? undefined : { value, end: i };
}
