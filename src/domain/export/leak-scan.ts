// The last check before anything is written: is any known name still in the output?
// It reads every file as a person would (SVG text unescaped), in any letter case and
// with or without accents, so it also catches what the redaction could not see, such
// as a name inside a role label.
import { secretNames, type KnownName } from "../privacy/known-names";
import { foldName } from "../privacy/name-variants";

export interface OutputFile {
	readonly name: string;
	readonly text: string;
}

export interface Leak {
	/** The known name found. */
	readonly name: string;
	/** Which output file, which line: `summary.md, line 12`. */
	readonly where: string;
	/** Where the name comes from in the notes. */
	readonly source: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity: string, body: string) => {
		if (body.startsWith("#")) {
			const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
		}
		return ENTITIES[body.toLowerCase()] ?? entity;
	});
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every place a known name is left, once per name and line; empty when the output is clean. */
export function findLeaks(files: readonly OutputFile[], known: readonly KnownName[]): Leak[] {
	const byFolded = new Map<string, KnownName>();
	for (const name of secretNames(known)) {
		const folded = foldName(name.name);
		if (!byFolded.has(folded)) byFolded.set(folded, name);
	}
	if (byFolded.size === 0) return [];
	const alternatives = [...byFolded.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const found = new RegExp(`(^|[^\\p{L}\\p{N}])(${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
	const leaks: Leak[] = [];
	const seen = new Set<string>();
	for (const file of files) {
		const svg = file.name.toLowerCase().endsWith(".svg");
		file.text.split(/\r?\n/).forEach((raw, i) => {
			const line = foldName(svg ? unescapeXml(raw) : raw);
			for (const match of line.matchAll(found)) {
				const name = byFolded.get(match[2] ?? "");
				const where = `${file.name}, line ${i + 1}`;
				if (name === undefined || seen.has(`${name.name}\n${where}`)) continue;
				seen.add(`${name.name}\n${where}`);
				leaks.push({ name: name.name, where, source: name.source });
			}
		});
	}
	return leaks;
}
