// The problem-area rules of ipt-rules.md "Problem-area flags", one line each.
import { lazy } from "../../lazy";
import type { EngineSettings } from "../../settings/engine-settings";
import { atMostPeople, closeCircles, count, windowText } from "./wording";

type Text = (settings: EngineSettings) => string;

// Built on the first analysis, not at load: see domain/lazy.ts.
export const FLAG_RULES = lazy(function () {
	return {
		"grief-close-death-in-window": (s) => `Strong: a death of someone in ${closeCircles(s)} in ${windowText(s)}`,
		"grief-close-death-event": (s) => `Strong: a death event in ${windowText(s)} naming someone in ${closeCircles(s)}`,
		"grief-markers": (s) => `Strong: someone in ${closeCircles(s)} who has died, with signs of complicated grief, whatever the date`,
		"grief-close-death-other": (s) => `Possible: someone in ${closeCircles(s)} who died outside the ${s.windowMonths}-month window, or on no given date`,
		"grief-death-event": (s) => `Possible: a death event in ${windowText(s)} that names no one in ${closeCircles(s)}`,
		"grief-conflict-with-deceased": (s) =>
			`Possible: conflict ${s.conflictThreshold} or more with someone who has died; a dispute with the dead is grief's work, never a role dispute's`,
		"dispute-close-conflict": (s) =>
			`Strong: a living person in ${closeCircles(s)} with conflict ${s.conflictThreshold} or more and a dispute stage or role expectations that are not reciprocal`,
		"dispute-quiet-impasse": (s) =>
			`Strong: a living person at an impasse with conflict ${s.impasseConflictMin} or more and role expectations that are not reciprocal; an impasse is often quiet`,
		"dispute-conflict-or-stage": (s) => `Possible: a living person with conflict ${s.conflictThreshold} or more, or with a dispute stage, short of the strong rules`,
		"dispute-event": (s) => `Possible: a dispute event in ${windowText(s)}`,
		"transition-near-onset": (s) => `Strong: a transition from ${count(s.transitionStrongMonths, "month", "months")} before onset up to today`,
		"transition-in-window": (s) => `Possible: a transition earlier in the ${s.windowMonths}-month window`,
		"sensitivity-thin-inventory-strong": (s) =>
			`Strong: ${atMostPeople(s.sensitivityStrongInnerMax)} in circle 1, and ${atMostPeople(s.sensitivityStrongSupportersMax)} giving support ${s.supportThreshold} or more`,
		"sensitivity-thin-inventory-possible": (s) =>
			`Possible: ${atMostPeople(s.sensitivityPossibleInnerMax)} in circle 1, or ${atMostPeople(s.sensitivityPossibleSupportersMax)} giving support ${s.supportThreshold} or more`,
		"sensitivity-exclusion": () => "A diagnosis of exclusion: interpersonal sensitivity is weighed only once the inventory is done and no other area is flagged",
		"sensitivity-not-considered": () => "Interpersonal sensitivity is not considered until the inventory is complete: a session must list the inventory task",
	} as const satisfies Record<string, Text>;
});

export type FlagRuleId = keyof ReturnType<typeof FLAG_RULES>;
