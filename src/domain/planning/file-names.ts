// Where the case commands put new notes. Paths are vault-relative and `/`-separated;
// the plugin passes each through normalizePath before it writes. A case's member notes
// go in subfolders of the folder that holds its case note ("" for the vault root).

/** Characters that some file system, or Obsidian's links, cannot hold in a file name. */
const UNSAFE = /[\\/:*?"<>|#^[\]]/g;
const CONTROL = /\p{Cc}/gu;

/**
 * A name usable as a file or folder name: the unsafe characters go, runs of spaces
 * become one, and leading dots go too (a dot file is hidden from the vault). May be
 * empty when nothing usable was given.
 */
export function safeFileName(name: string): string {
	return name
		.replace(UNSAFE, " ")
		.replace(CONTROL, " ")
		.replace(/\s+/g, " ")
		.trim()
		.replace(/^\.+/, "")
		.trim();
}

/** `Session 07.md`: two digits at least, so a folder lists sessions in order. */
export function sessionFileName(session: number): string {
	return `Session ${String(session).padStart(2, "0")}.md`;
}

function join(...parts: string[]): string {
	return parts.filter((part) => part !== "").join("/");
}

/** `<casesFolder>/<client>/<client>.md`, the client's folder named from the code. */
export function caseNotePath(casesFolder: string, clientCode: string): string {
	const name = safeFileName(clientCode);
	return join(casesFolder, name, `${name}.md`);
}

export type MemberFolder = "People" | "Events" | "Sessions";

function memberPath(caseFolder: string, folder: MemberFolder, fileName: string): string {
	return join(caseFolder, folder, fileName);
}

export function sessionPath(caseFolder: string, session: number): string {
	return memberPath(caseFolder, "Sessions", sessionFileName(session));
}

export function personPath(caseFolder: string, name: string): string {
	return memberPath(caseFolder, "People", `${safeFileName(name)}.md`);
}

/** `Events/<date> <title>.md`; the title is what happened, in a word or a few. */
export function eventPath(caseFolder: string, date: string, title: string): string {
	return memberPath(caseFolder, "Events", `${safeFileName(`${date} ${title}`)}.md`);
}
