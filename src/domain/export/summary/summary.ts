// The summary's markdown, section by section, in the order a supervisor reads a case.
import type { SummaryContext } from "./context";
import { bodiesSection } from "./bodies";
import { dueSection } from "./due";
import { headerLines } from "./header";
import { homeworkSection } from "./homework";
import { inventorySection } from "./inventory";
import { measuresSection } from "./measures";
import { focusSection, problemAreasSection } from "./problem-areas";
import { safetySection } from "./safety";
import { timelineSection } from "./timeline";

export function summaryMarkdown(context: SummaryContext): string {
	const sections = [
		headerLines(context),
		inventorySection(context),
		timelineSection(context),
		measuresSection(context),
		problemAreasSection(context),
		focusSection(context),
		dueSection(context),
		homeworkSection(context),
		safetySection(context),
		bodiesSection(context),
	].filter((lines) => lines.length > 0);
	return `${sections.map((lines) => lines.join("\n").trimEnd()).join("\n\n")}\n`;
}
