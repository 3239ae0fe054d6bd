// Life events on the timeline, with onset and the look-back window.
import type { EventRecord } from "../../model/records";
import { timelineModel, type TimelineEvent, type TimelineModel } from "../../views/timeline-model";
import { section, table } from "../markdown";
import { peopleText, when, type SummaryContext } from "./context";

/**
 * De-identified, the window's end is not given: it is the latest session or the day of
 * the export, and either, told as "week 14" beside a known date, gives back the calendar.
 */
function windowLine(context: SummaryContext, window: NonNullable<TimelineModel["window"]>): string {
	const rule = `${context.settings.windowMonths} months before onset`;
	if (context.names.private) return `- Look-back window: from ${when(context, window.from)} (${rule}) to the present`;
	return `- Look-back window: ${when(context, window.from)} to ${when(context, window.to)} (from ${rule})`;
}

export function timelineSection(context: SummaryContext): string[] {
	const { bundle, analysis, names } = context;
	const model = timelineModel(analysis.timeline, names);
	const records = new Map(bundle.events.map((event) => [event.path, event]));
	const linked = peopleText(context);
	const lines: string[] = [];
	if (model.onset !== null) lines.push(`- Onset: ${when(context, model.onset.date)} (from ${model.onset.source})`);
	if (model.window !== null) lines.push(windowLine(context, model.window));
	if (lines.length > 0) lines.push("");
	if (model.events.length === 0) lines.push("No dated life events.");
	else {
		lines.push(
			...table(
				[
					{ heading: "When", value: (event: TimelineEvent) => when(context, event.date) },
					// De-identified, a note's label is already its event type.
					{ heading: "Event", value: (event) => event.link.text, when: !names.private },
					{ heading: "Type", value: (event) => event.type },
					{ heading: "In the window", value: (event) => (event.inWindow ? "yes" : "no") },
					{ heading: "People", value: (event) => linked(records.get(event.link.path)?.people ?? []) },
				],
				model.events,
			),
		);
	}
	const undated = bundle.events.filter((event: EventRecord) => event.date === null);
	if (undated.length > 0) lines.push("", `Events without a date, not on the timeline: ${undated.map((event) => names.note(event.path)).join(", ")}.`);
	return section("Timeline", lines);
}
