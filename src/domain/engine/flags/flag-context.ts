// What every problem-area rule reads, and how its findings become one flag.
import type { CaseBundle } from "../../model/case-bundle";
import type { PersonResolver } from "../../model/person-links";
import type { EventRecord, PersonRecord } from "../../model/records";
import { EVENT_TYPE_CATEGORY, type EventCategory, type ProblemArea } from "../../model/vocabulary";
import type { EngineSettings } from "../../settings/engine-settings";
import type { Evidence, Flag, FlagStrength } from "../analysis";
import { caseRule, type CaseRuleId } from "../rules/catalogue";
import type { CaseClock } from "../case-clock";

export interface FlagContext {
	readonly bundle: CaseBundle;
	readonly settings: EngineSettings;
	readonly clock: CaseClock;
	readonly resolve: PersonResolver;
}

export interface Finding {
	readonly strength: FlagStrength;
	readonly evidence: Evidence;
}

/** A finding of the rule `rule`: the note, the reason in plain words, and the rule's text under the settings. */
export function finding(strength: FlagStrength, rule: CaseRuleId, path: string, reason: string, settings: EngineSettings): Finding {
	return { strength, evidence: { path, reason, rule: caseRule(rule, settings) } };
}

/** The area's flag: strong when any rule says strong; evidence strong first, each group in note order. */
export function flagFrom(area: ProblemArea, findings: readonly Finding[]): Flag | null {
	const strong = findings.filter((f) => f.strength === "strong").map((f) => f.evidence);
	const possible = findings.filter((f) => f.strength === "possible").map((f) => f.evidence);
	const evidence = [...strong, ...possible];
	const first = evidence[0];
	if (first === undefined) return null;
	return { area, strength: strong.length > 0 ? "strong" : "possible", rule: first.rule, evidence };
}

export function isDeceased(person: PersonRecord): boolean {
	return person.status === "deceased" || person.died !== null;
}

export function isClose(person: PersonRecord, settings: EngineSettings): boolean {
	return person.circle !== null && person.circle >= 1 && person.circle <= settings.closeCircleMax;
}

/** The inventory people an event names, each once, in the order the event lists them. */
export function eventPeople(event: EventRecord, resolve: PersonResolver): PersonRecord[] {
	const found: PersonRecord[] = [];
	for (const link of event.people) {
		const person = resolve(link);
		if (person !== null && !found.includes(person)) found.push(person);
	}
	return found;
}

/** The event's category, from its type when the category itself is missing. */
export function categoryOf(event: EventRecord): EventCategory | null {
	return event.category ?? (event.type === null ? null : EVENT_TYPE_CATEGORY[event.type]);
}
