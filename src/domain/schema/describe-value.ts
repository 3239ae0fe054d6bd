// Shows a frontmatter value inside a diagnostic the way the clinician wrote it, short
// enough to read in a list, whatever the value is.

const MAX_TEXT = 40;
const MAX_ENTRIES = 4;
const MAX_DEPTH = 2;
const MAX_LENGTH = 80;

function quote(text: string): string {
	return JSON.stringify(text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);
}

function entriesText(parts: string[], total: number): string {
	return total > MAX_ENTRIES ? `${parts.join(", ")}, …` : parts.join(", ");
}

function describeObject(value: object, depth: number): string {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
	if (Array.isArray(value)) {
		if (depth >= MAX_DEPTH) return value.length === 0 ? "[]" : "[…]";
		const items: readonly unknown[] = value;
		const parts = items.slice(0, MAX_ENTRIES).map((item) => describe(item, depth + 1));
		return `[${entriesText(parts, items.length)}]`;
	}
	const keys = Object.keys(value);
	if (depth >= MAX_DEPTH) return keys.length === 0 ? "{}" : "{…}";
	const record = value as Readonly<Record<string, unknown>>;
	const parts = keys.slice(0, MAX_ENTRIES).map((key) => `${key.length > MAX_TEXT ? quote(key) : key}: ${describe(record[key], depth + 1)}`);
	return `{${entriesText(parts, keys.length)}}`;
}

function describe(value: unknown, depth: number): string {
	if (typeof value === "string") return quote(value);
	if (typeof value === "number") return Object.is(value, -0) ? "0" : String(value);
	if (typeof value === "function") return "a function";
	if (typeof value === "object" && value !== null) return describeObject(value, depth);
	// null, undefined, booleans, bigints and symbols all read well as themselves.
	return String(value);
}

/** A short, JSON-like rendering of any value, for diagnostic messages. */
export function describeValue(value: unknown): string {
	const text = describe(value, 0);
	return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
