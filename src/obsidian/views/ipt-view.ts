import { ItemView, setIcon, type Events, type PaneType, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { isPlainObject } from "../../domain/settings/read-field";
import { nextSort, type CaseloadColumn } from "../../domain/views/caseload-model";
import { DEFAULT_CASELOAD_STATE, readCaseloadState, type CaseloadState } from "../../domain/views/caseload-state";
import { previewNoteLinks } from "../hover/page-preview";
import { INDEX_CHANGED_EVENT } from "../index/index-sync";
import type { Workbench } from "../workbench";
import { placeIn, restorePlace } from "./keep-place";
import { noteOpener } from "./open-note";
import { RedrawScheduler } from "./redraw-scheduler";
import { caseloadCards, renderCaseloadCards } from "./render/caseload-cards";
import { renderCaseloadControls } from "./render/caseload-controls";
import { caseloadTableRows, focusSortButton, renderCaseloadSafety, renderCaseloadTable } from "./render/caseload-table";
import type { OpenNote } from "./render/note-link";
import { caseloadModelFor } from "./view-data";

/** Below this width (px) the caseload's ten columns would scroll sideways: it becomes one card per client. */
export const CARDS_BELOW_PX = 420;

/** Long enough to fold the `active-leaf-change` and `file-open` of one switch, short enough to feel immediate. */
const REDRAW_DELAY_MS = 50;

/**
 * What the sidebar and the caseload share: debounced redraws only while shown, the
 * privacy button, opening notes, and the caseload table with its sort.
 */
export abstract class IptView extends ItemView {
	private readonly scheduler: RedrawScheduler;
	private privacyButton: HTMLElement | null = null;
	private caseload: CaseloadState = DEFAULT_CASELOAD_STATE;
	/** The layout of the last draw, so that a resize redraws only when it crosses CARDS_BELOW_PX. */
	private drewCards = false;
	/** The caseload's rows and cards, kept by case across redraws so that only a changed case's is redrawn. */
	private readonly tableRows = caseloadTableRows((path, event) => this.openNote(path, event));
	private readonly cards = caseloadCards((path, event) => this.openNote(path, event));

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

	/** Kept in the workspace layout, so the caseload's sort and filter survive a reload. */
	override getState(): Record<string, unknown> {
		return { ...super.getState(), caseload: this.caseload };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		if (isPlainObject(state) && "caseload" in state) this.caseload = readCaseloadState(state.caseload);
		await super.setState(state, result);
		this.requestRedraw();
	}

	/** Redraws at once and asks Obsidian to save the layout, which holds getState. */
	protected stateChanged(): void {
		this.app.workspace.requestSaveLayout();
		this.scheduler.drawNow();
	}

	protected override onClose(): Promise<void> {
		this.scheduler.cancel();
		return Promise.resolve();
	}

	override onResize(): void {
		if (this.wantsCards() !== this.drewCards) this.scheduler.drawNow();
		else this.scheduler.shown();
	}

	/** The pane's width; 0 while it is not laid out (hidden), which keeps the table. */
	private wantsCards(): boolean {
		const width = this.contentEl.clientWidth;
		return width > 0 && width < CARDS_BELOW_PX;
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
		const model = caseloadModelFor(this.workbench, this.caseload);
		renderCaseloadSafety(root, model, this.openNote);
		intro?.(root);
		const cards = this.wantsCards();
		this.drewCards = cards;
		renderCaseloadControls(root, model, cards, {
			filterBy: (filter) => this.changeCaseload({ filter }, ".ipt-caseload-filter select"),
			sort: (sort) => this.changeCaseload({ sort }, ".ipt-caseload-sort select"),
		});
		const actions = {
			open: this.openNote,
			sortBy: (column: CaseloadColumn) => {
				this.changeCaseload({ sort: nextSort(this.caseload.sort, column) });
				focusSortButton(this.contentEl, column);
			},
		};
		if (cards) renderCaseloadCards(root, model, actions, this.cards);
		else renderCaseloadTable(root, model, actions, this.tableRows);
	}

	/** `refocus` names the control to give the keyboard focus back to, which the redraw replaced. */
	private changeCaseload(change: Partial<CaseloadState>, refocus?: string): void {
		this.caseload = { ...this.caseload, ...change };
		this.stateChanged();
		if (refocus !== undefined) this.contentEl.querySelector<HTMLElement>(refocus)?.focus();
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
