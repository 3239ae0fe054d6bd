// Homework across the whole treatment, each with how the next session found it.
import { homeworkSteps, reviewText, type HomeworkStep } from "../../views/homework-model";
import { section, table } from "../markdown";
import { when, type SummaryContext } from "./context";

export function homeworkSection(context: SummaryContext): string[] {
	const rows = homeworkSteps(context.bundle.sessions).filter((step) => step.session.record.homework.length > 0);
	if (rows.length === 0) return section("Homework", ["No homework recorded."]);
	return section(
		"Homework",
		table(
			[
				{ heading: "Session", value: (row: HomeworkStep) => String(row.session.number) },
				{ heading: "When", value: (row) => when(context, row.session.record.date?.text ?? null) },
				{ heading: "Homework", value: (row) => row.session.record.homework.map((item) => context.names.redact(item)).join("; ") },
				{ heading: "Review", value: (row) => reviewText(row.next) },
			],
			rows,
		),
	);
}
