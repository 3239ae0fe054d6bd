// What the case-command tests share: a small vault with one case, the plugin started
// on it, and the modals worked through their DOM as a user would.
import { type App, click, enterText, chooseValue, Notice, type TFile } from "../fake-obsidian";
import { PLUGIN_ID, startPlugin } from "./settings-support";

/** The date the tests run on; `today` in every note the commands write. */
export const TODAY = "2026-06-03";

export const CASE_PATH = "IPT/Jo R/Jo R.md";

export const CASE_NOTE = `---
ipt: case
client: Jo R
protocol: standard
onset: 2026-01-10
measure: phq9
---
# Jo R

What Jo said first.
`;

export function session(n: number, extra = ""): string {
	return `---\nipt: session\nsession: ${n}\ndate: 2026-0${Math.min(5, 1 + Math.floor(n / 4))}-${String(10 + n).padStart(2, "0")}\n${extra}---\n# Session ${n}\n\nNotes of session ${n}.\n`;
}

/** A case with a strong role dispute (Ann), a recent transition and six sessions. */
export const CASE_FILES: Record<string, string> = {
	[CASE_PATH]: CASE_NOTE,
	"IPT/Jo R/People/Ann.md": "---\nipt: person\nrole: mother\ncircle: 1\nconflict: 3\ndispute_stage: impasse\n---\n",
	"IPT/Jo R/People/Ben.md": "---\nipt: person\nrole: friend\ncircle: 2\nsupport: 3\n---\n",
	"IPT/Jo R/Events/2025-12-01 Made redundant.md": "---\nipt: event\ndate: 2025-12-01\ntype: job-loss\n---\n",
	...Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`IPT/Jo R/Sessions/Session 0${n}.md`, session(n)])),
	"IPT/Jo R/Sessions/Session 06.md": session(6, "focus: [role-dispute]\nhomework:\n  - Call Ann on Sunday\n  - Walk with Ben\n"),
	"Other/Shopping.md": "# Not an IPT note\n",
};

/** Pins the clock's date (only `Date`: the fake's timers stay real). */
export function pinToday(): void {
	jest.useFakeTimers({
		now: new Date(2026, 5, 3, 10, 0, 0),
		doNotFake: ["hrtime", "nextTick", "performance", "queueMicrotask", "requestAnimationFrame", "cancelAnimationFrame", "requestIdleCallback", "cancelIdleCallback", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"],
	});
}

/** The plugin loaded on a vault, the layout ready and the index built. */
export async function startVault(files: Record<string, string> = CASE_FILES, pluginData?: Record<string, unknown>): Promise<App> {
	const { app } = await startPlugin({ files, ...(pluginData === undefined ? {} : { pluginData: { [PLUGIN_ID]: pluginData } }) });
	await app.workspace.triggerLayoutReady();
	return app;
}

export function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (file === null) throw new Error(`no file at ${path}`);
	return file;
}

export async function openNote(app: App, path: string): Promise<void> {
	await app.workspace.setActiveFile(fileAt(app, path));
	await app.flush();
}

export async function runCommand(app: App, id: string): Promise<void> {
	const ran = await app.commands.executeCommandByIdAsync(`${PLUGIN_ID}:${id}`);
	if (!ran) throw new Error(`the command ${id} did not run`);
	await app.flush();
}

/** Whether the command palette offers the command now (the app asks its check callback). */
export function isOffered(app: App, id: string): boolean {
	return app.commands.isAvailable(`${PLUGIN_ID}:${id}`);
}

/**
 * Runs a command the palette would not offer, as another plugin calling it by id
 * would: its check callback with `checking: false`. The command must say why it does nothing.
 */
export async function runUnoffered(app: App, id: string): Promise<void> {
	const command = app.commands.findCommand(`${PLUGIN_ID}:${id}`);
	if (!command?.checkCallback) throw new Error(`the command ${id} has no check callback`);
	expect(command.checkCallback(true)).toBe(false);
	command.checkCallback(false);
	await app.flush();
}

export function textOf(app: App, path: string): string {
	return app.vault.adapter.readText(path);
}

/** The note's properties as Obsidian's cache reads them. */
export function propertiesOf(app: App, path: string): Record<string, unknown> | undefined {
	return app.metadataCache.getFileCache(fileAt(app, path))?.frontmatter;
}

/** The body after the frontmatter. */
export function bodyOf(app: App, path: string): string {
	return textOf(app, path).replace(/^---\n[\s\S]*?\n---\n/, "");
}

/** Obsidian's settings window is a modal container too; the commands' modals are the others. */
const COMMAND_MODAL = ".modal-container:not(.mod-settings) .modal";

/** The open modal; fails when none is open. */
export function modal(): HTMLElement {
	const found = document.querySelector<HTMLElement>(COMMAND_MODAL);
	if (!found) throw new Error("no modal is open");
	return found;
}

export function isModalOpen(): boolean {
	return document.querySelector(COMMAND_MODAL) !== null;
}

/** The form control labelled `label` in the open modal. */
export function field<T extends HTMLElement = HTMLInputElement>(label: string): T {
	const found = modal().querySelector<T>(`[aria-label="${label}"]`);
	if (!found) throw new Error(`no field labelled "${label}"`);
	return found;
}

export function type(label: string, value: string): void {
	enterText(field(label), value);
}

export function choose(label: string, value: string): void {
	chooseValue(field<HTMLSelectElement>(label), value);
}

export function tick(el: HTMLInputElement): void {
	click(el);
}

/** The message shown beside the field labelled `label`. */
export function messageFor(label: string): string {
	const id = field(label).getAttribute("aria-describedby");
	return id === null ? "" : (document.getElementById(id)?.textContent ?? "");
}

/** Presses a key in `el` (the focused field when not given) and lets the app settle. */
export async function press(app: App, key: string, el: Element | null = document.activeElement): Promise<void> {
	if (!el) throw new Error("nothing has the focus");
	el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
	await app.flush();
}

/** Clicks the modal's button named `text` and lets the app settle. */
export async function clickButton(app: App, text: string): Promise<void> {
	const button = Array.from(modal().querySelectorAll("button")).find((el) => el.textContent === text);
	if (!button) throw new Error(`no button "${text}"`);
	click(button);
	await app.flush();
}

export function notices(): string[] {
	return [...Notice.messages];
}

export function resetUi(): void {
	Notice.reset();
	document.body.empty();
}

/** The files under `folder`, by their paths inside it, sorted: what an export wrote. */
export function filesIn(app: App, folder: string): string[] {
	return app.vault
		.getFiles()
		.filter((file) => file.path.startsWith(`${folder}/`))
		.map((file) => file.path.slice(folder.length + 1))
		.sort();
}
