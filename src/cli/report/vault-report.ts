import type { CaseAnalysis, SafetyItem } from "../../domain/engine/analysis";
import { analyseCase } from "../../domain/engine/analyse-case";
import { looseSafetyItems, safetyOfCase, type PlacedSafetyItem } from "../../domain/engine/open-safety";
import { parseDate } from "../../domain/model/dates";
import type { CaseBundle } from "../../domain/model/case-bundle";
import type { Diagnostic } from "../../domain/model/diagnostic";
import type { EngineSettings } from "../../domain/settings/engine-settings";
import { linkKey, nameKey, pickLinkTarget, type ResolveLink } from "../../index/case-link";
import { MultiMap } from "../../index/multimap";
import { folderOf } from "../../index/paths";
import { VaultIndex } from "../../index/vault-index";
import type { VaultScan } from "../read-vault";

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
	/** A case note's path (with or without `.md`) or a client's name, any case. */
	readonly caseQuery?: string;
}

export class UnknownCaseError extends Error {}

function byPath(a: Diagnostic, b: Diagnostic): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export function indexScan(scan: VaultScan, settings: EngineSettings): VaultIndex {
	const index = new VaultIndex(settings, scanLinkResolver(scan));
	for (const note of scan.notes) index.upsert(note.path, note.frontmatter, note.problems, note.textSafety);
	return index;
}

/** A `case` link leads to the note Obsidian would open, IPT note or not: the scan knows them all. */
function scanLinkResolver(scan: VaultScan): ResolveLink {
	const byName = new MultiMap<string, string>();
	for (const path of [...scan.otherNotes, ...scan.notes.map((note) => note.path)]) byName.add(nameKey(path), path);
	return (link, from) => pickLinkTarget(link, from, byName.get(linkKey(link)));
}

/** The scan's own findings (unreadable files, broken YAML) and every note's, by path. */
export function vaultDiagnostics(scan: VaultScan, index: VaultIndex): Diagnostic[] {
	return [...scan.diagnostics, ...index.diagnostics()].sort(byPath);
}

export function buildVaultReport(scan: VaultScan, options: ReportOptions): VaultReport {
	const index = indexScan(scan, options.settings);
	const bundles = options.caseQuery === undefined ? index.cases() : [findCase(index.cases(), options.caseQuery)];
	const today = parseDate(options.today)?.day ?? 0;
	const allLoose = looseSafetyItems(index.looseSafety(), today);
	const cases = bundles.map((bundle) => {
		const analysis = analyseCase(bundle, options.settings, options.today);
		return { bundle, analysis, safety: safetyOfCase(bundle.path, analysis.safety, allLoose), diagnostics: index.caseDiagnostics(bundle.path) };
	});
	const all = vaultDiagnostics(scan, index);
	const chosen = options.caseQuery !== undefined;
	const diagnostics = chosen ? all.filter((d) => cases.some((c) => concernsCase(d, c, index))) : all;
	// An item no case can claim is shown even in one case's report: it may be that case's.
	const loose = chosen ? allLoose.filter((l) => l.casePath === null || cases.some((c) => c.bundle.path === l.casePath)) : allLoose;
	return { vault: options.vault, today: options.today, cases, loose, diagnostics };
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

function findCase(bundles: readonly CaseBundle[], query: string): CaseBundle {
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
		throw new UnknownCaseError(`--case "${query}" matches ${matches.length} cases (${matches.map((b) => b.path).join(", ")}); give the case note's path.`);
	}
	throw new UnknownCaseError(`--case "${query}" matches no case; give a case note's path or a client as written in its note.`);
}
