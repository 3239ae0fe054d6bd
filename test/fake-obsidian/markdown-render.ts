import type { MarkdownPostProcessor, MarkdownPostProcessorContext, MarkdownSectionInformation } from "obsidian";
import { Component } from "./component";
import { createDiv } from "./dom";
import { getFrontMatterInfo } from "./frontmatter";
import { parseYaml } from "./yaml";

/** Obsidian's MarkdownRenderChild: unloaded when the rendering that holds its element is replaced. */
export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: FakeContext) => Promise<unknown> | void;

/** The real context's `addChild` takes the real MarkdownRenderChild; the fake's is a fake Component. */
type FakeContext = Omit<MarkdownPostProcessorContext, "addChild"> & { addChild(child: Component): void };

interface FencedBlock {
	readonly language: string;
	readonly source: string;
	readonly lineStart: number;
	readonly lineEnd: number;
}

const FENCE = /^(`{3,}|~{3,})\s*(\S*)\s*$/;

/** Fenced code blocks of a note, as the app's markdown parser finds them (no nesting in lists or quotes). */
function fencedBlocks(text: string): FencedBlock[] {
	const lines = text.split("\n");
	const blocks: FencedBlock[] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = FENCE.exec(lines[i] ?? "");
		if (!open?.[1]) continue;
		const fence = open[1];
		let end = i + 1;
		while (end < lines.length && !(lines[end] ?? "").trim().startsWith(fence)) end++;
		blocks.push({ language: open[2] ?? "", source: lines.slice(i + 1, end).join("\n"), lineStart: i, lineEnd: Math.min(end, lines.length - 1) });
		i = end;
	}
	return blocks;
}

/**
 * One rendering of a note (reading view, live preview, a PDF export): each fenced block
 * whose language has a processor becomes a `div.block-language-<lang>` handed to it.
 * `unload` replaces the rendering as the app does when the note is re-rendered or closed:
 * the elements leave the document and every child added through the context unloads.
 */
export class MarkdownRendering extends Component {
	readonly el: HTMLElement;

	constructor(
		parent: HTMLElement,
		private readonly text: string,
		private readonly sourcePath: string,
		private readonly processors: ReadonlyMap<string, CodeBlockHandler>,
	) {
		super();
		this.el = createDiv({ cls: "markdown-preview-section", parent });
	}

	/** Runs the processors and waits for async ones. */
	async render(): Promise<void> {
		this.load();
		const info = getFrontMatterInfo(this.text);
		const frontmatter: unknown = info.exists ? parseYaml(info.frontmatter) : null;
		const work: Promise<unknown>[] = [];
		for (const block of fencedBlocks(this.text)) {
			const handler = this.processors.get(block.language);
			const el = createDiv({ cls: `block-language-${block.language}`, parent: this.el });
			if (!handler) {
				el.createEl("pre").createEl("code", { text: block.source });
				continue;
			}
			const ctx: FakeContext = {
				docId: `${this.sourcePath}#${block.lineStart}`,
				sourcePath: this.sourcePath,
				frontmatter,
				addChild: (child: Component) => this.addChild(child),
				getSectionInfo: (): MarkdownSectionInformation => ({ text: this.text, lineStart: block.lineStart, lineEnd: block.lineEnd }),
			};
			work.push(Promise.resolve(handler(block.source, el, ctx)));
		}
		await Promise.all(work);
	}

	override onunload(): void {
		this.el.detach();
	}
}

/** The app's registry of code block processors, by language; a second processor for a language throws, as in the app. */
export class MarkdownProcessors {
	private readonly handlers = new Map<string, CodeBlockHandler>();

	register(language: string, handler: CodeBlockHandler): MarkdownPostProcessor {
		if (this.handlers.has(language)) throw new Error(`A code block processor for "${language}" is already registered`);
		this.handlers.set(language, handler);
		const processor: MarkdownPostProcessor = () => undefined;
		return processor;
	}

	unregister(language: string): void {
		this.handlers.delete(language);
	}

	languages(): string[] {
		return [...this.handlers.keys()];
	}

	/** Test helper: renders a note's text into `parent` as reading view would. */
	async render(parent: HTMLElement, text: string, sourcePath: string): Promise<MarkdownRendering> {
		const rendering = new MarkdownRendering(parent, text, sourcePath, this.handlers);
		await rendering.render();
		return rendering;
	}
}
