// Fills placeholders inside frontmatter so that the YAML stays valid and each value
// reads back as the text given. It walks the YAML token by token, because the same
// value must be written differently in a bare value, a quoted one or a comment.
import { listItems, placeholderAt, substitute, valueFor, type PlaceholderMatch, type PlaceholderValues } from "./placeholders";
import { doubleQuotedContent, singleQuotedContent, spacedOut, yamlScalar } from "./yaml-scalar";

const FLOW_INDICATORS = ",[]{}";

/** `""` is past the end of the text, which ends a token as a line break does. */
function isBlank(char: string): boolean {
	return char === "" || char === " " || char === "\t" || char === "\r" || char === "\n";
}

/** Where a whole-value placeholder sits, which decides how a list value is written. */
interface Place {
	readonly isKey: boolean;
	readonly flowDepth: number;
	/** The line's text before the token, e.g. `focus: ` or `  - `. */
	readonly linePrefix: string;
}

/**
 * A value standing alone as a node. `{{focus}}` is a list: a flow list as the value of
 * a key, items inside a flow list, one item per line in a block list; text elsewhere.
 */
function node(name: string, value: string, place: Place): string {
	if (name !== "focus" || place.isKey) return yamlScalar(value);
	const items = listItems(value).map(yamlScalar);
	if (place.flowDepth > 0) return items.join(", ");
	if (/:[ \t]*$/.test(place.linePrefix)) return `[${items.join(", ")}]`;
	if (/^[ \t]*-[ \t]+$/.test(place.linePrefix) && items.length > 0) return items.join(`\n${place.linePrefix}`);
	return yamlScalar(value);
}

class FrontmatterFiller {
	private out = "";
	private i = 0;
	private lineStart = 0;
	private flowDepth = 0;

	constructor(
		private readonly src: string,
		private readonly values: PlaceholderValues,
	) {}

	fill(): string {
		const src = this.src;
		while (this.i < src.length) {
			const char = src.charAt(this.i);
			if (char === "\n") {
				this.copy(1);
				this.lineStart = this.i;
			} else if (char === " " || char === "\t" || char === "\r") this.copy(1);
			else if (char === "#" && isBlank(src.charAt(this.i - 1))) this.comment();
			else if (char === '"' || char === "'") this.quoted(char);
			else if (placeholderAt(src, this.i) !== null) this.plain();
			else if (char === "[" || char === "{") {
				this.flowDepth++;
				this.copy(1);
			} else if (char === "]" || char === "}") {
				this.flowDepth = Math.max(0, this.flowDepth - 1);
				this.copy(1);
			} else if (char === "," || ((char === "-" || char === "?" || char === ":") && this.endsToken(this.i + 1))) this.copy(1);
			else this.plain();
		}
		return this.out;
	}

	private copy(length: number): void {
		this.out += this.src.slice(this.i, this.i + length);
		this.i += length;
	}

	/** Whether the character at `index` ends a plain token (after `:`, `-` or `?` it makes them indicators). */
	private endsToken(index: number): boolean {
		const char = this.src.charAt(index);
		return isBlank(char) || (this.flowDepth > 0 && FLOW_INDICATORS.includes(char));
	}

	private place(tokenEnd: number): Place {
		let after = tokenEnd;
		while (this.src.charAt(after) === " " || this.src.charAt(after) === "\t") after++;
		return {
			isKey: this.src.charAt(after) === ":" && this.endsToken(after + 1),
			flowDepth: this.flowDepth,
			linePrefix: this.src.slice(this.lineStart, this.i),
		};
	}

	/** The filled placeholder that makes up all of `text`, or null. */
	private whole(text: string): (PlaceholderMatch & { value: string }) | null {
		const match = placeholderAt(text, 0);
		if (match === null || match.end !== text.length) return null;
		const value = valueFor(this.values, match.name);
		return value === undefined ? null : { ...match, value };
	}

	private comment(): void {
		const end = this.lineEnd(this.i);
		this.out += substitute(this.src.slice(this.i, end), this.values, spacedOut);
		this.i = end;
	}

	private lineEnd(from: number): number {
		const end = this.src.indexOf("\n", from);
		return end < 0 ? this.src.length : end;
	}

	private quoted(quote: '"' | "'"): void {
		const src = this.src;
		let j = this.i + 1;
		while (j < src.length && src.charAt(j) !== quote) j += quote === '"' && src.charAt(j) === "\\" ? 2 : 1;
		// `''` is an escaped quote inside a single-quoted scalar, not its end.
		while (quote === "'" && src.charAt(j + 1) === "'") {
			j += 2;
			while (j < src.length && src.charAt(j) !== "'") j++;
		}
		const closed = j < src.length;
		const content = src.slice(this.i + 1, Math.min(j, src.length));
		const whole = closed ? this.whole(content) : null;
		if (whole !== null) this.out += node(whole.name, whole.value, this.place(j + 1));
		else this.out += quote + substitute(content, this.values, quote === '"' ? doubleQuotedContent : singleQuotedContent) + (closed ? quote : "");
		this.i = closed ? j + 1 : src.length;
	}

	/** An unquoted scalar: it runs to the end of the line, a comment, a `: ` or, in a flow list, an indicator. */
	private plain(): void {
		const src = this.src;
		let j = this.i;
		while (j < src.length) {
			const match = placeholderAt(src, j);
			if (match !== null) {
				j = match.end;
				continue;
			}
			const char = src.charAt(j);
			if (char === "\n" || (char === "#" && isBlank(src.charAt(j - 1))) || (char === ":" && this.endsToken(j + 1))) break;
			if (this.flowDepth > 0 && FLOW_INDICATORS.includes(char)) break;
			j++;
		}
		const text = src.slice(this.i, j).trimEnd();
		const end = this.i + text.length;
		const whole = this.whole(text);
		const filled = substitute(text, this.values, (value) => value);
		if (whole !== null) this.out += node(whole.name, whole.value, this.place(end));
		// Values spliced into a longer bare scalar could change what it means: quote the whole scalar.
		else this.out += filled === text ? text : yamlScalar(filled);
		this.i = end;
	}
}

/** The YAML with every placeholder that has a value filled in; see renderTemplate for the rules. */
export function fillFrontmatter(yaml: string, values: PlaceholderValues): string {
	return new FrontmatterFiller(yaml, values).fill();
}
