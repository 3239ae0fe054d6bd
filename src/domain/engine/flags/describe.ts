// The plain words of evidence: who a person is, what an event was and when.
import type { DateValue } from "../../model/dates";
import type { EventRecord, PersonRecord } from "../../model/records";
import { relativeToOnset, type CaseClock } from "../case-clock";

/** "Sam (partner, circle 1)"; the role is left out when it only repeats the name. */
export function personLabel(person: PersonRecord): string {
	const role = person.role?.trim() ?? "";
	const parts: string[] = [];
	if (role !== "" && role.toLowerCase() !== person.name.trim().toLowerCase()) parts.push(role);
	parts.push(person.circle === null ? "no circle set" : `circle ${person.circle}`);
	return `${person.name} (${parts.join(", ")})`;
}

/** "Job loss", from the event's type id. */
export function eventTypeLabel(event: EventRecord): string {
	const words = (event.type ?? "event").replace(/-/g, " ");
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "on 2026-01-05, 3 months before onset"; "in 2026-01, ..." or "in 2019, ..." for a date known only to the month or year. */
export function whenText(date: DateValue, clock: CaseClock): string {
	return `${date.precision === "day" ? "on" : "in"} ${date.text}, ${relativeToOnset(date, clock)}`;
}

/**
 * "2026-01-05" or "2026-01" as written, "in 2019" for a year alone: a bare year in a
 * sentence is not a date that an export could find and make relative.
 */
export function dateWords(date: DateValue): string {
	return date.precision === "year" ? `in ${date.text}` : date.text;
}

/** "Job loss on 2026-01-05, 3 months before onset, concerning Sam (partner, circle 1)". */
export function eventReason(event: EventRecord, date: DateValue, people: readonly PersonRecord[], clock: CaseClock): string {
	const concerning = people.length === 0 ? "" : `, concerning ${people.map(personLabel).join(", ")}`;
	return `${eventTypeLabel(event)} ${whenText(date, clock)}${concerning}`;
}
