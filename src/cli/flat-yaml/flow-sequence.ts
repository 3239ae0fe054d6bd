import { CLOSE_BRACKET, COMMA, DOUBLE_QUOTE, SINGLE_QUOTE, skipSpaces } from "./line-text";
import { readFlowPlain } from "./plain-scalar";
import { readDoubleQuoted, readSingleQuoted, type Read } from "./quoted-scalar";

function readFlowItem(line: string, start: number): Read | undefined {
	const first = line.charCodeAt(start);
	if (first === DOUBLE_QUOTE) return readDoubleQuoted(line, start);
	if (first === SINGLE_QUOTE) return readSingleQuoted(line, start);
	return readFlowPlain(line, start);
}

/**
 * `[a, "b c", 3]` closed on the same line, of scalars only. Empty items and a trailing
 * comma are left to `yaml` (the second is valid YAML, but rare enough not to matter).
 */
export function readFlowSequence(line: string, open: number): Read | undefined {
	let i = skipSpaces(line, open + 1);
	const items: unknown[] = [];
	if (line.charCodeAt(i) === CLOSE_BRACKET) return { value: items, end: i + 1 };
	for (;;) {
		const item = readFlowItem(line, i);
		if (item === undefined) return undefined;
		items.push(item.value);
		i = skipSpaces(line, item.end);
		const next = line.charCodeAt(i);
		if (next === CLOSE_BRACKET) return { value: items, end: i + 1 };
		if (next !== COMMA) return undefined;
		i = skipSpaces(line, i + 1);
	}
}
