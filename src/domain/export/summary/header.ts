// The top of the summary: its title, open safety items before anything else, what kind
// of document it is, and the client line.
import { headerModel } from "../../views/header-model";
import { callout, section } from "../markdown";
import { DATE_LEFT_OUT } from "../relative-dates";
import { PSEUDONYMISED } from "../wording";
import type { SummaryContext } from "./context";
import { openSafetyLines } from "./safety";

export function statement(context: SummaryContext): string[] {
	const { names } = context;
	if (!names.private) {
		return callout("warning", "Identified", ["This summary holds the client's and other people's names and the dates as the notes give them. Handle it as you handle the clinical record."]);
	}
	const dates =
		names.anchor === null
			? `The case has no dated session and no start date, so dates are left out ("${DATE_LEFT_OUT}").`
			: `Dates count in weeks from ${names.anchor.what}, which is week 1; earlier dates read as months or weeks before start.`;
	const undated = "The day of the export is neither given nor counted from.";
	// No everyday word that is also a given name ("may", "will"): the leak scan reads this wording too.
	return callout("note", PSEUDONYMISED, [
		`The client is "${names.client}" and everyone else goes by a role label. Names, aliases, file names and links of the case were replaced wherever they appear, including each part of a name on its own. ${dates} ${undated}`,
		"",
		`What remains (the story, the roles, the events, the scores) can still identify the client to someone who knows them, and names the notes do not record as people of the case (such as a place or someone without a person note) cannot be recognised. In free text (a role, the diagnosis, homework${context.bodies === null ? "" : ", the notes' text"}), only dates written as YYYY-MM-DD are recognised. Share it only where identifiable clinical material is allowed.`,
	]);
}

export function clientLines(context: SummaryContext): string[] {
	const { bundle, analysis, names } = context;
	const header = headerModel(bundle, analysis, names);
	const { record } = bundle;
	const lines = [
		`- Client: ${header.client.text}`,
		`- Status: ${header.status}`,
		`- Protocol: ${header.protocol}, ${analysis.plannedSessions} planned sessions`,
		`- Progress: ${header.progress}`,
		...(header.notHeld === null ? [] : [`- Not held: ${header.notHeld}`]),
		`- Primary measure: ${header.measure}`,
	];
	if (record.diagnosis.length > 0) lines.push(`- Diagnosis: ${record.diagnosis.map((d) => names.redact(d)).join("; ")}`);
	if (record.start !== null) lines.push(`- Start: ${names.date(record.start.text)}`);
	if (record.onset !== null) lines.push(`- Onset: ${names.date(record.onset.text)}`);
	return section("Client", lines);
}

export function headerLines(context: SummaryContext): string[] {
	return [`# Case summary: ${context.names.client}`, "", ...openSafetyLines(context), ...statement(context), "", ...clientLines(context)];
}
