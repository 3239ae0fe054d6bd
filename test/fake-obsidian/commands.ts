import type { Hotkey } from "obsidian";
import type { App } from "./app";
import type { Editor, MarkdownView } from "./markdown-view";
import { Platform } from "./platform";

/** Obsidian's Command, with the fake's editor and view types. */
export interface Command {
	id: string;
	name: string;
	icon?: string;
	mobileOnly?: boolean;
	repeatable?: boolean;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: Editor, ctx: MarkdownView) => unknown;
	editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
	hotkeys?: Hotkey[];
}

/**
 * The command registry (`app.commands` in the real app, which is not in the
 * public API). Editor commands need an active note view; check callbacks are
 * asked with `checking: true` first, as the palette does.
 */
export class Commands {
	readonly commands: Record<string, Command> = {};

	constructor(private readonly app: App) {}

	addCommand(command: Command): void {
		this.commands[command.id] = command;
	}

	removeCommand(id: string): void {
		delete this.commands[id];
	}

	findCommand(id: string): Command | undefined {
		return this.commands[id];
	}

	listCommands(): Command[] {
		return Object.values(this.commands);
	}

	/** Whether the palette would offer the command now. */
	isAvailable(id: string): boolean {
		return this.run(id, true).ran;
	}

	/** Runs the command as the palette would; false when it is not available. */
	executeCommandById(id: string): boolean {
		return this.run(id, false).ran;
	}

	/** Test helper: `executeCommandById`, then waits for a callback that returned a promise. */
	async executeCommandByIdAsync(id: string): Promise<boolean> {
		const { ran, result } = this.run(id, false);
		await result;
		return ran;
	}

	private run(id: string, checking: boolean): { ran: boolean; result?: unknown } {
		const command = this.commands[id];
		if (!command || (command.mobileOnly && !Platform.isMobile)) return { ran: false };
		if (command.editorCheckCallback || command.editorCallback) {
			const view = this.app.workspace.activeEditor;
			if (!view) return { ran: false };
			if (command.editorCheckCallback) {
				if (!command.editorCheckCallback(true, view.editor, view)) return { ran: false };
				return { ran: true, result: checking ? undefined : command.editorCheckCallback(false, view.editor, view) };
			}
			return { ran: true, result: checking ? undefined : command.editorCallback?.(view.editor, view) };
		}
		if (command.checkCallback) {
			if (!command.checkCallback(true)) return { ran: false };
			return { ran: true, result: checking ? undefined : command.checkCallback(false) };
		}
		if (!command.callback) return { ran: false };
		return { ran: true, result: checking ? undefined : command.callback() };
	}
}
