// Every name the notes of a case give away, with the label that replaces it and where
// it comes from; then every name the vault's other cases give away, since a client's
// notes may speak of another client. One list feeds privacy mode's redaction, the
// export's, and the export's final leak scan, so whatever is looked for is also what
// gets replaced.
import { caseNotePaths, type CaseBundle } from "../model/case-bundle";
import { linkBasename, type LinkRef } from "../model/links";
import { personResolver } from "../model/person-links";
import { isEverydayWord } from "./everyday-words";
import { namePartsOf, shortForms } from "./name-variants";
import { foldName } from "./reading";

export interface KnownName {
	readonly name: string;
	readonly label: string;
	/** Where the name comes from, in words the clinician can act on: `client field of "IPT/Jordan R/Jordan R.md"`. */
	readonly source: string;
	/** Also an everyday word ("Will", "May"): an export cannot replace it without garbling the text. */
	readonly everyday?: true;
}

/**
 * The links written in a note's text, frontmatter and body, asked of the face when
 * names are gathered: Obsidian's metadata cache, or the command line's reading of the
 * file. A body link's own words (`[[Sam|Sammy]]`) are often the only place a nickname
 * is written down.
 */
export type NoteLinks = (path: string) => readonly LinkRef[];

export const NO_NOTE_LINKS: NoteLinks = () => [];

/** Where names come from besides the case's own frontmatter. */
export interface NameSources {
	readonly links?: NoteLinks;
	/** The other cases' names (`vaultNames`), looked for after the case's own. */
	readonly others?: readonly KnownName[];
}

/** What a name from another case is replaced by: it is someone, but not someone of this case. */
export const OTHER_PERSON = "Another person";

export interface NoteLabels {
	readonly client: string;
	person(path: string): string;
	/** Any note's label, the case note's included. */
	note(path: string): string;
}

interface Given extends KnownName {
	/** A person's or the client's name, whose parts and short forms also identify. */
	readonly personal: boolean;
}

function withoutMd(path: string): string {
	return path.replace(/\.md$/i, "");
}

function given(bundle: CaseBundle, labels: NoteLabels, noteLinks: NoteLinks): Given[] {
	const names: Given[] = [];
	const add = (name: string, label: string, source: string, personal: boolean): void => {
		names.push({ name, label, source, personal });
	};
	const { record } = bundle;
	add(record.client, labels.client, `client field of "${bundle.path}"`, true);
	add(linkBasename(withoutMd(bundle.path)), labels.client, `file name of "${bundle.path}"`, true);
	for (const alias of record.aliases) add(alias, labels.client, `alias of "${bundle.path}"`, true);
	for (const person of bundle.people) {
		const label = labels.person(person.path);
		add(person.name, label, `name of "${person.path}"`, true);
		add(linkBasename(withoutMd(person.path)), label, `file name of "${person.path}"`, true);
		for (const alias of person.aliases) add(alias, label, `alias of "${person.path}"`, true);
	}
	// A link's own words (`related: ["[[Mei|Maisie]]"]`) are often a nickname of whom it links to.
	const resolve = personResolver(bundle.people);
	const linkWords = (link: LinkRef | null, from: string): void => {
		if (!link?.display) return;
		const person = resolve(link);
		if (person) add(link.display, labels.person(person.path), `link to "${person.path}" in ${from}`, true);
		else if (linkBasename(link.target).toLowerCase() === linkBasename(withoutMd(bundle.path)).toLowerCase()) add(link.display, labels.client, `link to the case note in ${from}`, true);
	};
	for (const member of [...bundle.people, ...bundle.events, ...bundle.sessions]) {
		linkWords(member.caseLink, `"${member.path}"`);
		for (const link of member.kind === "person" ? member.related : member.kind === "event" ? member.people : []) linkWords(link, `"${member.path}"`);
	}
	for (const path of caseNotePaths(bundle)) for (const link of noteLinks(path)) linkWords(link, `the text of "${path}"`);
	// Session and event file names ("2025-10-18 Ines moved to Lisbon") are hidden whole; their words are not names.
	for (const note of [...bundle.sessions, ...bundle.events]) add(linkBasename(withoutMd(note.path)), labels.note(note.path), `file name of "${note.path}"`, false);
	for (const path of caseNotePaths(bundle)) {
		add(path, labels.note(path), `path of "${path}"`, false);
		add(withoutMd(path), labels.note(path), `path of "${path}"`, false);
	}
	return names;
}

function derived(name: Given): KnownName[] {
	const from = `"${name.name}", ${name.source}`;
	return [
		...shortForms(name.name).map((form) => ({ name: form, label: name.label, source: `short form of ${from}` })),
		...namePartsOf(name.name).map((part) => ({ name: part, label: name.label, source: `part of ${from}` })),
	];
}

/** A single letter ("A", "J.") names no one, and hiding it would garble every sentence. */
function identifies(name: string): boolean {
	return (name.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2;
}

/** Composed, so that the parts of a decomposed name (a file name from macOS) keep their accents. */
function composed(names: readonly Given[]): Given[] {
	return names.map((name) => ({ ...name, name: name.name.normalize("NFC") }));
}

/** Each name once, however spelt, the first label given winning; a personal name that is an everyday word says so. */
function unique(names: readonly (KnownName & { personal?: boolean })[]): KnownName[] {
	const seen = new Set<string>();
	const known: KnownName[] = [];
	for (const { name, label, source, personal, everyday } of names) {
		const trimmed = name.trim();
		const key = foldName(trimmed);
		if (!identifies(trimmed) || seen.has(key)) continue;
		seen.add(key);
		known.push({ name: trimmed, label, source, ...(everyday || (personal !== false && isEverydayWord(key)) ? { everyday: true as const } : {}) });
	}
	return known;
}

/**
 * Whole names first (client, people, then other notes), then their short forms and
 * parts, then the other cases' names; each name once, the first label given winning.
 */
export function knownNames(bundle: CaseBundle, labels: NoteLabels, sources: NameSources = {}): KnownName[] {
	const whole = composed(given(bundle, labels, sources.links ?? NO_NOTE_LINKS));
	return unique([...whole, ...whole.filter((name) => name.personal).flatMap(derived), ...(sources.others ?? [])]);
}

const OTHER_LABELS: NoteLabels = { client: OTHER_PERSON, person: () => OTHER_PERSON, note: () => OTHER_PERSON };

/** The names of one case that identify someone, labelled as someone outside whatever case is shown. */
export function personalNames(bundle: CaseBundle, links: NoteLinks = NO_NOTE_LINKS): KnownName[] {
	const whole = composed(given(bundle, OTHER_LABELS, links).filter((name) => name.personal));
	return unique([...whole, ...whole.flatMap(derived)]);
}

/** Every case's personal names: what a case's own notes may say of another client or their people. */
export function vaultNames(perCase: readonly (readonly KnownName[])[]): KnownName[] {
	return unique(perCase.flat());
}

/** The names the leak scan looks for: all but those that read the same as a label the export writes. */
export function secretNames(known: readonly KnownName[]): KnownName[] {
	const labels = new Set(known.map((name) => foldName(name.label)));
	return known.filter((name) => !labels.has(foldName(name.name)));
}
