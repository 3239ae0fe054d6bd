// Resolves a `related` or `people` link to a person note of the same case (or any link to
// a note of the case), the way a clinician means it: by path, then by file name, then by
// the person's name or alias.
import { linkBasename, type LinkRef } from "./links";
import type { PersonRecord } from "./records";

function normalise(text: string): string {
	const trimmed = text.trim().toLowerCase();
	return trimmed.endsWith(".md") ? trimmed.slice(0, -3) : trimmed;
}

function remember<T>(map: Map<string, T>, key: string, person: T): void {
	// The first person (bundles are sorted by path) wins a name two people share.
	if (key !== "" && !map.has(key)) map.set(key, person);
}

export type PersonResolver = (link: LinkRef) => PersonRecord | null;

interface Named {
	readonly path: string;
	readonly aliases: readonly string[];
	readonly name?: string;
}

/**
 * Indexes a case's notes once, so each lookup costs the link's length. Matching, all
 * case-insensitive: the note's path without `.md`, whole, then as a trailing path; then
 * the link's last segment against the note's file name; then against `name` or an alias.
 */
export function noteResolver<T extends Named>(people: readonly T[]): (link: LinkRef) => T | null {
	const wholePaths = new Map<string, T>();
	const trailingPaths = new Map<string, T>();
	const basenames = new Map<string, T>();
	const names = new Map<string, T>();
	for (const person of people) {
		const path = normalise(person.path);
		remember(wholePaths, path, person);
		const segments = path.split("/");
		for (let i = 1; i < segments.length; i++) remember(trailingPaths, segments.slice(i).join("/"), person);
		remember(basenames, linkBasename(path), person);
	}
	for (const person of people) {
		if (person.name !== undefined) remember(names, normalise(person.name), person);
		for (const alias of person.aliases) remember(names, normalise(alias), person);
	}
	return (link) => {
		const target = normalise(link.target);
		if (target === "") return null;
		const base = linkBasename(target);
		return wholePaths.get(target) ?? trailingPaths.get(target) ?? basenames.get(base) ?? names.get(target) ?? names.get(base) ?? null;
	};
}

/** A person note of the case, as a `related` or `people` link means it. */
export function personResolver(people: readonly PersonRecord[]): PersonResolver {
	return noteResolver(people);
}

/** One lookup; use `personResolver` when resolving many links of the same case. */
export function resolvePersonLink(link: LinkRef, people: readonly PersonRecord[]): PersonRecord | null {
	return personResolver(people)(link);
}
