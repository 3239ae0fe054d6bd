// Small phrases the rule texts share, so that each says a number the same way.
import type { EngineSettings } from "../../settings/engine-settings";

/** "circle 1 or 2" for the default close circles; "circle 1", "circles 1 to 3" otherwise. */
export function closeCircles(settings: EngineSettings): string {
	const max = settings.closeCircleMax;
	if (max === 1) return "circle 1";
	if (max === 2) return "circle 1 or 2";
	return `circles 1 to ${max}`;
}

/** "1 person", "2 people". */
export function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** "the window (12 months before onset up to today)", as ipt-rules.md defines it. */
export function windowText(settings: EngineSettings): string {
	return `the window (${count(settings.windowMonths, "month", "months")} before onset up to today)`;
}

/** "no one" for a limit of 0, "at most 2 people" otherwise. */
export function atMostPeople(n: number): string {
	return n === 0 ? "no one" : `at most ${count(n, "person", "people")}`;
}
