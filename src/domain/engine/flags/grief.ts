// Grief: only actual deaths count; other losses are role transitions.
import type { PersonRecord } from "../../model/records";
import type { Flag } from "../analysis";
import { dateWithin, relativeToOnset } from "../case-clock";
import { dateWords, eventReason, personLabel } from "./describe";
import { categoryOf, eventPeople, flagFrom, isClose, isDeceased, type FlagContext, type Finding } from "./flag-context";

/** "; grief markers: delayed, anniversary", when the clinician has recorded any. */
function markersText(person: PersonRecord): string {
	return person.griefMarkers.length === 0 ? "" : `; signs of complicated grief: ${person.griefMarkers.join(", ")}`;
}

function deceasedPeopleFindings({ bundle, settings, clock }: FlagContext): Finding[] {
	const findings: Finding[] = [];
	for (const person of bundle.people) {
		if (!isDeceased(person) || !isClose(person, settings)) continue;
		const label = personLabel(person);
		const died = person.died;
		// A grief that is avoided, delayed, distorted, chronic or kept alive by anniversaries
		// is complicated however long ago the death was.
		if (person.griefMarkers.length > 0) {
			const when = died === null ? "has died" : `died ${dateWords(died)}, ${relativeToOnset(died, clock)}`;
			findings.push({ strength: "strong", evidence: { path: person.path, reason: `${label} ${when}${markersText(person)}` } });
		} else if (died === null) {
			findings.push({ strength: "possible", evidence: { path: person.path, reason: `${label} has died; no date of death given` } });
		} else if (dateWithin(died, clock.windowStart, clock.windowEnd)) {
			findings.push({ strength: "strong", evidence: { path: person.path, reason: `${label} died ${dateWords(died)}, ${relativeToOnset(died, clock)}` } });
		} else {
			const reason = `${label} died ${dateWords(died)}, ${relativeToOnset(died, clock)}, outside the ${settings.windowMonths}-month window`;
			findings.push({ strength: "possible", evidence: { path: person.path, reason } });
		}
	}
	return findings;
}

function deathEventFindings({ bundle, settings, clock, resolve }: FlagContext): Finding[] {
	const findings: Finding[] = [];
	for (const event of bundle.events) {
		const date = event.date;
		if (categoryOf(event) !== "death" || date === null || !dateWithin(date, clock.windowStart, clock.windowEnd)) continue;
		const people = eventPeople(event, resolve);
		const strength = people.some((p) => isClose(p, settings)) ? "strong" : "possible";
		findings.push({ strength, evidence: { path: event.path, reason: eventReason(event, date, people, clock) } });
	}
	return findings;
}

/** Conflict with someone who has died cannot be renegotiated: it is grief work, not a dispute. */
function unresolvedConflictFindings({ bundle, settings }: FlagContext): Finding[] {
	return bundle.people
		.filter((person) => isDeceased(person) && person.conflict !== null && person.conflict >= settings.conflictThreshold)
		.map((person) => ({
			strength: "possible" as const,
			evidence: { path: person.path, reason: `Unresolved conflict with someone who has died: conflict ${String(person.conflict)} with ${personLabel(person)}` },
		}));
}

export function griefFlag(context: FlagContext): Flag | null {
	return flagFrom("grief", [...deceasedPeopleFindings(context), ...deathEventFindings(context), ...unresolvedConflictFindings(context)]);
}
