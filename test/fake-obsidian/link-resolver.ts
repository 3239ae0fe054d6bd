import type { TFile } from "./files";
import { lastSegment, normalizePath, parentPath } from "./paths";

/** Collapses `.` and `..` segments of a link written relative to the note's folder. */
function resolveRelative(folder: string, linkpath: string): string {
	const segments = folder === "/" ? [] : folder.split("/");
	for (const segment of linkpath.split("/")) {
		if (segment === "..") segments.pop();
		else if (segment !== ".") segments.push(segment);
	}
	return segments.join("/");
}

function byDistance(sourceFolder: string): (a: TFile, b: TFile) => number {
	const inSourceFolder = (file: TFile): number => (parentPath(file.path) === sourceFolder ? 0 : 1);
	return (a, b) => inSourceFolder(a) - inSourceFolder(b) || a.path.length - b.path.length || a.path.localeCompare(b.path);
}

/**
 * Obsidian's link resolution over a set of files, case-insensitively: an empty
 * linkpath is the note itself; `./` and `../` links are relative to the note's
 * folder; otherwise an exact vault path wins, then any file whose path ends with
 * the linkpath, the `.md` extension being optional. Among several, the one in
 * the note's own folder, then the shortest path, is chosen.
 */
export class LinkResolver {
	private readonly byPath = new Map<string, TFile>();
	private readonly byName = new Map<string, TFile[]>();

	constructor(files: readonly TFile[]) {
		for (const file of files) {
			this.byPath.set(file.path.toLowerCase(), file);
			const name = file.name.toLowerCase();
			this.byName.set(name, [...(this.byName.get(name) ?? []), file]);
		}
	}

	resolve(linkpath: string, sourcePath: string): TFile | null {
		if (linkpath === "") return this.byPath.get(sourcePath.toLowerCase()) ?? null;
		const sourceFolder = parentPath(sourcePath);
		const relative = linkpath.startsWith("./") || linkpath.startsWith("../");
		const wanted = normalizePath(relative ? resolveRelative(sourceFolder, linkpath) : linkpath).toLowerCase();
		const names = [wanted, `${wanted}.md`];
		const exact = names.map((name) => this.byPath.get(name)).find((file) => file !== undefined);
		if (exact || relative) return exact ?? null;
		const matches = names.flatMap((name) => (this.byName.get(lastSegment(name)) ?? []).filter((file) => file.path.toLowerCase().endsWith(`/${name}`)));
		return matches.sort(byDistance(sourceFolder))[0] ?? null;
	}
}
