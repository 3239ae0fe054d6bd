import type { Vault } from "./vault";

interface AssignedWidget {
	name: string;
	widget: string;
}

/**
 * `app.metadataTypeManager` (not in the public API, shape of Obsidian 1.9+): the
 * property types a user chose, kept in the config folder's `types.json` as
 * `{"types": {"key": "type"}}`. Keys match ignoring case, as in the app; `setType`
 * writes the file itself, so a plugin never does.
 */
export class MetadataTypeManager {
	readonly assignedWidgets: Record<string, AssignedWidget> = {};

	constructor(private readonly vault: Vault) {
		const path = this.path;
		if (!vault.adapter.hasFile(path)) return;
		const { types } = JSON.parse(vault.adapter.readText(path)) as { types?: Record<string, string> };
		for (const [name, widget] of Object.entries(types ?? {})) this.assignedWidgets[name.toLowerCase()] = { name, widget };
	}

	private get path(): string {
		return `${this.vault.configDir}/types.json`;
	}

	getAssignedWidget(property: string): string | null {
		return this.assignedWidgets[property.toLowerCase()]?.widget ?? null;
	}

	async setType(property: string, type: string): Promise<void> {
		this.assignedWidgets[property.toLowerCase()] = { name: property, widget: type };
		await this.save();
	}

	async unsetType(property: string): Promise<void> {
		delete this.assignedWidgets[property.toLowerCase()];
		await this.save();
	}

	private async save(): Promise<void> {
		const types = Object.fromEntries(Object.values(this.assignedWidgets).map(({ name, widget }) => [name, widget]));
		// The config folder always exists in a real vault; the fake makes it on first use.
		this.vault.adapter.makeFolder(this.vault.configDir);
		await this.vault.adapter.write(this.path, JSON.stringify({ types }, null, 2));
	}
}
