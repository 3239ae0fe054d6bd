// Vault paths are `/`-separated and relative to the vault root, which is folder "".

export function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash >= 0 ? path.slice(0, slash) : "";
}

export function basenameOf(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/** The folder itself, then each parent up to the root. */
export function* selfAndAncestors(folder: string): Generator<string> {
	let current = folder;
	for (;;) {
		yield current;
		if (current === "") return;
		current = folderOf(current);
	}
}

/** The folder itself or anything below it. */
export function isInFolder(path: string, folder: string): boolean {
	return path === folder || path.startsWith(`${folder}/`);
}
