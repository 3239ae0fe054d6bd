// The supervision totals as JSON, with snake_case keys as the report's JSON has.
import type { CaseSupervision, SupervisionTotals } from "./supervision-totals";

function caseJson(c: CaseSupervision): Record<string, unknown> {
	return {
		case: c.casePath,
		client: c.client,
		supervisors: c.supervisors,
		meetings: c.meetings,
		minutes: c.minutes,
		minutes_individual: c.minutesByFormat.individual,
		minutes_group: c.minutesByFormat.group,
		recordings_reviewed: c.recordingsReviewed,
		consent_recorded: c.consentRecorded,
		sessions_discussed: c.sessionsByPhase,
		phases_covered: c.phasesCovered,
		problems: c.problems,
	};
}

export function totalsJson(totals: SupervisionTotals): string {
	const json = {
		supervised_cases: totals.supervisedCases,
		certification_cases: totals.target,
		cases_covered: totals.casesCovered,
		meetings: totals.meetings,
		minutes: totals.minutes,
		recordings_reviewed: totals.recordingsReviewed,
		cases_with_consent: totals.casesWithConsent,
		cases: totals.cases.map(caseJson),
	};
	return `${JSON.stringify(json, null, 2)}\n`;
}
