// Grief: only actual deaths count; other losses are role transitions.
import type { PersonRecord } from "../../model/records";
import type { Flag } from "../analysis";
import { dateWithin, relativeToOnset } from "../case-clock";
import { dateWords, eventReason, personLabel } from "./describe";
import { categoryOf, eventPeople, finding, flagFrom, isClose, isDeceased, type FlagContext, type Finding } from "./flag-context";

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
			findings.push(finding("strong", "grief-markers", person.path, `${label} ${when}${markersText(person)}`, settings));
		} else if (died === null) {
			findings.push(finding("possible", "grief-close-death-other", person.path, `${label} has died; no date of death given`, settings));
		} else if (dateWithin(died, clock.windowStart, clock.windowEnd)) {
			findings.push(finding("strong", "grief-close-death-in-window", person.path, `${label} died ${dateWords(died)}, ${relativeToOnset(died, clock)}`, settings));
		} else {
			const reason = `${label} died ${dateWords(died)}, ${relativeToOnset(died, clock)}, outside the ${settings.windowMonths}-month window`;
			findings.push(finding("possible", "grief-close-death-other", person.path, reason, settings));
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
		const reason = eventReason(event, date, people, clock);
		findings.push(
			people.some((p) => isClose(p, settings))
				? finding("strong", "grief-close-death-event", event.path, reason, settings)
				: finding("possible", "grief-death-event", event.path, reason, settings),
		);
	}
	return findings;
}

/** Conflict with someone who has died cannot be renegotiated: it is grief work, not a dispute. */
function unresolvedConflictFindings({ bundle, settings }: FlagContext): Finding[] {
	return bundle.people
		.filter((person) => isDeceased(person) && person.conflict !== null && person.conflict >= settings.conflictThreshold)
		.map((person) =>
			finding("possible", "grief-conflict-with-deceased", person.path, `Unresolved conflict with someone who has died: conflict ${String(person.conflict)} with ${personLabel(person)}`, settings),
		);
}

export function griefFlag(context: FlagContext): Flag | null {
	return flagFrom("grief", [...deceasedPeopleFindings(context), ...deathEventFindings(context), ...unresolvedConflictFindings(context)]);
}
