// The command line's report: the vault folder it scanned, indexed as the plugin indexes.
import type { Diagnostic } from "../../domain/model/diagnostic";
import type { EngineSettings } from "../../domain/settings/engine-settings";
import { linkKey, nameKey, pickLinkTarget, type ResolveLink } from "../../index/case-link";
import { MultiMap } from "../../index/multimap";
import { buildVaultReport, type ReportOptions, type VaultReport } from "../../index/report/vault-report";
import { VaultIndex } from "../../index/vault-index";
import type { VaultScan } from "../read-vault";

function byPath(a: Diagnostic, b: Diagnostic): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export function indexScan(scan: VaultScan, settings: EngineSettings): VaultIndex {
	const index = new VaultIndex(settings, scanLinkResolver(scan));
	for (const note of scan.notes) index.upsert(note.path, note.frontmatter, note.problems, note.textSafety, note.checklist);
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

export function scanReport(scan: VaultScan, options: ReportOptions): VaultReport {
	const index = indexScan(scan, options.settings);
	return buildVaultReport(index, vaultDiagnostics(scan, index), options);
}
