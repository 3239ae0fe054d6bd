// The life-event timeline: events by date on an axis that shows onset and the look-back window.
import type { Timeline, TimelineEntry } from "../engine/analysis";
import { addMonths, parseDate } from "../model/dates";
import type { EventCategory } from "../model/vocabulary";
import type { CaseNames } from "../privacy/case-names";
import { CATEGORY_LABELS, sentenceCase } from "./labels";
import type { NoteLinkModel } from "./note-link";
import { linearScale, monthTicks, type Tick } from "./scale";

type EventEntry = Extract<TimelineEntry, { kind: "event" }>;

export interface TimelineEvent {
	readonly link: NoteLinkModel;
	readonly date: string;
	/** "Separation (transition)"; the category is left out when it only repeats the type. */
	readonly type: string;
	readonly category: EventCategory | "none";
	readonly inWindow: boolean;
	/** Share of the axis, 0..1; an event before the axis sits at 0 with `before` set. */
	readonly at: number;
	readonly before: boolean;
}

export interface TimelineModel {
	readonly events: readonly TimelineEvent[];
	readonly onset: { readonly date: string; readonly source: string; readonly at: number } | null;
	readonly window: { readonly from: string; readonly to: string; readonly start: number; readonly end: number } | null;
	readonly ticks: readonly (Tick & { readonly at: number })[];
}

const ONSET_SOURCES: Readonly<Record<NonNullable<Timeline["onsetSource"]>, string>> = {
	onset: "the case's onset",
	start: "the case's start date (no onset given)",
	"session-1": "the date of session 1 (no onset or start given)",
};

/** The axis reaches back at most this many months before the window, so a distant event does not squash it. */
const REACH_BEFORE_WINDOW_MONTHS = 12;
const MAX_TICKS = 6;

function typeText(entry: EventEntry): string {
	const type = entry.type === null ? "Event" : sentenceCase(entry.type);
	const category = entry.category === null ? null : CATEGORY_LABELS[entry.category];
	return category === null || category === type ? type : `${type} (${category.toLowerCase()})`;
}

function dayOf(text: string | null): number | null {
	return text === null ? null : (parseDate(text)?.day ?? null);
}

export function timelineModel(timeline: Timeline, names: CaseNames): TimelineModel {
	const entries = timeline.entries.filter((entry): entry is EventEntry => entry.kind === "event");
	const end = Math.max(dayOf(timeline.windowEnd) ?? 0, ...entries.map((entry) => entry.day));
	const windowStart = dayOf(timeline.windowStart);
	const earliest = Math.min(end, windowStart ?? end, ...entries.map((entry) => entry.day));
	const start = windowStart === null ? earliest : Math.max(earliest, addMonths(windowStart, -REACH_BEFORE_WINDOW_MONTHS));
	const at = linearScale(start, end, 0, 1);
	const onsetDay = dayOf(timeline.onset);
	return {
		events: entries.map((entry) => ({
			link: { path: entry.path, text: names.note(entry.path) },
			date: entry.date,
			type: typeText(entry),
			category: entry.category ?? "none",
			inWindow: entry.inWindow,
			at: Math.max(0, at(entry.day)),
			before: entry.day < start,
		})),
		onset:
			timeline.onset === null || onsetDay === null || timeline.onsetSource === null
				? null
				: { date: timeline.onset, source: ONSET_SOURCES[timeline.onsetSource], at: at(onsetDay) },
		window: timeline.windowStart === null || windowStart === null ? null : { from: timeline.windowStart, to: timeline.windowEnd, start: at(windowStart), end: at(dayOf(timeline.windowEnd) ?? end) },
		ticks: monthTicks(start, end, MAX_TICKS).map((tick) => ({ ...tick, at: at(tick.value) })),
	};
}
