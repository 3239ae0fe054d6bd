import type { EngineSettings } from "../../domain/settings/engine-settings";
import type { VaultScan } from "../read-vault";
import { diagnosticsByFile } from "../../domain/model/diagnostics-by-file";
import { countLine, diagnosticLines } from "./diagnostic-lines";
import { indexScan, vaultDiagnostics } from "./vault-report";

export function validationReport(vault: string, scan: VaultScan, settings: EngineSettings): { text: string; hasErrors: boolean } {
	const index = indexScan(scan, settings);
	const diagnostics = vaultDiagnostics(scan, index);
	const cases = index.casePaths().length;
	const header = `Checked ${scan.notes.length} notes with IPT frontmatter in ${vault} (${cases} case${cases === 1 ? "" : "s"}): ${countLine(diagnostics)}.`;
	const lines = diagnostics.length === 0 ? [header, "All IPT notes follow the note format."] : [header, "", ...diagnosticLines(diagnosticsByFile(diagnostics).flatMap(([, list]) => list))];
	return { text: `${lines.join("\n")}\n`, hasErrors: diagnostics.some((d) => d.severity === "error") };
}
