// Homework across the whole treatment, each with how the next session found it.
import { indexSessions, type NumberedSession } from "../../engine/sessions";
import { REVIEW_LABELS } from "../../views/labels";
import { section, table } from "../markdown";
import { when, type SummaryContext } from "./context";

interface HomeworkRow {
	readonly session: NumberedSession;
	readonly next: NumberedSession | undefined;
}

function review(next: NumberedSession | undefined): string {
	if (next === undefined) return "Not reviewed yet";
	const found = next.record.homeworkReview;
	return found === null ? `Not recorded in session ${next.number}` : `${REVIEW_LABELS[found]} (session ${next.number})`;
}

export function homeworkSection(context: SummaryContext): string[] {
	// One note per session number, the first by path, as the engine counts them.
	const sessions = indexSessions(context.bundle.sessions).numbered.filter((entry, i, all) => all[i - 1]?.number !== entry.number);
	const rows = sessions.flatMap((session, i): HomeworkRow[] => (session.record.homework.length === 0 ? [] : [{ session, next: sessions[i + 1] }]));
	if (rows.length === 0) return section("Homework", ["No homework recorded."]);
	return section(
		"Homework",
		table(
			[
				{ heading: "Session", value: (row: HomeworkRow) => String(row.session.number) },
				{ heading: "When", value: (row) => when(context, row.session.record.date?.text ?? null) },
				{ heading: "Homework", value: (row) => row.session.record.homework.map((item) => context.names.redact(item)).join("; ") },
				{ heading: "Review", value: (row) => review(row.next) },
			],
			rows,
		),
	);
}
