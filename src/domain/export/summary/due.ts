// What is due, most pressing first: the same items the sidebar shows.
import { dueModel } from "../../views/due-model";
import { section } from "../markdown";
import type { SummaryContext } from "./context";

export function dueSection(context: SummaryContext): string[] {
	const { items } = dueModel(context.analysis.warnings, context.bundle.record.measure, context.names);
	return section("What is due", items.length === 0 ? ["Nothing is due."] : items.map((item) => `- **${item.title}**: ${item.message}`));
}
