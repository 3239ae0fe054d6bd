// Drawings are laid out without a browser to measure text, so widths are estimated
// generously: wide enough for the broad sans-serif fonts of Linux and Android.

/** Average advance of a character, as a share of the font size. */
export const CHARACTER_WIDTH = 0.6;

export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * CHARACTER_WIDTH;
}

/** `text` cut to at most `max` characters, an ellipsis marking the cut. */
export function shortenTo(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** `text` cut, where needed, to fit `width`. */
export function fitText(text: string, width: number, fontSize: number): string {
	return shortenTo(text, Math.floor(width / (fontSize * CHARACTER_WIDTH)));
}

export interface Box {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

/** The smallest box around all of `boxes`, grown by `padding` on every side. */
export function enclosingBox(boxes: readonly Box[], padding: number): Box {
	const left = Math.min(...boxes.map((b) => b.x));
	const top = Math.min(...boxes.map((b) => b.y));
	const right = Math.max(...boxes.map((b) => b.x + b.width));
	const bottom = Math.max(...boxes.map((b) => b.y + b.height));
	return { x: left - padding, y: top - padding, width: right - left + 2 * padding, height: bottom - top + 2 * padding };
}
