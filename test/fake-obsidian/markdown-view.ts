import type { EditorPosition } from "obsidian";
import { FileView } from "./file-view";
import type { TFile } from "./files";
import type { WorkspaceLeaf } from "./workspace-leaf";

function comparePositions(a: EditorPosition, b: EditorPosition): number {
	return a.line - b.line || a.ch - b.ch;
}

/**
 * A plain-text stand-in for the CodeMirror editor: the note's text, a cursor and
 * a selection. Edits are saved to the file at once (the app saves a moment later).
 */
export class Editor {
	private text = "";
	private anchor: EditorPosition = { line: 0, ch: 0 };
	private head: EditorPosition = { line: 0, ch: 0 };

	constructor(private readonly save: (text: string) => void) {}

	/** Loads text without saving (the view reading its file). */
	load(text: string): void {
		this.text = text;
	}

	getValue(): string {
		return this.text;
	}

	setValue(content: string): void {
		this.text = content;
		this.save(content);
	}

	lineCount(): number {
		return this.text.split("\n").length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getLine(line: number): string {
		return this.text.split("\n")[line] ?? "";
	}

	posToOffset(pos: EditorPosition): number {
		const lines = this.text.split("\n");
		let offset = 0;
		for (let line = 0; line < Math.min(pos.line, lines.length); line++) offset += (lines[line]?.length ?? 0) + 1;
		return Math.min(offset + pos.ch, this.text.length);
	}

	offsetToPos(offset: number): EditorPosition {
		const before = this.text.slice(0, offset).split("\n");
		return { line: before.length - 1, ch: before[before.length - 1]?.length ?? 0 };
	}

	getCursor(which: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const [from, to] = [this.anchor, this.head].sort(comparePositions) as [EditorPosition, EditorPosition];
		return { from, to, head: this.head, anchor: this.anchor }[which];
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		const position = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.setSelection(position);
	}

	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.anchor = anchor;
		this.head = head ?? anchor;
	}

	getSelection(): string {
		return this.text.slice(this.posToOffset(this.getCursor("from")), this.posToOffset(this.getCursor("to")));
	}

	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
		const start = this.posToOffset(from);
		this.setValue(this.text.slice(0, start) + replacement + this.text.slice(to ? this.posToOffset(to) : start));
	}

	replaceSelection(replacement: string): void {
		const from = this.getCursor("from");
		this.replaceRange(replacement, from, this.getCursor("to"));
		this.setCursor(this.offsetToPos(this.posToOffset(from) + replacement.length));
	}
}

/** The note view, in source mode, with the plain-text `Editor`; it follows changes made to its file elsewhere. */
export class MarkdownView extends FileView {
	editor: Editor;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.editor = new Editor((text) => {
			if (this.file) this.app.track(this.app.vault.modify(this.file, text));
		});
	}

	override onload(): void {
		this.registerEvent(
			this.app.vault.on("modify", (file) => {
				if (file === this.file) this.editor.load(this.app.vault.adapter.readText(file.path));
			}),
		);
	}

	getViewType(): string {
		return "markdown";
	}

	getMode(): "source" | "preview" {
		return "source";
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	setViewData(data: string, _clear: boolean): void {
		this.editor.load(data);
	}

	clear(): void {
		this.editor.load("");
	}

	override async onLoadFile(file: TFile): Promise<void> {
		this.editor.load(await this.app.vault.read(file));
	}
}
