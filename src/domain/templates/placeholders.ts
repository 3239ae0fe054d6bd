// The placeholders a template may hold, and how a value is looked up and split.
import { hasOwn } from "../schema/field";

export const PLACEHOLDERS = ["client", "date", "session", "phase", "case", "focus"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** What the caller knows; a placeholder without a value is left in the text as it is. */
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDERS);

/** `{{name}}`, spaces inside the braces allowed; sticky, so it matches only where it is asked to. */
const PLACEHOLDER_AT = /\{\{[ \t]*([A-Za-z_][\w-]*)[ \t]*\}\}/y;

export interface PlaceholderMatch {
	readonly name: string;
	readonly end: number;
}

/** The placeholder, known or not, that starts at `index`, or null. */
export function placeholderAt(text: string, index: number): PlaceholderMatch | null {
	PLACEHOLDER_AT.lastIndex = index;
	const match = PLACEHOLDER_AT.exec(text);
	return match === null ? null : { name: match[1] ?? "", end: index + match[0].length };
}

/** The first placeholder in `text`, known or not, as written (`{{client}}`), or null. */
export function firstPlaceholder(text: string): string | null {
	for (let i = text.indexOf("{{"); i >= 0; i = text.indexOf("{{", i + 1)) {
		const match = placeholderAt(text, i);
		if (match !== null) return text.slice(i, match.end);
	}
	return null;
}

/** The value to put in place of `name`: undefined for an unknown placeholder or one the caller gave no text for. */
export function valueFor(values: PlaceholderValues, name: string): string | undefined {
	if (!KNOWN.has(name) || !hasOwn(values, name)) return undefined;
	const value: unknown = values[name as Placeholder];
	return typeof value === "string" ? value : undefined;
}

/** Replaces every placeholder that has a value, each through `format`; everything else stays. */
export function substitute(text: string, values: PlaceholderValues, format: (value: string) => string): string {
	let out = "";
	let from = 0;
	for (let i = text.indexOf("{{"); i >= 0; i = text.indexOf("{{", i + 1)) {
		const match = placeholderAt(text, i);
		const value = match === null ? undefined : valueFor(values, match.name);
		if (match === null || value === undefined) continue;
		out += text.slice(from, i) + format(value);
		from = match.end;
		i = match.end - 1;
	}
	return out + text.slice(from);
}

/** `{{focus}}` holds problem areas separated by commas. */
export function listItems(value: string): string[] {
	return value
		.split(",")
		.map((item) => item.trim())
		.filter((item) => item !== "");
}
