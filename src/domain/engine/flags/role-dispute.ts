// Role disputes: open or hidden conflict with someone who matters.
import type { PersonRecord } from "../../model/records";
import type { Flag } from "../analysis";
import { dateWithin } from "../case-clock";
import { eventReason, personLabel } from "./describe";
import { categoryOf, eventPeople, flagFrom, isClose, isDeceased, type FlagContext, type Finding } from "./flag-context";

/** "Conflict 2 with Sam (partner, circle 1), dispute stage impasse". */
function disputeReason(person: PersonRecord, conflictHigh: boolean): string {
	const label = personLabel(person);
	const head = conflictHigh ? `Conflict ${String(person.conflict)} with ${label}` : `Dispute stage ${String(person.disputeStage)} with ${label}`;
	const details: string[] = [];
	if (conflictHigh && person.disputeStage !== null) details.push(`dispute stage ${person.disputeStage}`);
	if (person.expectationsReciprocal === false) details.push("role expectations not reciprocal");
	if (isDeceased(person)) details.push("who has died");
	return [head, ...details].join(", ");
}

function personFindings({ bundle, settings }: FlagContext): Finding[] {
	const findings: Finding[] = [];
	for (const person of bundle.people) {
		const conflictHigh = person.conflict !== null && person.conflict >= settings.conflictThreshold;
		if (!conflictHigh && person.disputeStage === null) continue;
		const strong =
			conflictHigh &&
			!isDeceased(person) &&
			isClose(person, settings) &&
			(person.disputeStage !== null || person.expectationsReciprocal === false);
		findings.push({ strength: strong ? "strong" : "possible", evidence: { path: person.path, reason: disputeReason(person, conflictHigh) } });
	}
	return findings;
}

function eventFindings({ bundle, clock, resolve }: FlagContext): Finding[] {
	const findings: Finding[] = [];
	for (const event of bundle.events) {
		const date = event.date;
		if (categoryOf(event) !== "dispute" || date === null || !dateWithin(date, clock.windowStart, clock.windowEnd)) continue;
		findings.push({ strength: "possible", evidence: { path: event.path, reason: eventReason(event, date, eventPeople(event, resolve), clock) } });
	}
	return findings;
}

export function roleDisputeFlag(context: FlagContext): Flag | null {
	return flagFrom("role-dispute", [...personFindings(context), ...eventFindings(context)]);
}
