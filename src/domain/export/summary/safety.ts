// Safety items with their review status. Open ones also lead the whole summary.
import type { SafetyItem } from "../../engine/analysis";
import { MEASURE_LABELS } from "../../engine/measures/bands";
import { sessionText } from "../../engine/pre-group";
import { answerText, FOLLOW_UP } from "../../safety/safety-wording";
import { callout, section, table } from "../markdown";
import { when, type SummaryContext } from "./context";

/** "PHQ-9 item 9 scored 2 in session 5 (week 5)", or "... could not be read ("3+") in ...". */
export function safetyText(item: SafetyItem, context: SummaryContext): string {
	return `${answerText(item)} in ${sessionText(item.session)} (${when(context, item.date)})`;
}

export function openSafetyLines(context: SummaryContext): string[] {
	const open = context.analysis.safety.filter((item) => !item.reviewed);
	if (open.length === 0) return [];
	return [...callout("danger", `Open safety items: ${FOLLOW_UP.toLowerCase()}`, open.map((item) => `- ${safetyText(item, context)}: not reviewed yet.`)), ""];
}

export function safetySection(context: SummaryContext): string[] {
	const items = context.analysis.safety;
	const note = "The tool does not assess risk; it makes sure that a positive item is not missed. An item stays open until its own session or a later one records risk_reviewed: true; an answer that cannot be read counts as raised.";
	if (items.length === 0) return section("Safety items", ["No positive safety item in any session.", "", note]);
	return section("Safety items", [
		...table(
			[
				{ heading: "Status", value: (item: SafetyItem) => (item.reviewed ? "Reviewed" : "**Open**") },
				{ heading: "Item", value: (item) => `${MEASURE_LABELS[item.measure]} item ${item.item}` },
				{ heading: "Score", value: (item) => (item.score === null ? `could not be read (${item.raw})` : String(item.score)) },
				{ heading: "Session", value: (item) => (item.session === null ? "no number" : String(item.session)) },
				{ heading: "When", value: (item) => when(context, item.date) },
			],
			items,
		),
		"",
		note,
	]);
}
