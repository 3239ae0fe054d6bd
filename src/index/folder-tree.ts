import { folderOf } from "./paths";
import { MultiMap } from "./multimap";

/**
 * The folders that hold IPT notes, as a tree, so that a case note added or removed in
 * one folder touches only the notes below it rather than the whole vault.
 */
export class FolderTree {
	private readonly children = new MultiMap<string, string>();
	private readonly known = new Set<string>([""]);

	add(folder: string): void {
		let current = folder;
		while (!this.known.has(current)) {
			this.known.add(current);
			const parent = folderOf(current);
			this.children.add(parent, current);
			current = parent;
		}
	}

	/** The folder and every folder below it. */
	*subtree(folder: string): Generator<string> {
		const stack = [folder];
		for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
			yield next;
			for (const child of this.children.get(next)) stack.push(child);
		}
	}
}
