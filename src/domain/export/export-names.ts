// How an export names and dates things: as the notes give them (identified), or with
// the client as "Client A", people by role, note names and links by label and dates
// relative to the first session (de-identified, the default).
import type { CaseBundle } from "../model/case-bundle";
import { parseDate } from "../model/dates";
import { casePrivacy, plainNames, type CaseNames } from "../privacy/case-names";
import { caseNameList, labelledNames, type KnownName, type NameSources } from "../privacy/known-names";
import { caseTextRedactor } from "../privacy/note-links";
import { dateAnchor, DATE_LEFT_OUT, relativeDate, relativeDatesIn, type DateAnchor } from "./relative-dates";

export interface ExportNames extends CaseNames {
	/** Every name hidden, with its label and source; empty when identified. */
	readonly known: readonly KnownName[];
	/** The day dates count from; null when identified, or when the case has no dated session or start. */
	readonly anchor: DateAnchor | null;
	/** A date (YYYY-MM-DD or YYYY-MM) as the export shows it. */
	date(text: string): string;
}

/** A single case is exported at a time, so its client is always the first. */
export const CLIENT_LABEL = "Client A";

export function identifiedNames(bundle: CaseBundle): ExportNames {
	return { ...plainNames(bundle), known: [], anchor: null, date: (text) => text };
}

/**
 * Privacy mode's labels and name list, plus what only a file leaving the vault needs:
 * links rewritten to labels and ISO dates made relative to the first session. A name
 * that is also an everyday word is left where it stands alone, for the leak scan to
 * report: replacing "will" or "may" everywhere would garble the summary.
 */
export function deidentifiedNames(bundle: CaseBundle, sources: NameSources = {}): ExportNames {
	const list = caseNameList(bundle, sources.links, sources.shownToo);
	const privacy = casePrivacy(bundle, list);
	const anchor = dateAnchor(bundle);
	// A role is free text and becomes a label: "boss since 2025-02-03" must not keep its date.
	const person = (path: string): string => relativeDatesIn(privacy.person(path), anchor);
	const note = (path: string): string => (path === bundle.path ? CLIENT_LABEL : relativeDatesIn(privacy.note(path), anchor));
	const known = labelledNames(list, { client: CLIENT_LABEL, person, note }, sources.others);
	const text = caseTextRedactor(bundle, note, known, "not-everyday-words");
	return {
		private: true,
		client: CLIENT_LABEL,
		person,
		note,
		redact: (free) => relativeDatesIn(text(free), anchor),
		known,
		anchor,
		date: (text) => {
			const date = parseDate(text);
			return date === null ? DATE_LEFT_OUT : relativeDate(date, anchor);
		},
	};
}
