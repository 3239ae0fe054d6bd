// Character tests shared by the line readers. The fast path handles printable text
// only: tabs, control characters, the byte-order mark and the Unicode line separators
// are where YAML's rules get subtle, so a line holding any of them goes to `yaml`.
export const SPACE = 0x20;
export const HASH = 0x23;
export const COLON = 0x3a;
export const COMMA = 0x2c;
export const DASH = 0x2d;
export const DOUBLE_QUOTE = 0x22;
export const SINGLE_QUOTE = 0x27;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;

export function isPrintableLine(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfeff || c === 0x2028 || c === 0x2029) return false;
	}
	return true;
}

export function skipSpaces(line: string, from: number): number {
	let i = from;
	while (line.charCodeAt(i) === SPACE) i++;
	return i;
}

/** Whether only spaces, or spaces and then a comment, follow `from`. */
export function endsLine(line: string, from: number): boolean {
	const next = skipSpaces(line, from);
	return next === line.length || (next > from && line.charCodeAt(next) === HASH);
}

/** End of `line[from, to)` without trailing spaces (YAML trims those, and only those). */
export function trimmedEnd(line: string, from: number, to: number): number {
	let end = to;
	while (end > from && line.charCodeAt(end - 1) === SPACE) end--;
	return end;
}
