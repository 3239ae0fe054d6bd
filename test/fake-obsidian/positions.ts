import type { Loc, Pos } from "obsidian";

/** Turns string offsets into Obsidian's `Loc` (zero-based line and column, UTF-16 offset). */
export class LineIndex {
	private readonly lineStarts: number[] = [0];

	constructor(text: string) {
		for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.lineStarts.push(i + 1);
	}

	loc(offset: number): Loc {
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const mid = Math.ceil((low + high) / 2);
			if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low, col: offset - (this.lineStarts[low] ?? 0), offset };
	}

	pos(start: number, end: number): Pos {
		return { start: this.loc(start), end: this.loc(end) };
	}
}
