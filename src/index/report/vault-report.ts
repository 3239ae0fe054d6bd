// A report of the vault from its index: what both faces print, the command line after
// scanning a folder and the plugin from the index it keeps.
import type { CaseAnalysis, SafetyItem } from "../../domain/engine/analysis";
import { analyseCase } from "../../domain/engine/analyse-case";
import { looseSafetyItems, safetyOfCase, type PlacedSafetyItem } from "../../domain/engine/open-safety";
import { parseDate } from "../../domain/model/dates";
import type { CaseBundle } from "../../domain/model/case-bundle";
import type { Diagnostic } from "../../domain/model/diagnostic";
import type { EngineSettings } from "../../domain/settings/engine-settings";
import { folderOf } from "../paths";
import type { VaultIndex } from "../vault-index";

export interface CaseReport {
	readonly bundle: CaseBundle;
	readonly analysis: CaseAnalysis;
	/** The sessions' safety items with the case's loose ones (safetyOfCase). */
	readonly safety: readonly SafetyItem[];
	readonly diagnostics: readonly Diagnostic[];
}

export interface VaultReport {
	readonly vault: string;
	readonly today: string;
	readonly cases: readonly CaseReport[];
	/** Safety answers outside every case's sessions; with a case chosen, those of that case or of no case. */
	readonly loose: readonly PlacedSafetyItem[];
	/** With a case chosen, that case's diagnostics; otherwise the whole vault's. */
	readonly diagnostics: readonly Diagnostic[];
}

export interface ReportOptions {
	readonly vault: string;
	readonly today: string;
	readonly settings: EngineSettings;
	/** A case note's path (with or without `.md`), its folder, or a client's name, any case. */
	readonly caseQuery?: string;
	/** How the face names the case option in a message: `--case` or `case=`. */
	readonly caseOption?: string;
}

export class UnknownCaseError extends Error {}

/**
 * `diagnostics` are the whole vault's, sorted by path: the index's, with whatever the
 * face found before the index (an unreadable file, broken YAML).
 */
export function buildVaultReport(index: VaultIndex, diagnostics: readonly Diagnostic[], options: ReportOptions): VaultReport {
	const bundles = options.caseQuery === undefined ? index.cases() : [findCase(index.cases(), options.caseQuery, options.caseOption ?? "--case")];
	const today = parseDate(options.today)?.day ?? 0;
	const allLoose = looseSafetyItems(index.looseSafety(), today);
	const cases = bundles.map((bundle) => {
		const analysis = analyseCase(bundle, options.settings, options.today);
		return { bundle, analysis, safety: safetyOfCase(bundle.path, analysis.safety, allLoose), diagnostics: index.caseDiagnostics(bundle.path) };
	});
	const chosen = options.caseQuery !== undefined;
	const shown = chosen ? diagnostics.filter((d) => cases.some((c) => concernsCase(d, c, index))) : diagnostics;
	// An item no case can claim is shown even in one case's report: it may be that case's.
	const loose = chosen ? allLoose.filter((l) => l.casePath === null || cases.some((c) => c.bundle.path === l.casePath)) : allLoose;
	return { vault: options.vault, today: options.today, cases, loose, diagnostics: shown };
}

/**
 * A diagnostic belongs to a case when its note is one of the case's, or when its note
 * could not be placed (unreadable, broken YAML, no case found) but lies in the case's
 * folder: a broken session note must not vanish from its own case's report.
 */
function concernsCase(diagnostic: Diagnostic, report: CaseReport, index: VaultIndex): boolean {
	const placed = index.caseOf(diagnostic.path);
	if (placed !== null) return placed === report.bundle.path;
	const folder = folderOf(report.bundle.path);
	return folder === "" || diagnostic.path.startsWith(`${folder}/`);
}

/** The one case `query` names, by path, folder or client; `option` names the query in the message when there is none, or more than one. */
export function findCase(bundles: readonly CaseBundle[], query: string, option: string): CaseBundle {
	const wanted = query.trim().toLowerCase().replace(/\\/g, "/").replace(/\/+$/, "");
	const byPathMatch = bundles.filter((b) => {
		const path = b.path.toLowerCase();
		return path === wanted || path === `${wanted}.md` || path.replace(/\.md$/, "").endsWith(`/${wanted}`);
	});
	// The case's folder names it too, as the vault shows it: `IPT/Maya K` for `IPT/Maya K/Maya K.md`.
	const byFolder = bundles.filter((b) => folderOf(b.path).toLowerCase() === wanted);
	const byClient = bundles.filter((b) => b.record.client.trim().toLowerCase() === wanted);
	const matches = [byPathMatch, byFolder, byClient].find((found) => found.length > 0) ?? [];
	const [only] = matches;
	if (only && matches.length === 1) return only;
	if (matches.length > 1) {
		throw new UnknownCaseError(`${option} "${query}" matches ${matches.length} cases (${matches.map((b) => b.path).join(", ")}); give the case note's path.`);
	}
	throw new UnknownCaseError(`${option} "${query}" matches no case; give a case note's path or a client as written in its note.`);
}
