// Role transitions: a life change near the onset of the episode.
import { addMonths } from "../../model/dates";
import type { Flag } from "../analysis";
import { dateWithin } from "../case-clock";
import { eventReason } from "./describe";
import { categoryOf, eventPeople, finding, flagFrom, type FlagContext, type Finding } from "./flag-context";

export function roleTransitionFlag({ bundle, settings, clock, resolve }: FlagContext): Flag | null {
	const strongFrom = addMonths(clock.anchor, -settings.transitionStrongMonths);
	const findings: Finding[] = [];
	for (const event of bundle.events) {
		const date = event.date;
		if (categoryOf(event) !== "transition" || date === null) continue;
		const reason = (): string => eventReason(event, date, eventPeople(event, resolve), clock);
		if (dateWithin(date, strongFrom, clock.windowEnd)) findings.push(finding("strong", "transition-near-onset", event.path, reason(), settings));
		else if (dateWithin(date, clock.windowStart, clock.windowEnd)) findings.push(finding("possible", "transition-in-window", event.path, reason(), settings));
	}
	return flagFrom("role-transition", findings);
}
