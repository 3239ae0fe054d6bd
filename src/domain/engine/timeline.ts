// Dated events and measure points on one axis, with onset and window (undated entries are left out).
import { isoFromDay } from "../model/dates";
import type { EventRecord } from "../model/records";
import { MEASURES } from "../model/vocabulary";
import type { Timeline, TimelineEntry } from "./analysis";
import { dateWithin, type CaseClock } from "./case-clock";
import { scoreOf } from "./measures/series";
import type { NumberedSession } from "./sessions";

function eventEntries(events: readonly EventRecord[], clock: CaseClock): TimelineEntry[] {
	const entries: TimelineEntry[] = [];
	for (const event of events) {
		if (event.date === null) continue;
		entries.push({
			kind: "event",
			date: event.date.text,
			day: event.date.day,
			path: event.path,
			type: event.type,
			category: event.category,
			inWindow: dateWithin(event.date, clock.windowStart, clock.windowEnd),
		});
	}
	return entries;
}

function measureEntries(numbered: readonly NumberedSession[]): TimelineEntry[] {
	const entries: TimelineEntry[] = [];
	for (const { number, record } of numbered) {
		if (record.date === null) continue;
		for (const measure of MEASURES) {
			const score = scoreOf(record, measure);
			if (score === null) continue;
			entries.push({ kind: "measure", date: record.date.text, day: record.date.day, path: record.path, measure, score, session: number });
		}
	}
	return entries;
}

function byDayThenPath(a: TimelineEntry, b: TimelineEntry): number {
	if (a.day !== b.day) return a.day < b.day ? -1 : 1;
	if (a.path === b.path) return 0;
	return a.path < b.path ? -1 : 1;
}

export function buildTimeline(events: readonly EventRecord[], numbered: readonly NumberedSession[], clock: CaseClock): Timeline {
	return {
		onset: clock.onset?.text ?? null,
		onsetSource: clock.onsetSource,
		windowStart: isoFromDay(clock.windowStart),
		windowEnd: isoFromDay(clock.windowEnd),
		entries: [...eventEntries(events, clock), ...measureEntries(numbered)].sort(byDayThenPath),
	};
}
