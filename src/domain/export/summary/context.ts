// What every section of the summary reads from.
import type { CaseAnalysis } from "../../engine/analysis";
import type { CaseBundle } from "../../model/case-bundle";
import type { LinkRef } from "../../model/links";
import { personResolver } from "../../model/person-links";
import type { EngineSettings } from "../../settings/engine-settings";
import type { ExportNames } from "../export-names";

export interface SummaryContext {
	readonly bundle: CaseBundle;
	readonly analysis: CaseAnalysis;
	readonly names: ExportNames;
	readonly settings: EngineSettings;
	/** File names of the pictures beside the summary; `measures` is null when there is no chart. */
	readonly pictures: { readonly circle: string; readonly measures: string | null };
	/** Note bodies by path; null when they are left out. */
	readonly bodies: ReadonlyMap<string, string> | null;
}

/** A date as the export shows it; "undated" when the note gives none. */
export function when(context: SummaryContext, date: string | null): string {
	return date === null ? "undated" : context.names.date(date);
}

/** Reads `related` or `people` links as names or labels; a link to no person note keeps its text only when identified. */
export function peopleText(context: SummaryContext): (links: readonly LinkRef[]) => string {
	const { bundle, names } = context;
	const resolve = personResolver(bundle.people);
	return (links) =>
		links
			.map((link) => {
				const person = resolve(link);
				if (person !== null) return names.person(person.path);
				return names.private ? "someone without a person note" : link.target;
			})
			.join(", ");
}
