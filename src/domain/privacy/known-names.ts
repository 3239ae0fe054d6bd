// Every name the notes of a case give away, with the label that replaces it and where
// it comes from; then every name the vault's other cases give away, since a client's
// notes may speak of another client. One list feeds privacy mode's redaction, the
// export's, and the export's final leak scan, so whatever is looked for is also what
// gets replaced.
import { caseNotePaths, type CaseBundle } from "../model/case-bundle";
import { linkBasename, type LinkRef } from "../model/links";
import { personResolver, type PersonResolver } from "../model/person-links";
import { isEverydayWord } from "./everyday-words";
import { namePartsOf, shortForms } from "./name-variants";
import { foldName } from "./reading";
import { unicodePattern } from "../model/unicode-pattern";

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

export const NO_NOTE_LINKS: NoteLinks = function () { return []; };

/** Where names come from besides the case's own frontmatter. */
export interface NameSources {
	readonly links?: NoteLinks;
	/** Notes outside the case's bundle whose text an export shows (a portfolio's formulation note): their links' words are names too. */
	readonly shownToo?: readonly string[];
	/** The other cases' names (`vaultNames`), looked for after the case's own. */
	readonly others?: readonly KnownName[];
}

/** What a name from another case is replaced by: it is someone, but not someone of this case. */
export const OTHER_PERSON = "Another person";

/** What a supervisor's name is replaced by. */
export const SUPERVISOR_LABEL = "Supervisor";

export interface NoteLabels {
	readonly client: string;
	person(path: string): string;
	/** Any note's label, the case note's included. */
	note(path: string): string;
}

/** Whose label replaces a name: the client's, a supervisor's, a person's, or a note's. */
type Owner = { readonly kind: "client" | "supervisor" } | { readonly kind: "person" | "note"; readonly path: string };

interface Owned {
	readonly name: string;
	readonly source: string;
	readonly owner: Owner;
	/** A person's or the client's name, whose parts and short forms also identify. */
	readonly personal: boolean;
	readonly everyday?: true;
}

/**
 * A case's names, each with whose label replaces it but not the label itself: labels
 * depend on the names (a role that reveals a name is no label), so the list is
 * gathered once and labelled after.
 */
export interface CaseNameList {
	readonly names: readonly Owned[];
}

const CLIENT: Owner = { kind: "client" };
const SUPERVISOR: Owner = { kind: "supervisor" };

function withoutMd(path: string): string {
	return path.replace(/\.md$/i, "");
}

/** With `notes`, also the case's other notes' file names and paths, which name no person. */
function given(bundle: CaseBundle, noteLinks: NoteLinks, notes: boolean, shownToo: readonly string[] = []): Owned[] {
	const names: Owned[] = [];
	const add = (name: string, owner: Owner, source: string, personal: boolean): void => {
		names.push({ name: name.normalize("NFC"), owner, source, personal });
	};
	const { record } = bundle;
	add(record.client, CLIENT, `client field of "${bundle.path}"`, true);
	add(linkBasename(withoutMd(bundle.path)), CLIENT, `file name of "${bundle.path}"`, true);
	for (const alias of record.aliases) add(alias, CLIENT, `alias of "${bundle.path}"`, true);
	for (const person of bundle.people) {
		const owner: Owner = { kind: "person", path: person.path };
		add(person.name, owner, `name of "${person.path}"`, true);
		add(linkBasename(withoutMd(person.path)), owner, `file name of "${person.path}"`, true);
		for (const alias of person.aliases) add(alias, owner, `alias of "${person.path}"`, true);
	}
	for (const meeting of bundle.supervision) if (meeting.supervisor !== null) add(meeting.supervisor, SUPERVISOR, `supervisor field of "${meeting.path}"`, true);
	// A link's own words (`related: ["[[Mei|Maisie]]"]`) are often a nickname of whom it links to.
	// Most links have none, so the people are indexed only for the first that has.
	let resolve: PersonResolver | null = null;
	const caseName = linkBasename(withoutMd(bundle.path)).toLowerCase();
	const linkWords = (link: LinkRef | null, from: string): void => {
		if (!link?.display) return;
		const person = (resolve ??= personResolver(bundle.people))(link);
		if (person) add(link.display, { kind: "person", path: person.path }, `link to "${person.path}" in ${from}`, true);
		else if (linkBasename(link.target).toLowerCase() === caseName) add(link.display, CLIENT, `link to the case note in ${from}`, true);
	};
	for (const member of [...bundle.people, ...bundle.events, ...bundle.sessions, ...bundle.supervision]) {
		linkWords(member.caseLink, `"${member.path}"`);
		for (const link of member.kind === "person" ? member.related : member.kind === "event" ? member.people : []) linkWords(link, `"${member.path}"`);
	}
	for (const path of [...caseNotePaths(bundle), ...shownToo]) for (const link of noteLinks(path)) linkWords(link, `the text of "${path}"`);
	if (!notes) return names;
	// Session and event file names ("2025-10-18 Ines moved to Lisbon") are hidden whole; their words are not names.
	for (const note of [...bundle.sessions, ...bundle.events, ...bundle.supervision]) add(linkBasename(withoutMd(note.path)), { kind: "note", path: note.path }, `file name of "${note.path}"`, false);
	for (const path of caseNotePaths(bundle)) {
		add(path, { kind: "note", path }, `path of "${path}"`, false);
		add(withoutMd(path), { kind: "note", path }, `path of "${path}"`, false);
	}
	return names;
}

