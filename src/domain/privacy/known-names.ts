// Every name the notes of a case give away, with the label that replaces it and where
// it comes from. One list feeds privacy mode's redaction, the export's, and the
// export's final leak scan, so whatever is looked for is also what gets replaced.
import { caseNotePaths, type CaseBundle } from "../model/case-bundle";
import { linkBasename, type LinkRef } from "../model/links";
import { personResolver } from "../model/person-links";
import { foldName, namePartsOf, shortForms, withoutAccents } from "./name-variants";

export interface KnownName {
	readonly name: string;
	readonly label: string;
	/** Where the name comes from, in words the clinician can act on: `client field of "IPT/Jordan R/Jordan R.md"`. */
	readonly source: string;
}

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

function given(bundle: CaseBundle, labels: NoteLabels): Given[] {
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
		if (person) add(link.display, labels.person(person.path), `link to "${person.path}" in "${from}"`, true);
		else if (linkBasename(link.target).toLowerCase() === linkBasename(withoutMd(bundle.path)).toLowerCase()) add(link.display, labels.client, `link to the case note in "${from}"`, true);
	};
	for (const member of [...bundle.people, ...bundle.events, ...bundle.sessions]) {
		linkWords(member.caseLink, member.path);
		for (const link of member.kind === "person" ? member.related : member.kind === "event" ? member.people : []) linkWords(link, member.path);
	}
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
	const forms: KnownName[] = [
		...shortForms(name.name).map((form) => ({ name: form, label: name.label, source: `short form of ${from}` })),
		...namePartsOf(name.name).map((part) => ({ name: part, label: name.label, source: `part of ${from}` })),
	];
	return forms.flatMap((form) => [form, { ...form, name: withoutAccents(form.name) }]);
}

/** A single letter ("A", "J.") names no one, and hiding it would garble every sentence. */
function identifies(name: string): boolean {
	return (name.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2;
}

/**
 * Whole names first (client, people, then other notes), then their accent-free
 * spellings, short forms and parts; each name once, the first label given winning.
 */
export function knownNames(bundle: CaseBundle, labels: NoteLabels): KnownName[] {
	// Composed, so that the parts of a decomposed name (a file name from macOS) keep their accents.
	const whole = given(bundle, labels).map((name) => ({ ...name, name: name.name.normalize("NFC") }));
	const all: KnownName[] = [
		...whole,
		...whole.map((name) => ({ ...name, name: withoutAccents(name.name) })),
		...whole.filter((name) => name.personal).flatMap(derived),
	];
	const seen = new Set<string>();
	const known: KnownName[] = [];
	for (const { name, label, source } of all) {
		const trimmed = name.trim();
		const key = trimmed.toLowerCase();
		if (!identifies(trimmed) || seen.has(key)) continue;
		seen.add(key);
		known.push({ name: trimmed, label, source });
	}
	return known;
}

/** The names the leak scan looks for: all but those that read the same as a label the export writes. */
export function secretNames(known: readonly KnownName[]): KnownName[] {
	const labels = new Set(known.map((name) => foldName(name.label)));
	return known.filter((name) => !labels.has(foldName(name.name)));
}
