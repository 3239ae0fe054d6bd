// Every session held, in number order, with its phase and the protocol tasks done in
// it: the record a certification body reads for adherence to the phases of IPT.
import { sessionPhase } from "../../engine/phases";
import { problemAreaLabel } from "../../engine/problem-area-labels";
import { indexSessions, type NumberedSession } from "../../engine/sessions";
import { sentenceCase } from "../../views/labels";
import { section, table } from "../markdown";
import { when, type SummaryContext } from "../summary/context";

export function sessionListSection(context: SummaryContext): string[] {
	const { bundle, settings } = context;
	const sessions = indexSessions(bundle.sessions).numbered;
	if (sessions.length === 0) return section("Sessions", ["No numbered session notes yet."]);
	return section(
		"Sessions",
		table(
			[
				{ heading: "Session", value: (row: NumberedSession) => String(row.number) },
				{ heading: "When", value: (row) => when(context, row.record.date?.text ?? null) },
				{ heading: "Phase", value: (row) => sentenceCase(sessionPhase(row.record, bundle.record, settings) ?? "") },
				{ heading: "Tasks", value: (row) => row.record.tasks.map(sentenceCase).join(", ") },
				{ heading: "Focus", value: (row) => row.record.focus.map((area) => problemAreaLabel(area, settings.scheme)).join(", ") },
			],
			sessions,
		),
	);
}
