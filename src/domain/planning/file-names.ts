// Where the case commands put new notes. Paths are vault-relative and `/`-separated;
// the plugin passes each through normalizePath before it writes. A case's member notes
// go in subfolders of the folder that holds its case note ("" for the vault root).
import { unicodePattern } from "../model/unicode-pattern";

/** Characters that some file system, or Obsidian's links, cannot hold in a file name. */
const UNSAFE = /[\\/:*?"<>|#^[\]]/g;
const CONTROL = unicodePattern(String.raw`\p{Cc}`, "g");
/** Names Windows keeps for devices, even with an extension after them (`Con.md`). */
const DEVICE_NAME = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(?=\.|$)/i;
/** File systems take 255 bytes in a name; this leaves room for `.md` and a suffix. */
const MAX_NAME_BYTES = 200;

function utf8Length(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** The name cut to MAX_NAME_BYTES, never inside a character. */
function shortened(name: string): string {
	let out = "";
	let bytes = 0;
	for (const char of name) {
		bytes += utf8Length(char);
		if (bytes > MAX_NAME_BYTES) break;
		out += char;
	}
	return out;
}

/**
 * A name usable as a file or folder name on every platform: the unsafe characters go,
 * runs of spaces become one, leading dots go (a dot file is hidden from the vault) and
 * trailing dots too (Windows drops them), a long name is cut short, and a Windows
 * device name gets a `_`. May be empty when nothing usable was given.
 */
export function safeFileName(name: string): string {
	const cleaned = name.replace(UNSAFE, " ").replace(CONTROL(), " ").replace(/\s+/g, " ").replace(/^[. ]+/, "");
	return shortened(cleaned).replace(/[. ]+$/, "").replace(DEVICE_NAME, "$1_");
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