function derived(name: Owned): Owned[] {
	const from = `"${name.name}", ${name.source}`;
	return [
		...shortForms(name.name).map((form) => ({ name: form, owner: name.owner, source: `short form of ${from}`, personal: true })),
		...namePartsOf(name.name).map((part) => ({ name: part, owner: name.owner, source: `part of ${from}`, personal: true })),
	];
}

/** A single letter ("A", "J.") names no one, and hiding it would garble every sentence. */
const TWO_LETTERS_OR_DIGITS = unicodePattern(String.raw`^[^\p{L}\p{N}]*[\p{L}\p{N}][^\p{L}\p{N}]*[\p{L}\p{N}]`);

/** Each name once, however spelt, the first given winning; a personal name that is an everyday word says so. */
function unique<T extends { readonly name: string; readonly everyday?: true }>(names: readonly T[], personal: (name: T) => boolean): T[] {
	const seen = new Set<string>();
	const kept: T[] = [];
	for (const name of names) {
		const trimmed = name.name.trim();
		const key = foldName(trimmed);
		if (!TWO_LETTERS_OR_DIGITS().test(trimmed) || seen.has(key)) continue;
		seen.add(key);
		const everyday = !name.everyday && personal(name) && isEverydayWord(key);
		kept.push(trimmed === name.name && !everyday ? name : { ...name, name: trimmed, ...(everyday ? { everyday: true as const } : {}) });
	}
	return kept;
}

function nameList(whole: readonly Owned[]): Owned[] {
	const personal = (name: Owned): boolean => name.personal;
	const once = unique(whole, personal);
	return unique([...once, ...once.filter(personal).flatMap(derived)], personal);
}

/** Whole names first (client, people, then other notes), then their short forms and parts. */
export function caseNameList(bundle: CaseBundle, links: NoteLinks = NO_NOTE_LINKS, shownToo: readonly string[] = []): CaseNameList {
	return { names: nameList(given(bundle, links, true, shownToo)) };
}

function ownerLabel(owner: Owner, labels: NoteLabels): string {
	switch (owner.kind) {
		case "client":
			return labels.client;
		case "supervisor":
			return SUPERVISOR_LABEL;
		case "person":
			return labels.person(owner.path);
		case "note":
			return labels.note(owner.path);
	}
}

function labelled(names: readonly Owned[], labels: NoteLabels): KnownName[] {
	return names.map(({ name, owner, source, everyday }) => ({
		name,
		label: ownerLabel(owner, labels),
		source,
		...(everyday ? { everyday } : {}),
	}));
}

/** A case's names with their labels, then the other cases' (`others`); each name once, the first label given winning. */
export function labelledNames(list: CaseNameList, labels: NoteLabels, others: readonly KnownName[] = []): KnownName[] {
	const own = labelled(list.names, labels);
	return others.length === 0 ? own : unique([...own, ...others], () => false);
}

export function knownNames(bundle: CaseBundle, labels: NoteLabels, sources: NameSources = {}): KnownName[] {
	return labelledNames(caseNameList(bundle, sources.links), labels, sources.others);
}

const OTHER_LABELS: NoteLabels = { client: OTHER_PERSON, person() { return OTHER_PERSON; }, note() { return OTHER_PERSON; } };

/** The names of one case that identify someone, labelled as someone outside whatever case is shown. */
export function personalNames(bundle: CaseBundle, links: NoteLinks = NO_NOTE_LINKS): KnownName[] {
	return labelled(nameList(given(bundle, links, false)), OTHER_LABELS);
}

/** Every case's personal names: what a case's own notes may say of another client or their people. */
export function vaultNames(perCase: readonly (readonly KnownName[])[]): KnownName[] {
	return unique(perCase.flat(), () => false);
}

/** The names the leak scan looks for: all but those that read the same as a label the export writes. */
export function secretNames(known: readonly KnownName[]): KnownName[] {
	const labels = new Set(known.map((name) => foldName(name.label)));
	return known.filter((name) => !labels.has(foldName(name.name)));
}
