import { ItemView, setIcon, type Events, type PaneType, type WorkspaceLeaf } from "obsidian";
import { DEFAULT_CASELOAD_SORT, nextSort, type CaseloadSort } from "../../domain/views/caseload-model";
import { previewNoteLinks } from "../hover/page-preview";
import { INDEX_CHANGED_EVENT } from "../index/index-sync";
import type { Workbench } from "../workbench";
import { placeIn, restorePlace } from "./keep-place";
import { noteOpener } from "./open-note";
import { RedrawScheduler } from "./redraw-scheduler";
import { focusSortButton, renderCaseloadSafety, renderCaseloadTable } from "./render/caseload-table";
import type { OpenNote } from "./render/note-link";
import { caseloadModelFor } from "./view-data";

/** Long enough to fold the `active-leaf-change` and `file-open` of one switch, short enough to feel immediate. */
const REDRAW_DELAY_MS = 50;

/**
 * What the sidebar and the caseload share: debounced redraws only while shown, the
 * privacy button, opening notes, and the caseload table with its sort.
 */
export abstract class IptView extends ItemView {
	private readonly scheduler: RedrawScheduler;
	private privacyButton: HTMLElement | null = null;
	private caseloadSort: CaseloadSort = DEFAULT_CASELOAD_SORT;

	constructor(
		leaf: WorkspaceLeaf,
		protected readonly workbench: Workbench,
	) {
		super(leaf);
		this.scheduler = new RedrawScheduler(() => this.containerEl.isShown(), () => this.redraw(), REDRAW_DELAY_MS);
	}

	/** Fills a fresh root element with the view's content. */
	protected abstract draw(root: HTMLElement): void;

	/** Whether a change to these cases alters what the view shows. */
	protected abstract affectedBy(changed: ReadonlySet<string>): boolean;

	/** Where a note opened from this view goes when no modifier key says otherwise. */
	protected abstract readonly defaultPane: PaneType | false;

	protected override onOpen(): Promise<void> {
		this.privacyButton = this.addAction("eye-off", "Hide names", () => {
			void this.workbench.updateSettings({ privacyMode: !this.workbench.settings.privacyMode });
		});
		const { workspace } = this.app;
		// The index's own event: the workspace's typed overloads do not know it, its Events base does.
		const events: Events = workspace;
		this.registerEvent(
			events.on(INDEX_CHANGED_EVENT, (changed: unknown) => {
				if (changed instanceof Set) this.indexChanged(changed as ReadonlySet<string>);
			}),
		);
		this.registerEvent(workspace.on("layout-change", () => this.scheduler.shown()));
		this.registerEvent(workspace.on("resize", () => this.scheduler.shown()));
		previewNoteLinks(this.contentEl, this.workbench, this.leaf);
		this.scheduler.drawNow();
		return Promise.resolve();
	}

	protected override onClose(): Promise<void> {
		this.scheduler.cancel();
		return Promise.resolve();
	}

	override onResize(): void {
		this.scheduler.shown();
	}

	protected requestRedraw(): void {
		this.scheduler.request();
	}

	protected indexChanged(changed: ReadonlySet<string>): void {
		if (this.affectedBy(changed)) this.scheduler.request();
	}

	protected readonly openNote: OpenNote = (path, event) => noteOpener(this.app, this.defaultPane)(path, event);

	/** `intro` draws what heads the table, below the open safety banner that comes first in every view. */
	protected drawCaseload(root: HTMLElement, intro?: (root: HTMLElement) => void): void {
		const model = caseloadModelFor(this.workbench, this.caseloadSort);
		renderCaseloadSafety(root, model, this.openNote);
		intro?.(root);
		renderCaseloadTable(root, model, {
			open: this.openNote,
			sortBy: (column) => {
				this.caseloadSort = nextSort(this.caseloadSort, column);
				this.scheduler.drawNow();
				focusSortButton(this.contentEl, column);
			},
		});
	}

	private redraw(): void {
		const privacy = this.workbench.settings.privacyMode;
		if (this.privacyButton) {
			setIcon(this.privacyButton, privacy ? "eye" : "eye-off");
			this.privacyButton.setAttr("aria-label", privacy ? "Show names" : "Hide names");
			this.privacyButton.toggleClass("is-active", privacy);
		}
		const place = placeIn(this.contentEl);
		this.contentEl.empty();
		const root = this.contentEl.createDiv({ cls: ["ipt-workbench-view", `ipt-${this.getViewType()}`] });
		root.toggleClass("is-privacy-mode", privacy);
		this.draw(root);
		restorePlace(this.contentEl, place);
	}
}
