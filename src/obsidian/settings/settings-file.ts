import { normalizePath, type Plugin } from "obsidian";

// data.json read through the vault's adapter rather than Plugin.loadData: a file that is
// there but cannot be read must be told apart from no file at all, since the first fails
// closed (privacy mode on, the file kept) and the second is a first start.

export type SettingsFile = { readonly raw: unknown } | { readonly unreadable: string };

function reason(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** The plugin's own folder, where Obsidian keeps its data.json. */
function pluginFolder(plugin: Plugin): string {
	return plugin.manifest.dir ?? normalizePath(`${plugin.app.vault.configDir}/plugins/${plugin.manifest.id}`);
}

/** data.json as written, at its path; null when there is none. Copied as it is into a class vault. */
export async function readSettingsText(plugin: Plugin): Promise<{ path: string; text: string } | null> {
	const path = `${pluginFolder(plugin)}/data.json`;
	const { adapter } = plugin.app.vault;
	return (await adapter.exists(path)) ? { path, text: await adapter.read(path) } : null;
}

/** What data.json holds: its parsed JSON (undefined when there is no file), or why it could not be read. */
export async function readSettingsFile(plugin: Plugin): Promise<SettingsFile> {
	const { adapter } = plugin.app.vault;
	const path = `${pluginFolder(plugin)}/data.json`;
	let text: string;
	try {
		if (!(await adapter.exists(path))) return { raw: undefined };
		text = await adapter.read(path);
	} catch (error) {
		return { unreadable: `The file could not be opened (${reason(error)}).` };
	}
	try {
		return { raw: JSON.parse(text) as unknown };
	} catch (error) {
		return { unreadable: `The file is not valid JSON (${reason(error)}).` };
	}
}

/**
 * Copies data.json, as it is now, beside it: data.json.bak, or data.json.2.bak and so on
 * when an earlier copy is there, which is never replaced. Returns the copy's path, or
 * null when there is no data.json to keep.
 */
export async function backUpSettingsFile(plugin: Plugin): Promise<string | null> {
	const { adapter } = plugin.app.vault;
	const folder = pluginFolder(plugin);
	const path = `${folder}/data.json`;
	if (!(await adapter.exists(path))) return null;
	const text = await adapter.read(path);
	let backup = `${path}.bak`;
	for (let n = 2; await adapter.exists(backup); n++) backup = `${folder}/data.json.${n}.bak`;
	await adapter.write(backup, text);
	return backup;
}
