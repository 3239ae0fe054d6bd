// What the view tests share: the plugin started on a vault, the sidebar and caseload
// opened by their commands, and waits long enough for a debounced redraw.
import manifest from "../../manifest.json";
import IptWorkbenchPlugin from "../../src/obsidian/main";
import { DEMO_VAULT, readVaultFiles } from "../e2e/page/vault-files.cjs";
import { createFakeApp, type App, type FakeAppOptions, type WorkspaceLeaf } from "../fake-obsidian";

/** The demo vault's notes, by vault path. */
export function demoVaultFiles(): Record<string, string> {
	return readVaultFiles(DEMO_VAULT);
}

/** Longer than the views' redraw delay (50 ms). */
export const REDRAW_WAIT_MS = 120;
/** Longer than the index's change notice (300 ms) plus a redraw. */
export const INDEX_WAIT_MS = 450;

export function wait(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `plugin` is the plugin built from src/ unless a test gives another build of it. */
export async function startWorkbench(options: FakeAppOptions, plugin: typeof IptWorkbenchPlugin = IptWorkbenchPlugin): Promise<App> {
	const app = createFakeApp(options);
	await app.loadPlugin(plugin, manifest);
	await app.workspace.triggerLayoutReady();
	return app;
}

export async function settle(app: App, ms = REDRAW_WAIT_MS): Promise<void> {
	await app.flush();
	await wait(ms);
	await app.flush();
}

async function runCommand(app: App, id: string): Promise<void> {
	if (!(await app.commands.executeCommandByIdAsync(`${manifest.id}:${id}`))) throw new Error(`command ${id} did not run`);
	await settle(app);
}

function onlyLeaf(app: App, type: string): WorkspaceLeaf {
	const [leaf, ...others] = app.workspace.getLeavesOfType(type);
	if (!leaf || others.length > 0) throw new Error(`expected one ${type} leaf`);
	return leaf;
}

export async function openSidebar(app: App): Promise<WorkspaceLeaf> {
	await runCommand(app, "open-sidebar");
	return onlyLeaf(app, "ipt-workbench-sidebar");
}

export async function openCaseload(app: App): Promise<WorkspaceLeaf> {
	await runCommand(app, "open-caseload");
	return onlyLeaf(app, "ipt-workbench-caseload");
}

/** Opens a note in the main area as a user would, and lets the views catch up. */
export async function showNote(app: App, path: string): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no note at ${path}`);
	await app.workspace.setActiveFile(file);
	await settle(app);
}

/** The root a view drew (redraws replace it). */
export function viewRoot(leaf: WorkspaceLeaf): HTMLElement {
	const root = leaf.view.containerEl.querySelector<HTMLElement>(".ipt-workbench-view");
	if (!root) throw new Error("the view has drawn nothing");
	return root;
}

export function section(leaf: WorkspaceLeaf, name: string): HTMLElement {
	const found = viewRoot(leaf).querySelector<HTMLElement>(`.ipt-${name}`);
	if (!found) throw new Error(`no ${name} section`);
	return found;
}

export function texts(parent: Element, selector: string): string[] {
	return Array.from(parent.querySelectorAll(selector)).map((el) => el.textContent ?? "");
}

/** Counts redraws: each one puts a new root into the view's content element. */
export function countRedraws(leaf: WorkspaceLeaf): { readonly count: number; stop(): void } {
	let count = 0;
	const content = leaf.view.containerEl.querySelector(".view-content");
	if (!content) throw new Error("the view has no content element");
	const observer = new MutationObserver((records) => {
		for (const record of records) count += Array.from(record.addedNodes).filter((node) => node.instanceOf(HTMLElement) && node.hasClass("ipt-workbench-view")).length;
	});
	observer.observe(content, { childList: true });
	return {
		get count() {
			return count;
		},
		stop: () => observer.disconnect(),
	};
}

/** What a view shows: each text node, and the attributes a tooltip or screen reader reads. */
export function shownStrings(root: Element): string[] {
	const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const strings: string[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) strings.push(node.textContent ?? "");
	for (const el of Array.from(root.querySelectorAll("[title], [aria-label]"))) strings.push(el.getAttribute("title") ?? "", el.getAttribute("aria-label") ?? "");
	return strings;
}

/** The names among `names` that a view shows as words. */
export function namesShown(root: Element, names: readonly string[]): string[] {
	const shown = shownStrings(root).join("\n");
	return names.filter((name) => new RegExp(`(^|[^\\p{L}])${name}([^\\p{L}]|$)`, "u").test(shown));
}
