// What privacy mode calls each person: their role, numbered when several share it.
import type { PersonRecord } from "../model/records";

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "Mother"; "Friend 1", "Friend 2" when two people are friends; "Person 1" for someone
 * without a usable role. Numbers follow the people's order (the bundle's path order), so
 * the labels are the same on every redraw. `revealsName` rejects a role that would give a
 * name away ("Sam's wife"), which then counts as no role.
 */
export function roleLabels(people: readonly PersonRecord[], revealsName: (role: string) => boolean): Map<string, string> {
	const roleOf = new Map<string, string | null>();
	const counts = new Map<string | null, number>();
	for (const person of people) {
		const role = person.role?.trim().replace(/\s+/g, " ") ?? "";
		const usable = role !== "" && role.toLowerCase() !== person.name.trim().toLowerCase() && !revealsName(role) ? role.toLowerCase() : null;
		roleOf.set(person.path, usable);
		counts.set(usable, (counts.get(usable) ?? 0) + 1);
	}
	const seen = new Map<string | null, number>();
	const labels = new Map<string, string>();
	for (const person of people) {
		const role = roleOf.get(person.path) ?? null;
		const nth = (seen.get(role) ?? 0) + 1;
		seen.set(role, nth);
		const base = role === null ? "Person" : capitalise(role);
		labels.set(person.path, role === null || (counts.get(role) ?? 0) > 1 ? `${base} ${nth}` : base);
	}
	return labels;
}
