import { resolvePlainScalar } from "./core-scalar";
import { readFlowSequence } from "./flow-sequence";
import { COLON, DASH, DOUBLE_QUOTE, endsLine, HASH, isPrintableLine, OPEN_BRACKET, SINGLE_QUOTE, skipSpaces, SPACE, trimmedEnd } from "./line-text";
import { readBlockPlain } from "./plain-scalar";
import { readDoubleQuoted, readSingleQuoted } from "./quoted-scalar";

const CR = 0x0d;
// `yaml` rejects an implicit key whose `:` comes more than 1024 characters in.
const LONGEST_KEY = 1000;

/**
 * Parses the flat frontmatter that Obsidian's Properties editor writes (top-level
 * `key: value` lines, one-line flow lists, `- item` block lists, comments) and returns
 * exactly what `yaml`'s `parse(block)` returns for it. Anything outside that subset
 * gives undefined, and the caller falls back to `yaml`; so does a block with no keys.
 */
export function parseFlatYaml(block: string): Record<string, unknown> | undefined {
	const result: Record<string, unknown> = {};
	let keys = 0;
	// The last key when its value is empty on its own line: block-list items may follow.
	let open: string | undefined;
	let items: unknown[] | undefined;
	let itemIndent = 0;
	for (let start = 0; start < block.length; ) {
		const newline = block.indexOf("\n", start);
		const stop = newline < 0 ? block.length : newline;
		// A CR ends a line only before LF: `yaml` keeps one that ends the block in the value.
		const line = block.slice(start, newline > start && block.charCodeAt(newline - 1) === CR ? newline - 1 : stop);
		start = stop + 1;
		if (!isPrintableLine(line)) return undefined;
		const indent = skipSpaces(line, 0);
		if (indent === line.length || line.charCodeAt(indent) === HASH) continue;
		if (isItem(line, indent)) {
			if (open === undefined || (items !== undefined && indent !== itemIndent)) return undefined;
			const item = readItem(line, indent + 1);
			if (item === undefined) return undefined;
			if (items === undefined) {
				items = [];
				itemIndent = indent;
				result[open] = items;
			}
			items.push(item);
			continue;
		}
		if (indent > 0) return undefined;
		const colon = keyEnd(line);
		if (colon < 0) return undefined;
		const key = resolvePlainScalar(line.slice(0, trimmedEnd(line, 0, colon)));
		if (typeof key !== "string" || key === "__proto__" || Object.prototype.hasOwnProperty.call(result, key)) return undefined;
		keys++;
		open = undefined;
		items = undefined;
		const valueStart = skipSpaces(line, colon + 1);
		if (valueStart === line.length || line.charCodeAt(valueStart) === HASH) {
			open = key;
			result[key] = null;
			continue;
		}
		const value = readValue(line, valueStart, true);
		if (value === undefined) return undefined;
		result[key] = value;
	}
	return keys > 0 ? result : undefined;
}

function isItem(line: string, indent: number): boolean {
	return line.charCodeAt(indent) === DASH && (indent + 1 === line.length || line.charCodeAt(indent + 1) === SPACE);
}

function readItem(line: string, afterDash: number): unknown {
	const start = skipSpaces(line, afterDash);
	return start === line.length || line.charCodeAt(start) === HASH ? null : readValue(line, start, false);
}

/** Index of the `:` closing a key of plain characters at the start of the line, or -1. */
function keyEnd(line: string): number {
	if (!isKeyCharacter(line.charCodeAt(0), true)) return -1;
	let i = 1;
	while (i < line.length && isKeyCharacter(line.charCodeAt(i), false)) i++;
	if (i > LONGEST_KEY || line.charCodeAt(i) !== COLON) return -1;
	return i + 1 === line.length || line.charCodeAt(i + 1) === SPACE ? i : -1;
}

function isKeyCharacter(c: number, first: boolean): boolean {
	const letterOrDigit = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
	return letterOrDigit || (!first && (c === SPACE || c === DASH || c === 0x2e));
}

/** One scalar (or a flow list where `listAllowed`) that must end its line. */
function readValue(line: string, start: number, listAllowed: boolean): unknown {
	const first = line.charCodeAt(start);
	const reader =
		first === DOUBLE_QUOTE ? readDoubleQuoted : first === SINGLE_QUOTE ? readSingleQuoted : first === OPEN_BRACKET && listAllowed ? readFlowSequence : undefined;
	if (reader === undefined) return readBlockPlain(line, start);
	const read = reader(line, start);
	return read !== undefined && endsLine(line, read.end) ? read.value : undefined;
}
