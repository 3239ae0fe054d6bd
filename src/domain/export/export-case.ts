// A case summary for supervision and teaching: one markdown file and its pictures,
// de-identified unless asked otherwise, refused outright when a known name would leak.
import type { CaseAnalysis } from "../engine/analysis";
import { MEASURE_LABELS } from "../engine/measures/bands";
import type { CaseBundle } from "../model/case-bundle";
import { personalNames, vaultNames, type NoteLinks } from "../privacy/known-names";
import type { EngineSettings } from "../settings/engine-settings";
import { circleModel } from "../views/circle-model";
import { measureChart, type MeasureChart } from "../views/measure-chart";
import { circleSvg } from "./circle-svg";
import { deidentifiedNames, identifiedNames, type ExportNames } from "./export-names";
import { findLeaks, type Leak, type OutputFile } from "./leak-scan";
import { measuresSvg } from "./measures-svg";
import type { SummaryContext } from "./summary/context";
import { summaryMarkdown } from "./summary/summary";
import { IDENTIFIED, PSEUDONYMISED } from "./wording";

export interface ExportOptions {
	/** Names and dates as the notes give them; de-identified when false (the default a face offers). */
	readonly identified: boolean;
	readonly includeBodies: boolean;
	/** Each note's body (its text after the frontmatter) by path; needed only with `includeBodies`. */
	readonly bodies?: ReadonlyMap<string, string>;
	/** The day of the export, YYYY-MM-DD; it names an identified export's folder. */
	readonly today: string;
	readonly settings: EngineSettings;
	/** Every case of the vault and the links written in its notes: names the case's own frontmatter does not give. */
	readonly vault: VaultNotes;
}

export interface VaultNotes {
	readonly cases: readonly CaseBundle[];
	readonly links: NoteLinks;
}

export type ExportResult = { readonly folder: string; readonly files: readonly OutputFile[] } | { readonly refused: readonly Leak[] };

export const EXPORT_FILES = { summary: "summary.md", circle: "closeness-circle.svg", measures: "measures.svg" } as const;

/** Characters no file system or Obsidian accepts in a folder name, control characters apart. */
const UNSAFE_IN_NAMES = /[\\/:*?"<>|#^[\]]/g;

/**
 * The client, made safe as a folder name, and the day when given: "Jordan R - 2026-11-25".
 * A de-identified export gives no day: with the export's date beside "week 14", every
 * week of the summary would be a calendar date again.
 */
export function exportFolderName(client: string, day: string | null): string {
	const printable = Array.from(client)
		.filter((char) => (char.codePointAt(0) ?? 0) >= 0x20)
		.join("");
	const safe = printable.replace(UNSAFE_IN_NAMES, "-").replace(/\s+/g, " ").replace(/^[.\s-]+/, "").trim();
	const name = safe === "" ? "Case" : safe;
	return day === null ? name : `${name} - ${day}`;
}

/** The sidebar's chart, its dates told as the export tells them. */
function chart(bundle: CaseBundle, analysis: CaseAnalysis, names: ExportNames): MeasureChart | null {
	const measure = bundle.record.measure;
	const summary = analysis.measures[measure];
	return summary ? measureChart(measure, summary, analysis, { dateText: (date) => names.date(date) }) : null;
}

/**
 * How an export names the case: as the notes do, or de-identified against every name the
 * vault knows; `shownToo` are notes outside the case's bundle whose text it shows.
 */
export function exportNames(bundle: CaseBundle, identified: boolean, { cases, links }: VaultNotes, shownToo: readonly string[] = []): ExportNames {
	return identified ? identifiedNames(bundle) : deidentifiedNames(bundle, { links, shownToo, others: vaultNames(cases.map((other) => personalNames(other, links))) });
}

export function exportCase(bundle: CaseBundle, analysis: CaseAnalysis, options: ExportOptions): ExportResult {
	const names = exportNames(bundle, options.identified, options.vault);
	const note = names.private ? PSEUDONYMISED : IDENTIFIED;
	const measures = chart(bundle, analysis, names);
	const context: SummaryContext = {
		bundle,
		analysis,
		names,
		settings: options.settings,
		pictures: { circle: EXPORT_FILES.circle, measures: measures === null ? null : EXPORT_FILES.measures },
		bodies: options.includeBodies ? (options.bodies ?? new Map<string, string>()) : null,
	};
	const files: OutputFile[] = [
		{ name: EXPORT_FILES.summary, text: summaryMarkdown(context) },
		{ name: EXPORT_FILES.circle, text: circleSvg(circleModel(bundle, names, options.settings.ringCount), note) },
	];
	if (measures !== null) {
		files.push({
			name: EXPORT_FILES.measures,
			text: measuresSvg({
				chart: measures,
				measureLabel: MEASURE_LABELS[bundle.record.measure],
				client: names.client,
				eventTitle: (event) => `${names.note(event.path)}, ${names.date(event.date)}`,
				note,
			}),
		});
	}
	const leaks = findLeaks(files, names.known);
	if (leaks.length > 0) return { refused: leaks };
	return { folder: exportFolderName(names.client, names.private ? null : options.today), files };
}
