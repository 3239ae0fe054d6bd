// Writing standalone SVG files as text: escaped, one element a line, readable in any
// viewer. Drawings use currentColor, which the root sets to a dark ink on a light card,
// so a file looks the same in a browser, an image viewer or a dark-themed note.

export type Attributes = Readonly<Record<string, string | number | null>>;

/** The characters XML 1.0 allows at all, even escaped; lone surrogates are not among them. */
function isXmlChar(code: number): boolean {
	return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
}

export function escapeXml(text: string): string {
	let allowed = "";
	for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) allowed += char;
	return allowed.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** A number to two decimals at most: coordinates, widths and opacities. */
export function coordinate(value: number): string {
	return String(Math.round(value * 100) / 100);
}

function attributes(attrs: Attributes): string {
	return Object.entries(attrs)
		.filter((entry): entry is [string, string | number] => entry[1] !== null)
		.map(([name, value]) => ` ${name}="${typeof value === "number" ? coordinate(value) : escapeXml(value)}"`)
		.join("");
}

/** An element whose content is already SVG (or empty). */
export function element(name: string, attrs: Attributes, children: readonly string[] = []): string {
	if (children.length === 0) return `<${name}${attributes(attrs)}/>`;
	return `<${name}${attributes(attrs)}>\n${children.join("\n")}\n</${name}>`;
}

/** An element holding text, escaped. */
export function textElement(name: string, attrs: Attributes, text: string): string {
	return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

export const INK = "#1f2328";
export const PAPER = "#ffffff";

export interface SvgFrame {
	readonly width: number;
	readonly height: number;
	/** Read by screen readers and shown as a tooltip. */
	readonly title: string;
	readonly description: string;
}

export function svgDocument(frame: SvgFrame, children: readonly string[]): string {
	const root = element(
		"svg",
		{
			xmlns: "http://www.w3.org/2000/svg",
			width: frame.width,
			height: frame.height,
			viewBox: `0 0 ${coordinate(frame.width)} ${coordinate(frame.height)}`,
			role: "img",
			"aria-labelledby": "title desc",
			color: INK,
			"font-family": "system-ui, -apple-system, sans-serif",
			"font-size": 10,
		},
		[
			textElement("title", { id: "title" }, frame.title),
			textElement("desc", { id: "desc" }, frame.description),
			element("rect", { width: frame.width, height: frame.height, fill: PAPER }),
			...children,
		],
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
