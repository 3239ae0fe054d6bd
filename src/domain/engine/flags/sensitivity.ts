// Interpersonal sensitivity, a diagnosis of exclusion: a thin inventory with nothing
// else to explain the episode. Every person of the inventory counts, as the rule says;
// a deceased person in circle 1 or 2 flags grief anyway, which rules this area out.
import type { PersonRecord } from "../../model/records";
import type { Flag } from "../analysis";
import type { EngineSettings } from "../../settings/engine-settings";
import { caseRule } from "../rules/catalogue";
import { finding, flagFrom, type FlagContext, type Finding } from "./flag-context";

function names(people: readonly PersonRecord[]): string {
	return people.map((p) => p.name).join(", ");
}

function plural(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

const EXCLUSION =
	"A diagnosis of exclusion: considered only because the inventory is complete and no other area is flagged; the expected course is poorer than in the other areas";

/** In the four-area scheme the flag says what kind of finding it is, as its last line of evidence. */
export function asExclusion(flag: Flag, path: string, settings: EngineSettings): Flag {
	return { ...flag, evidence: [...flag.evidence, { path, reason: EXCLUSION, rule: caseRule("sensitivity-exclusion", settings) }] };
}

/** Sensitivity reads the whole inventory, so it waits until the inventory task is recorded. */
export function inventoryDone({ bundle }: FlagContext): boolean {
	return bundle.sessions.some((session) => session.tasks.includes("inventory"));
}

/** What the rule finds in the inventory; the caller decides whether it may be a flag. */
export function sensitivityFlag({ bundle, settings }: FlagContext): Flag | null {
	if (bundle.people.length === 0) return null;
	const people = bundle.people;
	const inner = people.filter((p) => p.circle === 1);
	const supporters = people.filter((p) => p.support !== null && p.support >= settings.supportThreshold);
	// The settings keep the strong limits within the possible ones, so a strong case always has evidence.
	const strong = inner.length <= settings.sensitivityStrongInnerMax && supporters.length <= settings.sensitivityStrongSupportersMax;
	const circleReason =
		inner.length === 0
			? `No one in circle 1 among the ${plural(people.length, "person", "people")} in the inventory`
			: `Only ${names(inner)} in circle 1`;
	const supportReason =
		supporters.length === 0
			? `No one gives support ${settings.supportThreshold} or more`
			: `Only ${plural(supporters.length, "person gives", "people give")} support ${settings.supportThreshold} or more: ${names(supporters)}`;
	const findings: Finding[] = [];
	const found = (reason: string): Finding =>
		strong
			? finding("strong", "sensitivity-thin-inventory-strong", bundle.path, reason, settings)
			: finding("possible", "sensitivity-thin-inventory-possible", bundle.path, reason, settings);
	if (inner.length <= settings.sensitivityPossibleInnerMax) findings.push(found(circleReason));
	if (supporters.length <= settings.sensitivityPossibleSupportersMax) findings.push(found(supportReason));
	return flagFrom("interpersonal-sensitivity", findings);
}
