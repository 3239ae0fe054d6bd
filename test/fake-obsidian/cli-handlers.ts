import type { CliData, CliFlags, CliHandler } from "obsidian";

interface Registered {
	readonly description: string;
	readonly flags: CliFlags | null;
	readonly handler: CliHandler;
}

/**
 * The commands plugins add to the Obsidian CLI (1.12.2). The app's CLI parses
 * `name=value` and bare `name` (as "true") into the handler's params and prints what it
 * returns; `run` stands in for a terminal.
 */
export class CliHandlers {
	private readonly commands = new Map<string, Registered>();

	/** Like the app, a command registered twice throws. */
	register(command: string, description: string, flags: CliFlags | null, handler: CliHandler): void {
		if (this.commands.has(command)) throw new Error(`CLI command "${command}" is already registered`);
		this.commands.set(command, { description, flags, handler });
	}

	unregister(command: string): void {
		this.commands.delete(command);
	}

	list(): { command: string; description: string; flags: CliFlags | null }[] {
		return [...this.commands].map(([command, { description, flags }]) => ({ command, description, flags }));
	}

	/** Test helper: what the terminal would print. An unknown command or a missing required flag is refused before the handler runs. */
	async run(command: string, params: CliData = {}): Promise<string> {
		const registered = this.commands.get(command);
		if (!registered) throw new Error(`Unknown CLI command "${command}"`);
		for (const [name, flag] of Object.entries(registered.flags ?? {})) {
			if (flag.required && !(name in params)) throw new Error(`CLI command "${command}" needs ${name}=`);
		}
		return registered.handler(params);
	}
}
