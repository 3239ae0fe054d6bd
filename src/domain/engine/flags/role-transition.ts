// Role transitions: a life change near the onset of the episode.
import { addMonths } from "../../model/dates";
import type { Flag } from "../analysis";
import { dateWithin } from "../case-clock";
import { eventReason } from "./describe";
import { categoryOf, eventPeople, flagFrom, type FlagContext, type Finding } from "./flag-context";

export function roleTransitionFlag({ bundle, settings, clock, resolve }: FlagContext): Flag | null {
	const strongFrom = addMonths(clock.anchor, -settings.transitionStrongMonths);
	const findings: Finding[] = [];
	for (const event of bundle.events) {
		const date = event.date;
		if (categoryOf(event) !== "transition" || date === null) continue;
		const strength = dateWithin(date, strongFrom, clock.windowEnd) ? "strong" : dateWithin(date, clock.windowStart, clock.windowEnd) ? "possible" : null;
		if (strength === null) continue;
		findings.push({ strength, evidence: { path: event.path, reason: eventReason(event, date, eventPeople(event, resolve), clock) } });
	}
	return flagFrom("role-transition", findings);
}
