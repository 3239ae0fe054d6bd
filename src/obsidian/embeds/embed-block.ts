import { MarkdownRenderChild, type Events, type HoverParent, type HoverPopover } from "obsidian";
import type { BlockOptions, EmbedKind } from "../../domain/embeds/block-options";
import { DEFAULT_CASELOAD_SORT, nextSort, type CaseloadSort } from "../../domain/views/caseload-model";
import { previewNoteLinks } from "../hover/page-preview";
import { INDEX_CHANGED_EVENT } from "../index/index-sync";
import type { Workbench } from "../workbench";
import { noteOpener } from "../views/open-note";
import { RedrawScheduler } from "../views/redraw-scheduler";
import { focusSortButton } from "../views/render/caseload-table";
import { OpenFolds } from "../views/render/fold";
import { OpenWhys } from "../views/render/why";
import { sidebarModelFor } from "../views/view-data";
import { blockCase } from "./block-case";
import { drawCaseloadEmbed, drawCaseEmbed } from "./draw-embed";
import { renderBlockProblem } from "./block-problem";

/** As the views: folds one burst of index changes into one redraw. */
const REDRAW_DELAY_MS = 50;

/**
 * One IPT code block in a rendered note. It draws at once (a PDF export renders off
 * screen and does not wait), then redraws only while shown and only when its case, or
 * any case for the caseload, changed. The app unloads it when the note is rendered anew.
 */
export class EmbedBlock extends MarkdownRenderChild implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	private readonly scheduler: RedrawScheduler;
	private readonly folds = new OpenFolds();
	private readonly whys = new OpenWhys();
	private readonly open;
	private caseloadSort: CaseloadSort = DEFAULT_CASELOAD_SORT;
	/** The case drawn last; null when the block drew the caseload or a problem. */
	private shownCase: string | null = null;

	constructor(
		containerEl: HTMLElement,
		private readonly workbench: Workbench,
		private readonly kind: EmbedKind,
		private readonly options: BlockOptions,
		private readonly sourcePath: string,
	) {
		super(containerEl);
		this.open = noteOpener(workbench.app, false);
		this.scheduler = new RedrawScheduler(() => this.containerEl.isShown(), () => this.draw(), REDRAW_DELAY_MS);
	}

	override onload(): void {
		const { workspace } = this.workbench.app;
		// The index's own event: the workspace's typed overloads do not know it, its Events base does.
		const events: Events = workspace;
		this.registerEvent(
			events.on(INDEX_CHANGED_EVENT, (changed: unknown) => {
				if (changed instanceof Set && this.affectedBy(changed as ReadonlySet<string>)) this.scheduler.request();
			}),
		);
		this.registerEvent(workspace.on("layout-change", () => this.scheduler.shown()));
		previewNoteLinks(this.containerEl, this.workbench, this);
		this.draw();
	}

	override onunload(): void {
		this.scheduler.cancel();
	}

	/** A block without its case yet may find it in any change: the note joined a case, or the named case appeared. */
	private affectedBy(changed: ReadonlySet<string>): boolean {
		return this.kind === "caseload" || this.shownCase === null || changed.has(this.shownCase);
	}

	private draw(): void {
		this.containerEl.empty();
		const root = this.containerEl.createDiv({ cls: ["ipt-workbench-view", "ipt-embed", `ipt-embed-${this.kind}`] });
		root.toggleClass("is-privacy-mode", this.workbench.settings.privacyMode);
		this.shownCase = null;
		if (this.kind === "caseload") {
			drawCaseloadEmbed(root, this.workbench, this.caseloadSort, this.open, (column) => {
				this.caseloadSort = nextSort(this.caseloadSort, column);
				this.draw();
				focusSortButton(this.containerEl, column);
			});
			return;
		}
		const found = blockCase(this.workbench, this.options.caseName, this.sourcePath);
		if ("problem" in found) {
			renderBlockProblem(root, this.kind, this.sourcePath, found.problem);
			return;
		}
		const model = sidebarModelFor(this.workbench, found.casePath);
		if (!model) {
			renderBlockProblem(root, this.kind, this.sourcePath, `The case note ${found.casePath} is no longer a case.`);
			return;
		}
		this.shownCase = found.casePath;
		const { kind, whys } = this;
		whys.redraw(found.casePath, () => drawCaseEmbed(root, kind, model, { open: this.open, folds: this.folds, whys }));
	}
}
