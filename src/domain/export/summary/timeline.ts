// Life events on the timeline, with onset and the look-back window.
import type { EventRecord } from "../../model/records";
import { timelineModel, type TimelineEvent } from "../../views/timeline-model";
import { section, table } from "../markdown";
import { peopleText, when, type SummaryContext } from "./context";

export function timelineSection(context: SummaryContext): string[] {
	const { bundle, analysis, names, settings } = context;
	const model = timelineModel(analysis.timeline, names);
	const records = new Map(bundle.events.map((event) => [event.path, event]));
	const linked = peopleText(context);
	const lines: string[] = [];
	if (model.onset !== null) lines.push(`- Onset: ${when(context, model.onset.date)} (from ${model.onset.source})`);
	if (model.window !== null) lines.push(`- Look-back window: ${when(context, model.window.from)} to ${when(context, model.window.to)} (from ${settings.windowMonths} months before onset)`);
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
