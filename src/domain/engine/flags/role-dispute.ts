// Role disputes: open or hidden conflict with someone who matters.
import type { PersonRecord } from "../../model/records";
import type { DisputeStage } from "../../model/vocabulary";
import type { Flag } from "../analysis";
import { dateWithin } from "../case-clock";
import { eventReason, personLabel } from "./describe";
import { categoryOf, eventPeople, finding, flagFrom, isClose, isDeceased, type FlagContext, type Finding } from "./flag-context";

/** The work each stage of a dispute asks for (Weissman, Markowitz and Klerman). */
const STAGE_WORK: Readonly<Record<DisputeStage, string>> = {
	renegotiation: "renegotiation: the two are still talking; improve how they communicate",
	impasse: "impasse: talking has stopped; bring the dispute back into the open",
	dissolution: "dissolution: the relationship is ending; help end it and mourn it, as in a transition",
};

/** "Conflict 2 with Sam (partner, circle 1), dispute stage impasse: talking has stopped; ...". */
function disputeReason(person: PersonRecord, conflictHigh: boolean): string {
	const label = personLabel(person);
	const head = conflictHigh ? `Conflict ${String(person.conflict)} with ${label}` : `Dispute with ${label}`;
	const details: string[] = [];
	if (person.expectationsReciprocal === false) details.push("role expectations not reciprocal");
	if (person.disputeStage !== null) details.push(`dispute stage ${STAGE_WORK[person.disputeStage]}`);
	return [head, ...details].join(", ");
}

/** An impasse is often quiet: little open conflict, but expectations that no longer meet. */
function isQuietImpasse(person: PersonRecord, settings: FlagContext["settings"]): boolean {
	return person.disputeStage === "impasse" && person.conflict !== null && person.conflict >= settings.impasseConflictMin && person.expectationsReciprocal === false;
}

function personFindings({ bundle, settings }: FlagContext): Finding[] {
	const findings: Finding[] = [];
	for (const person of bundle.people) {
		// Conflict with someone who has died is grief's evidence (grief.ts), never a dispute's.
		if (isDeceased(person)) continue;
		const conflictHigh = person.conflict !== null && person.conflict >= settings.conflictThreshold;
		if (!conflictHigh && person.disputeStage === null) continue;
		const reason = disputeReason(person, conflictHigh);
		if (conflictHigh && isClose(person, settings) && (person.disputeStage !== null || person.expectationsReciprocal === false)) {
			findings.push(finding("strong", "dispute-close-conflict", person.path, reason, settings));
		} else if (isQuietImpasse(person, settings)) {
			findings.push(finding("strong", "dispute-quiet-impasse", person.path, reason, settings));
		} else {
			findings.push(finding("possible", "dispute-conflict-or-stage", person.path, reason, settings));
		}
	}
	return findings;
}

function eventFindings({ bundle, settings, clock, resolve }: FlagContext): Finding[] {
	const findings: Finding[] = [];
	for (const event of bundle.events) {
		const date = event.date;
		if (categoryOf(event) !== "dispute" || date === null || !dateWithin(date, clock.windowStart, clock.windowEnd)) continue;
		findings.push(finding("possible", "dispute-event", event.path, eventReason(event, date, eventPeople(event, resolve), clock), settings));
	}
	return findings;
}

export function roleDisputeFlag(context: FlagContext): Flag | null {
	return flagFrom("role-dispute", [...personFindings(context), ...eventFindings(context)]);
}
