import type { ListItemCache } from "obsidian";
import type { LineIndex } from "./positions";

const QUOTE = /^(?: {0,3}> ?)+/;
const ITEM = /^( *)([-*+]|\d{1,9}[.)])( +|$)/;
const CHECKBOX = /^\[(.)\](?=\s|$)/;
const FENCE = /^ *(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const BLOCK_ID = /\s\^([A-Za-z0-9-]+)$/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const PERCENT_COMMENT = /%%[\s\S]*?%%/g;

interface Line {
	/** The line without its blockquote markers. */
	readonly text: string;
	/** Where `text` starts in the note, and its column. */
	readonly start: number;
	readonly col: number;
	readonly number: number;
}

interface OpenItem {
	readonly item: ListItemCache;
	/** Column where the item's content starts: a line indented this far belongs to it. */
	readonly contentCol: number;
	endOffset: number;
}

/** As in CommonMark, another bullet character or ordered delimiter starts another list. */
function listKind(marker: string): string {
	return /\d/.test(marker) ? marker.slice(-1) : marker;
}

function* bodyLines(content: string, bodyStart: number, lines: LineIndex): Generator<Line> {
	const hidden = content.replace(HTML_COMMENT, (match) => match.replace(/[^\n]/g, " ")).replace(PERCENT_COMMENT, (match) => match.replace(/[^\n]/g, " "));
	let start = bodyStart;
	while (start <= hidden.length) {
		const newline = hidden.indexOf("\n", start);
		const end = newline < 0 ? hidden.length : newline;
		const raw = hidden.slice(start, end).replace(/\r$/, "");
		const quote = QUOTE.exec(raw)?.[0] ?? "";
		yield { text: raw.slice(quote.length), start: start + quote.length, col: quote.length, number: lines.loc(start).line };
		if (newline < 0) return;
		start = newline + 1;
	}
}

/**
 * The list items of a note's body as the real cache lists them: each with its
 * position (from its marker, or from its parent's content column when nested, to
 * the end of its last line of text), `parent` (the parent item's line, or minus the
 * list's first line for a top-level item, -1 for a list on line 0), `task` (the character between the
 * brackets of a checkbox) and `id` (a `^block-id` at the end). Items in code fences
 * and comments are not lists. Known differences are in the README.
 */
export function parseListItems(content: string, bodyStart: number, lines: LineIndex): ListItemCache[] {
	const found: ListItemCache[] = [];
	const open: OpenItem[] = [];
	let listStart: number | null = null;
	let kind: string | null = null;
	let fence: string | null = null;
	let blankBefore = false;
	/** Where the blank lines after the innermost item began: a next item of the list ends that item there. */
	let blankStart: number | null = null;
	const close = (): void => {
		for (const entry of open) entry.item.position.end = lines.loc(entry.endOffset);
	};
	const finishList = (): void => {
		close();
		open.length = 0;
		listStart = null;
		kind = null;
	};
	for (const line of bodyLines(content, bodyStart, lines)) {
		const indent = line.text.length - line.text.trimStart().length;
		const innermost = open[open.length - 1];
		if (fence !== null) {
			if (line.text.trim().startsWith(fence) && line.text.trim().replace(/[`~]/g, "") === "") fence = null;
			if (innermost) innermost.endOffset = line.start + line.text.length;
			continue;
		}
		if (line.text.trim() === "") {
			if (!blankBefore) blankStart = line.start - line.col;
			blankBefore = true;
			continue;
		}
		const opening = FENCE.exec(line.text);
		if (opening?.[1]) {
			fence = opening[1];
			if (innermost && indent >= innermost.contentCol - line.col) innermost.endOffset = line.start + line.text.length;
			else finishList();
			blankBefore = false;
			continue;
		}
		const marker = ITEM.exec(line.text);
		if (marker?.[2] !== undefined) {
			const depth = open.length;
			const sameList = depth > 0 && kind === listKind(marker[2]);
			const popped: OpenItem[] = [];
			while (open.length > 0 && (open[open.length - 1]?.contentCol ?? 0) > line.col + indent) popped.push(...open.splice(-1));
			// In a loose list an item runs to the start of the blank line before its next sibling.
			const followsSibling = depth - open.length === 1 || (open.length === 0 && depth === 1);
			if (innermost && sameList && followsSibling && blankBefore && blankStart !== null) innermost.endOffset = blankStart;
			for (const done of popped) done.item.position.end = lines.loc(done.endOffset);
			const parentItem = open[open.length - 1];
			if (!parentItem && (listStart === null || kind !== listKind(marker[2]))) {
				finishList();
				listStart = line.number;
				kind = listKind(marker[2]);
			}
			if (!parentItem) {
				close();
				open.length = 0;
			}
			addItem(line, marker, parentItem, listStart ?? line.number, open, found, lines);
			blankBefore = false;
			continue;
		}
		if (HEADING.test(line.text)) {
			finishList();
			blankBefore = false;
			continue;
		}
		// Text after the item: its continuation when indented under it, or a lazy line straight after it.
		if (innermost && (line.col + indent >= innermost.contentCol || !blankBefore)) {
			innermost.endOffset = line.start + line.text.trimEnd().length;
		} else finishList();
		blankBefore = false;
	}
	finishList();
	return found;
}

function addItem(line: Line, marker: RegExpExecArray, parentItem: OpenItem | undefined, listStart: number, open: OpenItem[], found: ListItemCache[], lines: LineIndex): void {
	const indent = marker[1]?.length ?? 0;
	const contentCol = line.col + indent + (marker[2]?.length ?? 0) + Math.max(1, marker[3]?.length ?? 1);
	const startCol = parentItem ? parentItem.contentCol : line.col;
	const start = line.start - line.col + startCol;
	const end = line.start + line.text.trimEnd().length;
	const content = line.text.slice(contentCol - line.col);
	const item: ListItemCache = { parent: parentItem ? parentItem.item.position.start.line : -Math.max(listStart, 1), position: lines.pos(start, end) };
	const checkbox = CHECKBOX.exec(content);
	if (checkbox?.[1] !== undefined) item.task = checkbox[1];
	const id = BLOCK_ID.exec(content.trimEnd())?.[1];
	if (id !== undefined) item.id = id;
	found.push(item);
	const entry: OpenItem = { item, contentCol, endOffset: end };
	open.push(entry);
	// After a checkbox, a marker starts a list of its own inside the task (numbered_tasks_issue_3481.json).
	const afterBox = checkbox ? content.slice(checkbox[0].length).replace(/^ +/, "") : null;
	if (afterBox !== null && /^(\d{1,9}[.)]|[-*+]) /.test(afterBox)) {
		const nestedCol = contentCol + (content.length - afterBox.length);
		const nested: ListItemCache = { parent: line.number, position: lines.pos(line.start - line.col + nestedCol, end) };
		found.push(nested);
		open.push({ item: nested, contentCol: nestedCol + 2, endOffset: end });
	}
}
