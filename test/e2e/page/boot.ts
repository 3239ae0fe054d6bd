// The browser side of the views page: the fake obsidian module, the built main.js and the
// demo vault, wired up as Obsidian would, with a small toolbar to pick a case and a theme.
// The e2e tests drive it through `window.iptPage`; a person uses the toolbar.
import type { PluginManifest } from "obsidian";
import * as obsidian from "../../fake-obsidian";

type Theme = "light" | "dark";
type PluginModule = { exports: { default?: unknown } };

export interface PageData {
	readonly manifest: PluginManifest;
	/** Vault path to note text. */
	readonly files: Record<string, string>;
	readonly pluginData: Record<string, unknown>;
	readonly theme: Theme;
}

export interface PageApi {
	readonly ready: Promise<void>;
	/** Case notes, by path, with the name the picker shows. */
	cases(): { path: string; label: string }[];
	showNote(path: string): Promise<void>;
	showCaseload(): Promise<void>;
	setTheme(theme: Theme): void;
	/** Clicks the privacy button of the sidebar, as a user would. */
	togglePrivacy(): Promise<void>;
	/** Every notice the plugin has shown. */
	notices(): string[];
	/** The note open in the editor, as the plugin sees it. */
	activeNote(): string | null;
	/** Renders markdown as reading view would, in place of the open note's text, as if it were written in `sourcePath`. */
	renderMarkdown(sourcePath: string, markdown: string): Promise<void>;
	/** Opens a Bases view of the plugin in place of the open note, over a query result of these notes. */
	openBase(viewId: string, paths: string[], config: Record<string, unknown>): Promise<void>;
	/** Runs one of the plugin's commands by its id, as the command palette would. */
	runCommand(id: string): Promise<void>;
	/** A vault file's text, or null when there is none. */
	readFile(path: string): Promise<string | null>;
	/** Writes a new note, as a user typing one would, and lets the index take it in. */
	createNote(path: string, text: string): Promise<void>;
	/** What `obsidian <command> <params>` would print. */
	cli(command: string, params: Record<string, string>): Promise<string>;
}

declare global {
	interface Window {
		__IPT_PAGE__: PageData;
		/** main.js, wrapped by the page as a CommonJS module function. */
		__IPT_MAIN__: (module: PluginModule, exports: PluginModule["exports"], require: (name: string) => unknown) => void;
		iptPage: PageApi;
	}
}

const PLUGIN_ID = "ipt-workbench";
/** Longer than the views' redraw delay. */
const REDRAW_WAIT_MS = 150;

function wait(ms: number): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, ms));
}

function loadMain(): obsidian.PluginClass<obsidian.Plugin> {
	const module: PluginModule = { exports: {} };
	window.__IPT_MAIN__(module, module.exports, (name) => {
		if (name === "obsidian") return obsidian;
		throw new Error(`main.js asked for "${name}", which a plugin cannot have`);
	});
	const plugin = module.exports.default;
	if (typeof plugin !== "function") throw new Error("main.js exports no plugin class");
	return plugin as obsidian.PluginClass<obsidian.Plugin>;
}

function caseNotes(app: obsidian.App): { path: string; label: string }[] {
	return app.vault
		.getMarkdownFiles()
		.filter((file) => app.metadataCache.getFileCache(file)?.frontmatter?.ipt === "case")
		.map((file) => ({ path: file.path, label: file.basename }))
		.sort((a, b) => a.label.localeCompare(b.label));
}

/** The fake's note view keeps the text in memory; the page shows it, so the main area is not blank. */
function showNoteText(app: obsidian.App): void {
	const view = app.workspace.getActiveViewOfType(obsidian.MarkdownView);
	if (!view) return;
	view.contentEl.empty();
	view.contentEl.createEl("pre", { cls: "ipt-demo-note-text", text: view.editor.getValue() });
}

function themeButtonText(theme: Theme): string {
	return theme === "dark" ? "Light theme" : "Dark theme";
}

