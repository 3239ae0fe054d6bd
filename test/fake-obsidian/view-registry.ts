import type { View, ViewCreator } from "./view";
import type { WorkspaceLeaf } from "./workspace-leaf";

/** View types by name, and which view opens a file extension (`app.viewRegistry` in the real app). */
export class ViewRegistry {
	private readonly creators = new Map<string, ViewCreator>();
	private readonly extensions = new Map<string, string>();

	registerView(type: string, creator: ViewCreator): void {
		if (this.creators.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.creators.set(type, creator);
	}

	unregisterView(type: string): void {
		this.creators.delete(type);
	}

	isRegistered(type: string): boolean {
		return this.creators.has(type);
	}

	create(type: string, leaf: WorkspaceLeaf): View | null {
		return this.creators.get(type)?.(leaf) ?? null;
	}

	registerExtensions(extensions: string[], viewType: string): void {
		for (const extension of extensions) {
			if (this.extensions.has(extension)) throw new Error(`Attempting to register an existing file extension "${extension}"`);
			this.extensions.set(extension, viewType);
		}
	}

	unregisterExtensions(extensions: string[]): void {
		for (const extension of extensions) this.extensions.delete(extension);
	}

	typeForExtension(extension: string): string | undefined {
		return this.extensions.get(extension);
	}
}
