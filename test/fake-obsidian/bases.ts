import type { BasesPropertyId, BasesViewRegistration } from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import { createDiv } from "./dom";
import type { TFile } from "./files";

/** The Bases core plugin's controller of one open base: the views it hosts live and die with it. */
export class QueryController extends Component {
	constructor(readonly app: App) {
		super();
	}
}

/** A row of a query result: a note and its properties (`note.x` from the frontmatter, `file.x` from the file). */
export class BasesEntry {
	constructor(
		private readonly app: App,
		readonly file: TFile,
	) {}

	/** Plain values stand in for the app's `Value` objects: the fake has no formula engine. */
	getValue(propertyId: BasesPropertyId): unknown {
		const [type, name] = [propertyId.slice(0, propertyId.indexOf(".")), propertyId.slice(propertyId.indexOf(".") + 1)];
		if (type === "file") return name === "path" ? this.file.path : name === "name" ? this.file.basename : null;
		if (type === "note") return (this.app.metadataCache.getFileCache(this.file)?.frontmatter)?.[name] ?? null;
		return null;
	}
}

export class BasesQueryResult {
	constructor(readonly data: BasesEntry[]) {}
}

/** A view's saved options, as the `.base` file keeps them. */
export class BasesViewConfig {
	constructor(
		readonly name: string,
		private readonly values: Record<string, unknown>,
	) {}

	get(key: string): unknown {
		return this.values[key];
	}

	set(key: string, value: unknown): void {
		if (value === null) delete this.values[key];
		else this.values[key] = value;
	}
}

export abstract class BasesView extends Component {
	abstract type: string;
	app: App;
	config: BasesViewConfig = new BasesViewConfig("", {});
	data: BasesQueryResult = new BasesQueryResult([]);

	protected constructor(controller: QueryController) {
		super();
		this.app = controller.app;
	}

	abstract onDataUpdated(): void;
}

/** What a test opens: a base showing one view over a query result. */
export interface OpenBase {
	readonly controller: QueryController;
	readonly containerEl: HTMLElement;
	readonly view: BasesView;
	/** A new query result (the user edited a filter, a note changed): the view is told. */
	update(paths: readonly string[]): void;
	close(): void;
}

/**
 * The Bases core plugin, reduced to what a view of a plugin meets: its registration,
 * options, a query result of entries and `onDataUpdated`. Not modelled: filters,
 * formulas, sorting, grouping and summaries (a test gives the result rows itself), and
 * `Value` objects (entries return plain frontmatter values). `enabled: false` is a vault
 * with Bases turned off, where `registerBasesView` returns false.
 */
export class Bases {
	enabled = true;
	private readonly views = new Map<string, BasesViewRegistration>();

	constructor(private readonly app: App) {}

	register(viewId: string, registration: BasesViewRegistration): boolean {
		if (!this.enabled) return false;
		if (this.views.has(viewId)) throw new Error(`A Bases view "${viewId}" is already registered`);
		this.views.set(viewId, registration);
		return true;
	}

	unregister(viewId: string): void {
		this.views.delete(viewId);
	}

	registration(viewId: string): BasesViewRegistration | undefined {
		return this.views.get(viewId);
	}

	/** Test helper: opens the view over the notes at `paths`, with the options `config` holds, in `parent`. */
	open(viewId: string, paths: readonly string[], config: Record<string, unknown> = {}, parent: HTMLElement = document.body): OpenBase {
		const registration = this.views.get(viewId);
		if (!registration) throw new Error(`No Bases view "${viewId}" is registered`);
		const controller = new QueryController(this.app);
		const containerEl = createDiv({ cls: "bases-view", parent });
		const result = (list: readonly string[]): BasesQueryResult =>
			new BasesQueryResult(
				list.map((path) => {
					const file = this.app.vault.getFileByPath(path);
					if (!file) throw new Error(`no note at ${path}`);
					return new BasesEntry(this.app, file);
				}),
			);
		const view = (registration.factory as unknown as (controller: QueryController, el: HTMLElement) => BasesView)(controller, containerEl);
		view.config = new BasesViewConfig(registration.name, { ...config });
		view.data = result(paths);
		controller.addChild(view);
		controller.load();
		view.onDataUpdated();
		return {
			controller,
			containerEl,
			view,
			update: (next) => {
				view.data = result(next);
				view.onDataUpdated();
			},
			close: () => {
				controller.unload();
				containerEl.detach();
			},
		};
	}
}