function buildToolbar(api: PageApi): { select: HTMLSelectElement; theme: HTMLButtonElement } {
	const bar = createDiv({ cls: "ipt-demo-toolbar" });
	document.body.prepend(bar);
	bar.createSpan({ cls: "ipt-demo-title", text: "IPT Workbench demo (fictional cases)" });
	const label = bar.createEl("label", { text: "Case " });
	const select = label.createEl("select", { cls: "dropdown", attr: { "aria-label": "Case" } });
	select.addEventListener("change", () => void api.showNote(select.value));
	bar.createEl("button", { text: "Caseload" }).addEventListener("click", () => void api.showCaseload());
	const theme = bar.createEl("button", { cls: "ipt-demo-theme" });
	theme.addEventListener("click", () => api.setTheme(document.body.hasClass("theme-dark") ? "light" : "dark"));
	return { select, theme };
}

function boot(): PageApi {
	const data = window.__IPT_PAGE__;
	const app = obsidian.createFakeApp({ files: data.files, pluginData: { [PLUGIN_ID]: data.pluginData } });
	const settle = async (): Promise<void> => {
		await app.flush();
		await wait(REDRAW_WAIT_MS);
		await app.flush();
	};
	const runCommand = async (id: string): Promise<void> => {
		if (!(await app.commands.executeCommandByIdAsync(`${PLUGIN_ID}:${id}`))) throw new Error(`the command ${id} did not run`);
		await settle();
	};
	let toolbar: { select: HTMLSelectElement; theme: HTMLButtonElement } | null = null;
	const api: PageApi = {
		ready: Promise.resolve(),
		cases: () => caseNotes(app),
		async showNote(path) {
			const file = app.vault.getFileByPath(path);
			if (!file) throw new Error(`no note at ${path}`);
			await app.workspace.getLeaf(false).openFile(file, { active: true });
			if (toolbar && api.cases().some((c) => c.path === path)) toolbar.select.value = path;
			await settle();
		},
		showCaseload: () => runCommand("open-caseload"),
		setTheme(theme) {
			document.body.toggleClass("theme-dark", theme === "dark");
			document.body.toggleClass("theme-light", theme === "light");
			toolbar?.theme.setText(themeButtonText(theme));
		},
		async togglePrivacy() {
			const button = app.workspace.getLeavesOfType(`${PLUGIN_ID}-sidebar`)[0]?.view.containerEl.querySelector<HTMLElement>(".view-action");
			if (!button) throw new Error("the sidebar has no privacy button");
			button.click();
			await settle();
		},
		notices: () => [...obsidian.Notice.messages],
		activeNote: () => app.workspace.getActiveFile()?.path ?? null,
		async renderMarkdown(sourcePath, markdown) {
			const view = app.workspace.getActiveViewOfType(obsidian.MarkdownView);
			if (!view) throw new Error("no note is open to render into");
			view.contentEl.empty();
			await app.markdownProcessors.render(view.contentEl.createDiv({ cls: "markdown-reading-view" }), markdown, sourcePath);
			await settle();
		},
		async openBase(viewId, paths, config) {
			const view = app.workspace.getActiveViewOfType(obsidian.MarkdownView);
			if (!view) throw new Error("no note is open to show the base in");
			view.contentEl.empty();
			app.bases.open(viewId, paths, config, view.contentEl);
			await settle();
		},
		runCommand,
		async readFile(path) {
			const file = app.vault.getFileByPath(path);
			return file ? app.vault.read(file) : null;
		},
		async createNote(path, text) {
			await app.vault.create(path, text);
			await settle();
		},
		cli: (command, params) => app.cli.run(command, params),
	};
	toolbar = buildToolbar(api);
	api.setTheme(data.theme);
	const { select } = toolbar;
	const start = async (): Promise<void> => {
		app.workspace.on("file-open", () => showNoteText(app));
		await app.loadPlugin(loadMain(), data.manifest);
		await app.workspace.triggerLayoutReady();
		for (const { path, label } of api.cases()) select.createEl("option", { text: label, value: path });
		const first = api.cases()[0];
		if (first) await api.showNote(first.path);
		await runCommand("open-sidebar");
	};
	return { ...api, ready: start() };
}

window.iptPage = boot();
